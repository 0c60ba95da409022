import type {
  ApiErrorBody,
  CreateDocumentRequest,
  CreateDocumentResponse,
  CreateSessionRequest,
  CreateSessionResponse,
  DocumentResponse,
  DocumentSummary,
  DocumentTheme,
  Invites,
  PersonalLinkResponse,
} from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'

/**
 * A failed API call. `status` 0 means the server could not be reached; `message` is the
 * server's own message when it sent one (`{ error: { code, message } }`), else empty.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface RequestOptions {
  token?: string | null
  /** Sent as JSON, or as it is when it is `FormData` (the browser sets the multipart boundary). */
  body?: unknown
}

/** One call to our API; throws `ApiError` with the server's own message on failure (204 gives null). */
export async function request<T>(method: string, path: string, { token, body }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  const form = body instanceof FormData
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', '')
  }
  const data: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (data as Partial<ApiErrorBody> | null)?.error
    throw new ApiError(response.status, error?.code ?? 'http', error?.message ?? '')
  }
  return data as T
}

export interface InviteInfo {
  documentId: string
  title: string
  role: Role
}

/** The HTTP API as the client uses it; every function throws `ApiError` on failure. */
export const api = {
  listDocuments: (adminToken: string) =>
    request<{ documents: DocumentSummary[] }>('GET', '/api/documents', { token: adminToken }),
  createDocument: (adminToken: string, body: CreateDocumentRequest) =>
    request<CreateDocumentResponse>('POST', '/api/documents', { token: adminToken, body }),
  /** Imports a file as a new regiovisie (multipart: `file`, `title?`, `region?`, `municipalities?`, `ruleset?`). */
  importDocument: (adminToken: string, form: FormData) =>
    request<CreateDocumentResponse>('POST', '/api/documents', { token: adminToken, body: form }),
  /** The administrator's way back to a document's current invite links. */
  getDocumentInvites: (adminToken: string, documentId: string) =>
    request<{ invites: Invites }>('GET', `/api/documents/${encodeURIComponent(documentId)}/invites`, {
      token: adminToken,
    }),
  /** A new session for the participant whose personal link this is (another device). */
  createPersonalSession: (link: string) =>
    request<CreateSessionResponse>('POST', '/api/sessions/personal', { body: { link } }),
  renewPersonalLink: (documentId: string, sessionToken: string) =>
    request<PersonalLinkResponse>('POST', `/api/documents/${encodeURIComponent(documentId)}/personal-link`, {
      token: sessionToken,
    }),
  /** Whether the caller is named beside their reactions (jongeren and ouders are shown as their group otherwise). */
  setShowName: (documentId: string, sessionToken: string, showName: boolean) =>
    request<{ showName: boolean }>('PUT', `/api/documents/${encodeURIComponent(documentId)}/me/show-name`, {
      token: sessionToken,
      body: { showName },
    }),
  getInvite: (invite: string) => request<InviteInfo>('GET', `/api/invites/${encodeURIComponent(invite)}`),
  createSession: (body: CreateSessionRequest) => request<CreateSessionResponse>('POST', '/api/sessions', { body }),
  /** Without a session token: 404 when no such document exists, 401 when it does. */
  getDocument: (documentId: string, sessionToken: string | null) =>
    request<DocumentResponse>('GET', `/api/documents/${encodeURIComponent(documentId)}`, { token: sessionToken }),
  updateDocument: (
    documentId: string,
    sessionToken: string,
    body: { ruleset?: string; downloadAllowed?: boolean; theme?: DocumentTheme },
  ) =>
    request<DocumentResponse>('PATCH', `/api/documents/${encodeURIComponent(documentId)}`, {
      token: sessionToken,
      body,
    }),
}
