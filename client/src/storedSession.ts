import { type Group, isGroup } from '@regiovisie/shared/groups'
import { isRole, type Role } from '@regiovisie/shared/roles'

/** A participant's session for one document, kept in localStorage so a reload keeps you signed in. */
export interface StoredSession {
  token: string
  role: Role
  name: string
  organisation: string
  group: Group | null
  /** The document's title when the session was made, for the start page. */
  title?: string
  /** The personal link token (`/me/<token>`), known only to the browser that received it. */
  personalLink?: string
  /** The welcome notice with the personal link is still to be shown (set on joining). */
  welcome?: boolean
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
      ...(typeof value.title === 'string' ? { title: value.title } : {}),
      ...(typeof value.personalLink === 'string' ? { personalLink: value.personalLink } : {}),
      ...(value.welcome === true ? { welcome: true } : {}),
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

/** Changes some fields of a stored session (no-op when there is none). */
export function updateSession(documentId: string, change: Partial<StoredSession>): void {
  const session = loadSession(documentId)
  if (session) saveSession(documentId, { ...session, ...change })
}

/** The address of a personal link, to bookmark or mail. */
export function personalLinkUrl(link: string): string {
  return `${location.origin}/me/${encodeURIComponent(link)}`
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
