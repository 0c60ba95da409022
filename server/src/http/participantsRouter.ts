import { ShowNameRequest, UpdateParticipantRequest } from '@regiovisie/shared/api'
import type { ActivityEntry, ParticipantInfo } from '@regiovisie/shared/comments'
import { computeParticipation } from '@regiovisie/shared/participation'
import { CloseCode } from '@regiovisie/shared/protocol'
import { isRole } from '@regiovisie/shared/roles'
import { opgavenOf } from '@regiovisie/shared/ruleset-outlines'
import { Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { newToken } from '../auth/tokens.ts'
import { createThreadReader } from '../comments/ThreadReader.ts'
import { badRequest, notFound } from '../errors.ts'
import type { ParticipantRecord, Store } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeDocumentChanged, encodeThreadsChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

const toInfo = (p: ParticipantRecord): ParticipantInfo => ({
  id: p.id,
  name: p.name,
  organisation: p.organisation,
  group: p.group,
  groupConfirmed: p.groupConfirmed,
  role: p.role,
  createdAt: p.createdAt,
  revokedAt: p.revokedAt,
})

/** The owner's participant management (people, invites, activity) and the participation overview. */
export function participantsRouter(deps: {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
}): Router {
  const { store, auth, sync, activity } = deps
  const threads = createThreadReader(store, sync)
  const router = Router()

  router.get('/documents/:id/participants', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'participants.manage')
    res.json({ participants: (await store.listParticipants(document.id)).map(toInfo) })
  })

  router.delete('/documents/:id/participants/:participantId', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'participants.manage')
    const targetId = String(req.params.participantId)
    if (targetId === participant.id) throw badRequest('Je kunt je eigen toegang niet intrekken.', 'cannot_revoke_self')
    const target = await store.getParticipant(targetId)
    const now = new Date().toISOString()
    const revoked = target?.documentId === document.id && (await store.revokeParticipant(document.id, targetId, now))
    if (!target || !revoked) throw notFound('Deze deelnemer bestaat niet of heeft al geen toegang meer.')
    // The session stops working at once: open sockets are closed, the next request gets 401.
    sync.disconnectParticipant(targetId, CloseCode.revoked, 'access revoked')
    // Revoked means out: the link they joined with is renewed, so opening it again gives no new
    // session. Others who joined with it keep their sessions; newcomers need the new link.
    await store.renewInvite(document.id, target.role, newToken(), now)
    await activity(document.id, participant.id, 'participant.revoked', { participantId: targetId, role: target.role })
    await activity(document.id, participant.id, 'invite.renewed', { role: target.role, reason: 'revoked' })
    res.status(204).end()
  })

  /** The owner sets a participant's stakeholder group and confirms it (or withdraws the confirmation). */
  router.patch('/documents/:id/participants/:participantId', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'participants.manage')
    const { group, groupConfirmed } = parseBody(UpdateParticipantRequest, req.body)
    const targetId = String(req.params.participantId)
    const target = await store.getParticipant(targetId)
    if (!target || target.documentId !== document.id) throw notFound('Deze deelnemer bestaat niet.')
    await store.setParticipantGroup(document.id, targetId, group, groupConfirmed)
    await activity(document.id, participant.id, 'participant.group', { participantId: targetId, group, groupConfirmed })
    // Threads show the author's group and whether it is confirmed; the checker counts confirmed groups.
    sync.notify(document.id, encodeThreadsChanged())
    sync.notify(document.id, encodeDocumentChanged())
    res.json(toInfo({ ...target, group, groupConfirmed }))
  })

  /**
   * Anyone changes for themselves whether they are named beside their reactions (it matters for
   * jongeren and ouders: off, people outside the writing team see their group instead).
   */
  router.put('/documents/:id/me/show-name', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'document.read')
    const { showName } = parseBody(ShowNameRequest, req.body)
    if ((participant.showName === true) !== showName) {
      await store.setParticipantShowName(participant.id, showName)
      await activity(document.id, participant.id, 'participant.named', { showName })
      sync.notify(document.id, encodeThreadsChanged())
    }
    res.json({ showName })
  })

  router.post('/documents/:id/invites/:role', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'invites.manage')
    const role = String(req.params.role)
    if (!isRole(role)) throw badRequest(`Onbekende rol "${role}".`, 'unknown_role')
    const invite = newToken()
    await store.renewInvite(document.id, role, invite, new Date().toISOString())
    await activity(document.id, participant.id, 'invite.renewed', { role })
    res.status(201).json({ role, invite })
  })

  router.get('/documents/:id/activity', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'activity.read')
    const entries = await store.listActivity(document.id, 500)
    const activityList: ActivityEntry[] = entries.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      action: e.action,
      details: e.details,
    }))
    res.json({ activity: activityList })
  })

  router.get('/documents/:id/participation', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'comment.read')
    res.json(computeParticipation(await threads.list(document.id), opgavenOf(document.ruleset)))
  })

  return router
}
