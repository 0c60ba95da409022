import { randomUUID } from 'node:crypto'
import {
  CreateSessionRequest,
  type CreateSessionResponse,
  type PersonalLinkResponse,
  PersonalSessionRequest,
} from '@regiovisie/shared/api'
import { groupRequired } from '@regiovisie/shared/groups'
import { Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { hashToken, newToken } from '../auth/tokens.ts'
import { badRequest, HttpError, notFound, RateLimitedError } from '../errors.ts'
import type { Store } from '../store/Store.ts'
import type { Authenticator } from './auth.ts'
import { createTokenBuckets, DEFAULT_REST_LIMITS, type RestLimits } from './rateLimit.ts'
import { parseBody } from './validate.ts'

const invalidInvite = () =>
  new HttpError(
    401,
    'invalid_invite',
    'Deze uitnodigingslink is ongeldig of verlopen. Vraag de projectleider om een nieuwe.',
  )

const invalidPersonalLink = () =>
  new HttpError(
    401,
    'invalid_personal_link',
    'Deze persoonlijke link werkt niet (meer): hij is vervangen door een nieuwe, of je toegang is ingetrokken. Vraag de projectleider om een uitnodigingslink.',
  )

export function sessionsRouter(deps: {
  store: Store
  auth: Authenticator
  activity: RecordActivity
  limits?: RestLimits
}): Router {
  const { store, auth, activity } = deps
  const limits = deps.limits ?? DEFAULT_REST_LIMITS
  // One link cannot mint sessions without end (each would bring its own write budget and group).
  const perInvite = createTokenBuckets({
    capacity: limits.sessionsPerInviteBurst,
    refillPerSecond: limits.sessionsPerInvitePerSecond,
  })
  const router = Router()

  /** One link (invite or personal) cannot mint sessions without end. */
  function spend(link: string): void {
    const wait = perInvite.take(hashToken(link))
    if (wait > 0) {
      throw new RateLimitedError(wait, 'Met deze link zijn net veel sessies geopend. Probeer het zo opnieuw.')
    }
  }

  async function newPersonalLink(participantId: string): Promise<string> {
    const link = newToken(32)
    await store.setPersonalLink(participantId, hashToken(link))
    return link
  }

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
    // No default group: a preselected one is how a councillor ended up counted as "Gemeente".
    if (!body.group && groupRequired(invite.role)) {
      throw badRequest('Kies de belanghebbende groep waartoe je behoort.', 'group_required')
    }
    spend(body.invite)
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
        // Not named unless they ticked it (asked of jongeren and ouders only).
        showName: body.showName === true,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      },
      hashToken(token),
    )
    const personalLink = await newPersonalLink(id)
    await activity(invite.documentId, id, 'joined', { role: invite.role, group: body.group ?? null })
    const response: CreateSessionResponse = { token, documentId: invite.documentId, role: invite.role, personalLink }
    res.status(201).json(response)
  })

  /** Opening a personal link: a new session for the same participant (another device), not a new participant. */
  router.post('/sessions/personal', async (req, res) => {
    const { link } = parseBody(PersonalSessionRequest, req.body)
    const participant = await store.findPersonalLink(hashToken(link))
    if (!participant) throw invalidPersonalLink()
    spend(link)
    const token = newToken(32)
    await store.addSession(participant.id, hashToken(token), new Date().toISOString())
    await activity(participant.documentId, participant.id, 'session.added')
    const response: CreateSessionResponse = {
      token,
      documentId: participant.documentId,
      role: participant.role,
      personalLink: link,
    }
    res.status(201).json(response)
  })

  /** A new personal link for the caller (the old one, perhaps mailed to the wrong address, stops working). */
  router.post('/documents/:id/personal-link', async (req, res) => {
    const { participant } = await auth.requireDocument(req, 'document.read')
    const response: PersonalLinkResponse = { personalLink: await newPersonalLink(participant.id) }
    res.status(201).json(response)
  })

  return router
}
