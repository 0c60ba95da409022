import type { Thread } from '@regiovisie/shared/comments'
import { notFound } from '../errors.ts'
import type { CommentWithAuthor, Store, ThreadRecord } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { placeAnchors } from './placeAnchors.ts'

type StoredThread = ThreadRecord & { comments: CommentWithAuthor[] }

export interface ThreadReader {
  /** Every thread of a document, placed in the current text. */
  list(documentId: string): Promise<Thread[]>
  one(documentId: string, threadId: string): Promise<Thread>
}

/** Reads stored threads and places their anchors in the live document (anchors follow the text). */
export function createThreadReader(store: Store, sync: SyncServer): ThreadReader {
  async function present(documentId: string, stored: StoredThread[]): Promise<Thread[]> {
    const placements = await sync.readDocument(documentId, (doc) =>
      placeAnchors(
        doc,
        stored.map((t) => t.anchor),
      ),
    )
    return stored.map((t, i) => {
      const p = placements[i] ?? { opgave: null, section: null, quote: null, detached: true }
      return {
        id: t.id,
        anchor: t.anchor as Thread['anchor'],
        resolved: t.resolved,
        createdAt: t.createdAt,
        createdBy: t.createdBy,
        comments: t.comments.map((c) => ({
          id: c.id,
          body: c.body,
          author: c.author,
          authorId: c.authorId,
          createdAt: c.createdAt,
          editedAt: c.editedAt,
        })),
        // A detached thread stays under the section it was started in.
        opgave: p.detached ? t.opgave : p.opgave,
        section: p.detached ? t.section : p.section,
        quote: p.detached ? t.quote : p.quote,
        // Stored at creation and never rewritten (null for a section thread).
        originalQuote: t.quote,
        detached: p.detached,
      }
    })
  }

  return {
    async list(documentId) {
      return present(documentId, await store.listThreads(documentId))
    },
    async one(documentId, threadId) {
      const stored = (await store.listThreads(documentId)).filter((t) => t.id === threadId)
      const [thread] = await present(documentId, stored)
      if (!thread) throw notFound('Deze draad bestaat niet (meer).')
      return thread
    },
  }
}
