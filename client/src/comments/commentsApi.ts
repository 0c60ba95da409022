import type { Anchor, Comment, ResponseKind, Thread, ThreadPage } from '@regiovisie/shared/comments'
import { request } from '../api.ts'

const threadsPath = (documentId: string, rest = '') => `/api/documents/${encodeURIComponent(documentId)}/threads${rest}`
const threadPath = (documentId: string, threadId: string, rest = '') =>
  threadsPath(documentId, `/${encodeURIComponent(threadId)}${rest}`)

/**
 * The comment calls of the HTTP API, all with the session token. The server attaches the author
 * from the session and enforces the role matrix; every function throws `ApiError` on failure.
 */
export const commentsApi = {
  /** Every thread, page by page (the server bounds a page's size). */
  async list(documentId: string, token: string): Promise<Thread[]> {
    const threads: Thread[] = []
    let offset: number | null = 0
    while (offset !== null) {
      const page: ThreadPage = await request<ThreadPage>('GET', threadsPath(documentId, `?offset=${offset}`), { token })
      threads.push(...page.threads)
      // An older server answers without paging: that is all there is.
      offset = typeof page.nextOffset === 'number' && page.nextOffset > offset ? page.nextOffset : null
    }
    return threads
  },
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
  /** A proposal to replace the anchored text by `text` (empty: delete it; an empty range: insert there). */
  propose: (documentId: string, token: string, anchor: Anchor, text: string, body: string | null) =>
    request<Thread>('POST', threadsPath(documentId), {
      token,
      body: { anchor, suggestion: { text }, ...(body ? { body } : {}) },
    }),
  accept: (documentId: string, token: string, threadId: string) =>
    request<Thread>('POST', threadPath(documentId, threadId, '/accept'), { token }),
  reject: (documentId: string, token: string, threadId: string, reason: string) =>
    request<Thread>('POST', threadPath(documentId, threadId, '/reject'), { token, body: { reason } }),
  withdraw: (documentId: string, token: string, threadId: string) =>
    request<Thread>('POST', threadPath(documentId, threadId, '/withdraw'), { token }),
  setPublic: (documentId: string, token: string, threadId: string, isPublic: boolean) =>
    request<Thread>('PUT', threadPath(documentId, threadId, '/public'), { token, body: { public: isPublic } }),
  respond: (documentId: string, token: string, threadId: string, kind: ResponseKind, reason: string | null) =>
    request<Thread>('PUT', threadPath(documentId, threadId, '/response'), {
      token,
      body: { kind, ...(reason ? { reason } : {}) },
    }),
}
