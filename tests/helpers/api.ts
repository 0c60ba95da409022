import type { CreateDocumentResponse, CreateSessionResponse } from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'

export interface ApiResult<T = unknown> {
  status: number
  json: T
}

/** A JSON request against the real server. */
export async function api<T = unknown>(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {}
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(base + path, {
    method,
    headers,
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  })
  const text = await res.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, json: json as T }
}

export async function createDocument(
  base: string,
  adminToken: string,
  body: Record<string, unknown> = {},
): Promise<CreateDocumentResponse> {
  const r = await api<CreateDocumentResponse>(base, 'POST', '/api/documents', {
    token: adminToken,
    body: {
      title: 'Regiovisie Jeugdhulp Testregio',
      template: 'nvo-jeugd',
      region: 'Testregio',
      municipalities: ['Aadorp', 'Beekveld'],
      ...body,
    },
  })
  if (r.status !== 201) throw new Error(`create document → ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

export async function createSession(
  base: string,
  invite: string,
  name = 'Tester',
  extra: Record<string, unknown> = {},
): Promise<CreateSessionResponse> {
  const r = await api<CreateSessionResponse>(base, 'POST', '/api/sessions', {
    body: { invite, name, organisation: 'Gemeente Aadorp', group: 'gemeente', ...extra },
  })
  if (r.status !== 201) throw new Error(`create session → ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

/** A document with one session token per role. */
export async function documentWithSessions(base: string, adminToken: string) {
  const doc = await createDocument(base, adminToken)
  const tokens = {} as Record<Role, string>
  for (const role of ['owner', 'editor', 'commenter', 'viewer'] as const) {
    tokens[role] = (await createSession(base, doc.invites[role], `Test ${role}`)).token
  }
  return { doc, tokens }
}
