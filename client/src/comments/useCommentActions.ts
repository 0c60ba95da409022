import type { Anchor, ResponseKind, Thread } from '@regiovisie/shared/comments'
import { useMemo } from 'react'
import { commentsApi } from './commentsApi.ts'

export interface CommentActions {
  create(anchor: Anchor, body: string): Promise<Thread>
  reply(threadId: string, body: string): Promise<void>
  edit(threadId: string, commentId: string, body: string): Promise<void>
  remove(threadId: string, commentId: string): Promise<void>
  setResolved(threadId: string, resolved: boolean): Promise<void>
  /** Proposes replacing the anchored text by `text`, with an optional explanation. */
  propose(anchor: Anchor, text: string, body: string | null): Promise<Thread>
  accept(threadId: string): Promise<void>
  reject(threadId: string, reason: string): Promise<void>
  withdraw(threadId: string): Promise<void>
  respond(threadId: string, kind: ResponseKind, reason: string | null): Promise<void>
  /** The owner marks a thread for the public reactieverslag (or takes it out). */
  setPublic(threadId: string, isPublic: boolean): Promise<void>
}

/**
 * Comment writes for one document and session. Each refreshes the thread list when the server
 * has answered, so the writer sees the result without waiting for the live notification.
 */
export function useCommentActions(documentId: string, token: string, reload: () => void): CommentActions {
  return useMemo(() => {
    const then = async <T>(call: Promise<T>): Promise<T> => {
      const result = await call
      reload()
      return result
    }
    // A refused decision (the text changed, someone else decided first) reloads too: the card then shows why.
    const settle = async <T>(call: Promise<T>): Promise<T> => {
      try {
        return await call
      } finally {
        reload()
      }
    }
    return {
      create: (anchor, body) => then(commentsApi.create(documentId, token, anchor, body)),
      reply: async (threadId, body) => {
        await then(commentsApi.reply(documentId, token, threadId, body))
      },
      edit: async (threadId, commentId, body) => {
        await then(commentsApi.edit(documentId, token, threadId, commentId, body))
      },
      remove: async (threadId, commentId) => {
        await then(commentsApi.remove(documentId, token, threadId, commentId))
      },
      setResolved: async (threadId, resolved) => {
        await then(commentsApi.setResolved(documentId, token, threadId, resolved))
      },
      propose: (anchor, text, body) => then(commentsApi.propose(documentId, token, anchor, text, body)),
      accept: async (threadId) => {
        await settle(commentsApi.accept(documentId, token, threadId))
      },
      reject: async (threadId, reason) => {
        await settle(commentsApi.reject(documentId, token, threadId, reason))
      },
      withdraw: async (threadId) => {
        await settle(commentsApi.withdraw(documentId, token, threadId))
      },
      respond: async (threadId, kind, reason) => {
        await then(commentsApi.respond(documentId, token, threadId, kind, reason))
      },
      setPublic: async (threadId, isPublic) => {
        await then(commentsApi.setPublic(documentId, token, threadId, isPublic))
      },
    }
  }, [documentId, token, reload])
}
