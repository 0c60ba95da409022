import type { Anchor, Comment, Thread } from '@regiovisie/shared/comments'
import { request } from '../api.ts'

const threadsPath = (documentId: string, rest = '') => `/api/documents/${encodeURIComponent(documentId)}/threads${rest}`
const threadPath = (documentId: string, threadId: string, rest = '') =>
  threadsPath(documentId, `/${encodeURIComponent(threadId)}${rest}`)

/**
 * The comment calls of the HTTP API, all with the session token. The server attaches the author
 * from the session and enforces the role matrix; every function throws `ApiError` on failure.
 */
export const commentsApi = {
  list: (documentId: string, token: string) =>
    request<{ threads: Thread[] }>('GET', threadsPath(documentId), { token }).then((r) => r.threads),
  create: (documentId: string, token: string, anchor: Anchor, body: string) =>
    request<Thread>('POST', threadsPath(documentId), { token, body: { anchor, body } }),
  reply: (documentId: string, token: string, threadId: string, body: string) =>
    request<Comment>('POST', threadPath(documentId, threadId, '/comments'), { token, body: { body } }),
  edit: (documentId: string, token: string, threadId: string, commentId: string, body: string) =>
    request<Comment>('PATCH', threadPath(documentId, threadId, `/comments/${encodeURIComponent(commentId)}`), {
      token,
      body: { body },
    }),
  remove: (documentId: string, token: string, threadId: string, commentId: string) =>
    request<null>('DELETE', threadPath(documentId, threadId, `/comments/${encodeURIComponent(commentId)}`), { token }),
  setResolved: (documentId: string, token: string, threadId: string, resolved: boolean) =>
    request<Thread>('POST', threadPath(documentId, threadId, resolved ? '/resolve' : '/reopen'), { token }),
}
