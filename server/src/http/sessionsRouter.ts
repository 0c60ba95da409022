import { randomUUID } from 'node:crypto'
import { CreateSessionRequest, type CreateSessionResponse } from '@regiovisie/shared/api'
import { Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { hashToken, newToken } from '../auth/tokens.ts'
import { HttpError, notFound, RateLimitedError } from '../errors.ts'
import type { Store } from '../store/Store.ts'
import { createTokenBuckets, DEFAULT_REST_LIMITS, type RestLimits } from './rateLimit.ts'
import { parseBody } from './validate.ts'

const invalidInvite = () =>
  new HttpError(
    401,
    'invalid_invite',
    'Deze uitnodigingslink is ongeldig of verlopen. Vraag de projectleider om een nieuwe.',
  )

export function sessionsRouter(deps: { store: Store; activity: RecordActivity; limits?: RestLimits }): Router {
  const { store, activity } = deps
  const limits = deps.limits ?? DEFAULT_REST_LIMITS
  // One link cannot mint sessions without end (each would bring its own write budget and group).
  const perInvite = createTokenBuckets({
    capacity: limits.sessionsPerInviteBurst,
    refillPerSecond: limits.sessionsPerInvitePerSecond,
  })
  const router = Router()

  /** What an invite leads to, so the join page can say which document and role. */
  router.get('/invites/:invite', async (req, res) => {
    const invite = await store.findInvite(String(req.params.invite))
    if (!invite) throw invalidInvite()
    const document = await store.getDocument(invite.documentId)
    if (!document) throw notFound()
    res.json({ documentId: document.id, title: document.title, region: document.region, role: invite.role })
  })

  router.post('/sessions', async (req, res) => {
    const body = parseBody(CreateSessionRequest, req.body)
    const invite = await store.findInvite(body.invite)
    if (!invite) throw invalidInvite()
    const wait = perInvite.take(hashToken(body.invite))
    if (wait > 0) {
      throw new RateLimitedError(
        wait,
        'Met deze uitnodigingslink zijn net veel mensen aangemeld. Probeer het zo opnieuw.',
      )
    }
    const token = newToken(32)
    const id = randomUUID()
    await store.createParticipant(
      {
        id,
        documentId: invite.documentId,
        role: invite.role,
        name: body.name,
        organisation: body.organisation,
        group: body.group ?? null,
        // The owner decides which groups were consulted: only the owner's own group counts at once.
        groupConfirmed: invite.role === 'owner',
        createdAt: new Date().toISOString(),
        revokedAt: null,
      },
      hashToken(token),
    )
    await activity(invite.documentId, id, 'joined', { role: invite.role, group: body.group ?? null })
    const response: CreateSessionResponse = { token, documentId: invite.documentId, role: invite.role }
    res.status(201).json(response)
  })

  return router
}
