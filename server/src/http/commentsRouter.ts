import { randomUUID } from 'node:crypto'
import { CommentRequest, CreateThreadRequest } from '@regiovisie/shared/comment-requests'
import {
  type Author,
  COMMENT_LIMITS,
  MAX_COMMENTS_PER_PAGE,
  MAX_SUGGESTION_LENGTH,
  MAX_THREAD_PAGE_SIZE,
  THREAD_PAGE_SIZE,
  type Thread,
  type ThreadPage,
} from '@regiovisie/shared/comments'
import { can } from '@regiovisie/shared/roles'
import { type Request, Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { type RangeProblem, resolveSuggestionRange, type SuggestionAnchor } from '../comments/suggestionRange.ts'
import { createThreadReader } from '../comments/ThreadReader.ts'
import { badRequest, forbidden, HttpError, notFound } from '../errors.ts'
import type { ParticipantRecord, Store, ThreadRecord } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeThreadsChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { suggestionsRouter } from './suggestionsRouter.ts'
import { parseBody } from './validate.ts'

export interface CommentsDeps {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
}

const authorOf = (p: ParticipantRecord): Author => ({
  name: p.name,
  organisation: p.organisation,
  group: p.group,
  role: p.role,
  groupConfirmed: p.groupConfirmed,
})

/** An integer query parameter within bounds; absent is the default, anything else malformed a 400. */
function queryInt(value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min)
    throw badRequest(`Ongeldige paginering: ${String(value).slice(0, 20)}.`, 'invalid_query')
  return Math.min(n, max)
}

const threadNotFound = () => notFound('Deze draad bestaat niet (meer).')

