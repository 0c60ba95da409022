import {
  RangeAnchor as RangeAnchorSchema,
  RejectSuggestionRequest,
  ThreadPublicRequest,
  ThreadResponseRequest,
} from '@regiovisie/shared/comment-requests'
import type { SuggestionStatus } from '@regiovisie/shared/comments'
import { type Request, Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { buildSuggestionUpdate } from '../comments/suggestionRange.ts'
import type { ThreadReader } from '../comments/ThreadReader.ts'
import { badRequest, forbidden, HttpError, notFound } from '../errors.ts'
import type { ParticipantRecord, Store, SuggestionRecord, ThreadRecord, ThreadResponseRecord } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeThreadsChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

export interface SuggestionsDeps {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
  threads: ThreadReader
}

type SuggestionThread = ThreadRecord & { suggestion: SuggestionRecord }

const CLOSED: Record<Exclude<SuggestionStatus, 'open'>, string> = {
  accepted: 'Dit voorstel is al overgenomen.',
  rejected: 'Dit voorstel is al afgewezen.',
  withdrawn: 'Dit voorstel is al ingetrokken.',
}

function closedError(status: SuggestionStatus): HttpError {
  const message = status === 'open' ? 'Over dit voorstel is intussen beslist.' : CLOSED[status]
  return new HttpError(409, 'suggestion_closed', message)
}

const staleError = () =>
  new HttpError(
    409,
    'suggestion_stale',
    'De tekst is veranderd sinds dit voorstel werd gedaan. Bekijk de oude, de voorgestelde en de huidige tekst en beslis opnieuw.',
  )

/**
 * What the writing team does with proposals: accept (the change is made in the document, inside
 * the room's queue, stored and broadcast like an edit), reject with a reason, or the proposer
 * withdraws it; and the response to any thread. Every decision is a compare-and-set in the store,
 * so a proposal is decided once, also when two people (or two nodes) decide at the same moment.
 */
export function suggestionsRouter(deps: SuggestionsDeps): Router {
  const { store, auth, sync, activity, threads } = deps
  const router = Router()

  async function requireThread(req: Request, documentId: string): Promise<ThreadRecord> {
    const thread = await store.getThread(documentId, String(req.params.threadId))
    if (!thread) throw notFound('Deze draad bestaat niet (meer).')
    return thread
  }

  async function requireSuggestion(req: Request, documentId: string): Promise<SuggestionThread> {
    const thread = await requireThread(req, documentId)
    if (!thread.suggestion) throw badRequest('Deze draad bevat geen voorstel.', 'not_a_suggestion')
    if (thread.suggestion.status !== 'open') throw closedError(thread.suggestion.status)
    return thread as SuggestionThread
  }

  /** A compare-and-set that lost: someone decided first; say what they decided. */
  async function lost(documentId: string, threadId: string): Promise<HttpError> {
    const now = await store.getThread(documentId, threadId)
    return closedError(now?.suggestion?.status ?? 'open')
  }

  async function done(documentId: string, threadId: string, reader: ParticipantRecord) {
    sync.notify(documentId, encodeThreadsChanged())
    return threads.one(documentId, threadId, reader)
  }

  const response = (kind: ThreadResponseRecord['kind'], reason: string | null, by: ParticipantRecord, at: string) => ({
    kind,
    reason,
    by: by.id,
    at,
  })

  router.post('/documents/:id/threads/:threadId/accept', async (req, res) => {
    // Accepting changes the text: only who may edit it.
    const { document, participant } = await auth.requireDocument(req, 'document.edit')
    const thread = await requireSuggestion(req, document.id)
    const anchor = RangeAnchorSchema.parse(thread.anchor)
    const { original, text } = thread.suggestion
    const at = new Date().toISOString()
    let claimed = false
    try {
      await sync.change(document.id, async (live) => {
        const built = buildSuggestionUpdate(live, anchor, original, text)
        if (!built.ok) throw staleError()
        // Claimed in the queue, after the check and right before the change is stored: no edit of
        // this node falls in between, and of two accepts (on any node) only one gets here.
        claimed = await store.updateSuggestion(
          thread.id,
          'open',
          { status: 'accepted', decidedBy: participant.id, decidedAt: at },
          response('overgenomen', null, participant, at),
        )
        if (!claimed) throw await lost(document.id, thread.id)
        return built.update
      })
    } catch (err) {
      if (claimed) {
        // The change was not stored: the proposal is open again, with the response it had.
        await store.updateSuggestion(
          thread.id,
          'accepted',
          { status: 'open', decidedBy: null, decidedAt: null },
          thread.response ?? null,
        )
      }
      throw err
    }
    await activity(document.id, participant.id, 'suggestion.accepted', {
      threadId: thread.id,
      proposerId: thread.createdBy,
      opgave: thread.opgave,
    })
    res.json(await done(document.id, thread.id, participant))
  })

  router.post('/documents/:id/threads/:threadId/reject', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.resolve')
    const thread = await requireSuggestion(req, document.id)
    const { reason } = parseBody(RejectSuggestionRequest, req.body)
    const at = new Date().toISOString()
    const ok = await store.updateSuggestion(
      thread.id,
      'open',
      { status: 'rejected', decidedBy: participant.id, decidedAt: at },
      response('niet-overgenomen', reason, participant, at),
    )
    if (!ok) throw await lost(document.id, thread.id)
    await activity(document.id, participant.id, 'suggestion.rejected', {
      threadId: thread.id,
      proposerId: thread.createdBy,
      opgave: thread.opgave,
    })
    res.json(await done(document.id, thread.id, participant))
  })

  router.post('/documents/:id/threads/:threadId/withdraw', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const thread = await requireThread(req, document.id)
    if (thread.suggestion && thread.createdBy !== participant.id) {
      throw forbidden('Alleen wie het voorstel deed, kan het intrekken.')
    }
    const open = await requireSuggestion(req, document.id)
    const at = new Date().toISOString()
    const ok = await store.updateSuggestion(open.id, 'open', { status: 'withdrawn', decidedBy: null, decidedAt: at })
    if (!ok) throw await lost(document.id, open.id)
    await activity(document.id, participant.id, 'suggestion.withdrawn', { threadId: open.id, opgave: open.opgave })
    res.json(await done(document.id, open.id, participant))
  })

  router.put('/documents/:id/threads/:threadId/response', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.resolve')
    const thread = await requireThread(req, document.id)
    const { kind, reason } = parseBody(ThreadResponseRequest, req.body)
    await store.setThreadResponse(thread.id, response(kind, reason ?? null, participant, new Date().toISOString()))
    await activity(document.id, participant.id, 'thread.response', { threadId: thread.id, kind, opgave: thread.opgave })
    res.json(await done(document.id, thread.id, participant))
  })

  /** The owner decides what the public reactieverslag quotes: a thread is not public until marked so. */
  router.put('/documents/:id/threads/:threadId/public', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'thread.publish')
    const thread = await requireThread(req, document.id)
    const { public: isPublic } = parseBody(ThreadPublicRequest, req.body)
    if ((thread.public === true) !== isPublic) {
      await store.setThreadPublic(thread.id, isPublic)
      await activity(document.id, participant.id, 'thread.public', { threadId: thread.id, public: isPublic })
    }
    res.json(await done(document.id, thread.id, participant))
  })

  return router
}
