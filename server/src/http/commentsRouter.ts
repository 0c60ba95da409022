import { randomUUID } from 'node:crypto'
import { CommentRequest, CreateThreadRequest } from '@regiovisie/shared/comment-requests'
import { can } from '@regiovisie/shared/roles'
import { type Request, Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { placeAnchors } from '../comments/placeAnchors.ts'
import { createThreadReader } from '../comments/ThreadReader.ts'
import { badRequest, forbidden, HttpError, notFound } from '../errors.ts'
import type { ParticipantRecord, Store, ThreadRecord } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeThreadsChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

export interface CommentsDeps {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
}

const threadNotFound = () => notFound('Deze draad bestaat niet (meer).')

/**
 * Comment threads. Commenters keep read-only document connections: every comment write goes
 * through here, authorised per role, with the author taken from the session, never the body.
 */
export function commentsRouter(deps: CommentsDeps): Router {
  const { store, auth, sync, activity } = deps
  const threads = createThreadReader(store, sync)
  const router = Router()

  async function requireThread(req: Request, documentId: string): Promise<ThreadRecord> {
    const thread = await store.getThread(documentId, String(req.params.threadId))
    if (!thread) throw threadNotFound()
    return thread
  }

  function changed(documentId: string): void {
    sync.notify(documentId, encodeThreadsChanged())
  }

  router.get('/documents/:id/threads', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'comment.read')
    res.json({ threads: await threads.list(document.id) })
  })

  router.post('/documents/:id/threads', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const { anchor, body } = parseBody(CreateThreadRequest, req.body)
    const [placement] = await sync.readDocument(document.id, (doc) => placeAnchors(doc, [anchor]))
    if (!placement || placement.detached) {
      throw badRequest('Het anker verwijst niet naar tekst of een opgave in dit document.', 'anchor_outside_document')
    }
    const now = new Date().toISOString()
    const threadId = randomUUID()
    const quote = 'quote' in anchor && anchor.quote ? anchor.quote : placement.quote
    await store.createThread(
      {
        id: threadId,
        documentId: document.id,
        anchor,
        opgave: placement.opgave,
        section: placement.section,
        quote,
        resolved: false,
        createdAt: now,
        createdBy: participant.id,
      },
      {
        id: randomUUID(),
        threadId,
        documentId: document.id,
        authorId: participant.id,
        body,
        createdAt: now,
        editedAt: null,
      },
    )
    await activity(document.id, participant.id, 'thread.created', { threadId, opgave: placement.opgave })
    changed(document.id)
    res.status(201).json(await threads.one(document.id, threadId))
  })

  router.post('/documents/:id/threads/:threadId/comments', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const thread = await requireThread(req, document.id)
    const { body } = parseBody(CommentRequest, req.body)
    const comment = {
      id: randomUUID(),
      threadId: thread.id,
      documentId: document.id,
      authorId: participant.id,
      body,
      createdAt: new Date().toISOString(),
      editedAt: null,
    }
    await store.addComment(comment)
    await activity(document.id, participant.id, 'comment.created', { threadId: thread.id, opgave: thread.opgave })
    changed(document.id)
    res.status(201).json({
      id: comment.id,
      body: comment.body,
      author: { name: participant.name, organisation: participant.organisation, group: participant.group },
      authorId: participant.id,
      createdAt: comment.createdAt,
      editedAt: null,
    })
  })

  async function requireComment(req: Request, thread: ThreadRecord) {
    const comment = await store.getComment(thread.id, String(req.params.commentId))
    if (!comment) throw notFound('Deze reactie bestaat niet (meer).')
    return comment
  }

  router.patch('/documents/:id/threads/:threadId/comments/:commentId', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const thread = await requireThread(req, document.id)
    const comment = await requireComment(req, thread)
    if (comment.authorId !== participant.id) throw forbidden('Alleen de schrijver kan een reactie aanpassen.')
    const { body } = parseBody(CommentRequest, req.body)
    const editedAt = new Date().toISOString()
    await store.updateComment(comment.id, body, editedAt)
    await activity(document.id, participant.id, 'comment.edited', { threadId: thread.id, commentId: comment.id })
    changed(document.id)
    res.json({
      id: comment.id,
      body,
      author: { name: participant.name, organisation: participant.organisation, group: participant.group },
      authorId: participant.id,
      createdAt: comment.createdAt,
      editedAt,
    })
  })

  router.delete('/documents/:id/threads/:threadId/comments/:commentId', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.read')
    const thread = await requireThread(req, document.id)
    const comment = await requireComment(req, thread)
    const own = comment.authorId === participant.id
    if (!(own && can(participant.role, 'comment.create')) && !can(participant.role, 'comment.deleteAny')) {
      throw forbidden('Alleen de schrijver of de projectleider kan een reactie verwijderen.')
    }
    const { threadDeleted } = await store.deleteComment(thread.id, comment.id)
    // The body is not logged: deleting for privacy must really remove the words.
    await activity(document.id, participant.id, 'comment.deleted', {
      threadId: thread.id,
      commentId: comment.id,
      authorId: comment.authorId,
      byOwner: !own,
      threadDeleted,
    })
    changed(document.id)
    res.status(204).end()
  })

  function mayResolve(participant: ParticipantRecord, thread: ThreadRecord): boolean {
    return (
      can(participant.role, 'comment.resolve') ||
      (thread.createdBy === participant.id && can(participant.role, 'comment.create'))
    )
  }

  for (const [path, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    router.post(`/documents/:id/threads/:threadId/${path}`, async (req, res) => {
      const { document, participant } = await auth.requireDocument(req, 'comment.read')
      const thread = await requireThread(req, document.id)
      if (!mayResolve(participant, thread)) {
        throw new HttpError(
          403,
          'forbidden',
          'Alleen redacteuren, de projectleider of wie de draad begon kan dit doen.',
        )
      }
      if (thread.resolved !== resolved) {
        await store.setThreadResolved(thread.id, resolved)
        await activity(document.id, participant.id, resolved ? 'thread.resolved' : 'thread.reopened', {
          threadId: thread.id,
        })
        changed(document.id)
      }
      res.json(await threads.one(document.id, thread.id))
    })
  }

  return router
}