const RANGE_PROBLEMS: Record<RangeProblem, [code: string, message: string]> = {
  detached: ['anchor_outside_document', 'Het anker verwijst niet naar tekst of een opgave in dit document.'],
  across: [
    'suggestion_across_blocks',
    'Een voorstel gaat over tekst binnen één alinea (of één cel of kop). Selecteer minder tekst.',
  ],
  not_text: [
    'suggestion_not_in_text',
    'Hier kan geen tekst worden voorgesteld, bijvoorbeeld in een kop van het sjabloon.',
  ],
}

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

  /**
   * One page of threads, oldest first: `?offset=&limit=` (default the first THREAD_PAGE_SIZE). A page
   * also ends after MAX_COMMENTS_PER_PAGE comments, so its size stays bounded; `nextOffset` says
   * where the next one starts.
   */
  router.get('/documents/:id/threads', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.read')
    const offset = queryInt(req.query.offset, 0, 0, Number.MAX_SAFE_INTEGER)
    const limit = queryInt(req.query.limit, THREAD_PAGE_SIZE, 1, MAX_THREAD_PAGE_SIZE)
    const all = await threads.list(document.id, participant)
    const page: Thread[] = []
    let comments = 0
    for (const thread of all.slice(offset)) {
      if (page.length >= limit || (page.length > 0 && comments + thread.comments.length > MAX_COMMENTS_PER_PAGE)) break
      page.push(thread)
      comments += thread.comments.length
    }
    const next = offset + page.length
    const body: ThreadPage = { threads: page, total: all.length, nextOffset: next < all.length ? next : null }
    res.json(body)
  })

  /** The writing team answers everyone: per-participant limits hold for those who only react. */
  const limited = (p: ParticipantRecord) => !can(p.role, 'comment.resolve')

  async function checkLimits(documentId: string, participant: ParticipantRecord, threadId: string | null) {
    const L = COMMENT_LIMITS
    const over = async () => {
      if (threadId === null) {
        if ((await store.countThreads(documentId)) >= L.threadsPerDocument)
          return 'Dit document heeft het maximum aantal draden bereikt.'
        if (limited(participant) && (await store.countThreads(documentId, participant.id)) >= L.threadsPerParticipant)
          return `Je hebt al ${L.threadsPerParticipant} draden gestart in dit document; reageer in een bestaande draad.`
      } else if ((await store.countComments(documentId, { threadId })) >= L.commentsPerThread) {
        return 'Deze draad heeft het maximum aantal reacties bereikt; begin een nieuwe draad.'
      }
      if ((await store.countComments(documentId)) >= L.commentsPerDocument)
        return 'Dit document heeft het maximum aantal reacties bereikt.'
      if (
        limited(participant) &&
        (await store.countComments(documentId, { authorId: participant.id })) >= L.commentsPerParticipant
      )
        return `Je hebt al ${L.commentsPerParticipant} reacties geplaatst in dit document.`
      return null
    }
    const message = await over()
    if (message) throw new HttpError(409, 'limit_reached', message)
  }

  /**
   * A new thread: a comment, or a proposal to change the anchored text (`suggestion`, with an
   * optional explanation as its first comment). Proposals come only this way, never over the
   * document socket: a commenter's connection stays read-only.
   */
  router.post('/documents/:id/threads', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const { anchor, body, suggestion } = parseBody(CreateThreadRequest, req.body)
    if (suggestion && 'opgave' in anchor) {
      throw badRequest('Een voorstel gaat over geselecteerde tekst of een plek in de tekst.', 'suggestion_needs_text')
    }
    await checkLimits(document.id, participant, null)
    const { placeAnchors } = await import('../comments/placeAnchors.ts')
    const { placement, range } = await sync.readDocument(document.id, (doc) => {
      // The proposal's range first: placing anchors builds the ProseMirror view, which may repair the copy.
      const resolved = suggestion ? resolveSuggestionRange(doc, anchor as SuggestionAnchor) : null
      const range = resolved && (resolved.ok ? { ok: true as const, current: resolved.current } : resolved)
      return { range, placement: placeAnchors(doc, [anchor], [suggestion !== undefined])[0] }
    })
    if (range && !range.ok) {
      const [code, message] = RANGE_PROBLEMS[range.problem]
      throw badRequest(message, code)
    }
    if (!placement || placement.detached) {
      throw badRequest('Het anker verwijst niet naar tekst of een opgave in dit document.', 'anchor_outside_document')
    }
    const original = range?.ok ? range.current : null
    if (suggestion && original !== null) {
      if (original.length > MAX_SUGGESTION_LENGTH) {
        throw badRequest(
          `Een voorstel vervangt hoogstens ${MAX_SUGGESTION_LENGTH} tekens. Selecteer minder tekst.`,
          'suggestion_range_too_long',
        )
      }
      if (suggestion.text === original) {
        throw badRequest('Het voorstel is gelijk aan de tekst die er nu staat.', 'suggestion_unchanged')
      }
    }
    const now = new Date().toISOString()
    const threadId = randomUUID()
    // The text as the server reads it now, not the quote the client sent along: what a thread says it
    // was about must be what the document said, whoever posts it.
    const quote = placement.quote === null ? null : placement.quote.replace(/\s+/g, ' ').trim()
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
        ...(suggestion && original !== null
          ? { suggestion: { text: suggestion.text, original, status: 'open', decidedBy: null, decidedAt: null } }
          : {}),
      },
      body === undefined
        ? null
        : {
            id: randomUUID(),
            threadId,
            documentId: document.id,
            authorId: participant.id,
            body,
            createdAt: now,
            editedAt: null,
          },
    )
    await activity(document.id, participant.id, suggestion ? 'suggestion.created' : 'thread.created', {
      threadId,
      opgave: placement.opgave,
    })
    changed(document.id)
    res.status(201).json(await threads.one(document.id, threadId, participant))
  })

  router.post('/documents/:id/threads/:threadId/comments', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'comment.create')
    const thread = await requireThread(req, document.id)
    const { body } = parseBody(CommentRequest, req.body)
    await checkLimits(document.id, participant, thread.id)
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
      author: authorOf(participant),
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
      author: authorOf(participant),
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
      res.json(await threads.one(document.id, thread.id, participant))
    })
  }

  router.use(suggestionsRouter({ store, auth, sync, activity, threads }))

  return router
}
