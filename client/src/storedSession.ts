import { type Group, isGroup } from '@regiovisie/shared/groups'
import { isRole, type Role } from '@regiovisie/shared/roles'

/** A participant's session for one document, kept in localStorage so a reload keeps you signed in. */
export interface StoredSession {
  token: string
  role: Role
  name: string
  organisation: string
  group: Group | null
}

const PREFIX = 'regiovisie.session.'

export function sessionKey(documentId: string): string {
  return `${PREFIX}${documentId}`
}

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<StoredSession>
    if (typeof value.token !== 'string' || !isRole(value.role)) return null
    return {
      token: value.token,
      role: value.role,
      name: String(value.name ?? ''),
      organisation: String(value.organisation ?? ''),
      group: isGroup(value.group) ? value.group : null,
    }
  } catch {
    return null
  }
}

export function loadSession(documentId: string): StoredSession | null {
  return parse(localStorage.getItem(sessionKey(documentId)))
}

export function saveSession(documentId: string, session: StoredSession): void {
  localStorage.setItem(sessionKey(documentId), JSON.stringify(session))
}

export function forgetSession(documentId: string): void {
  localStorage.removeItem(sessionKey(documentId))
}

/** Ids of the documents this browser holds a session for. */
export function storedDocumentIds(): string[] {
  const ids: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length))
  }
  return ids
}
