import type { ActivityEntry, ParticipantInfo } from '@regiovisie/shared/comments'
import { isRole } from '@regiovisie/shared/roles'
import { groupLabel } from '../i18n/groupLabel.ts'
import type { Lang } from '../i18n/I18nProvider.tsx'
import type { Dictionary } from '../i18n/nl.ts'
import { roleLabel } from '../i18n/roleLabel.ts'

/** What an activity entry says happened, in words ("plaatste een reactie bij opgave 3"); the actor is shown apart. */
export function activityText(
  t: Dictionary,
  entry: ActivityEntry,
  people: readonly ParticipantInfo[],
  lang: Lang = 'nl',
): string {
  const d = entry.details
  const opgave = typeof d.opgave === 'number' ? d.opgave : null
  const role = isRole(d.role) ? roleLabel(t, d.role) : String(d.role ?? '')
  switch (entry.action) {
    case 'joined':
      return t.activityJoined(role)
    case 'thread.created':
      return opgave === null ? t.activityThreadCreated : t.activityThreadCreatedAt(opgave)
    case 'comment.created':
      return opgave === null ? t.activityCommentCreated : t.activityCommentCreatedAt(opgave)
    case 'comment.edited':
      return t.activityCommentEdited
    case 'comment.deleted':
      return d.byOwner ? t.activityCommentDeletedByOwner : t.activityCommentDeleted
    case 'thread.resolved':
      return t.activityThreadResolved
    case 'thread.reopened':
      return t.activityThreadReopened
    case 'suggestion.created':
      return opgave === null ? t.activitySuggestionCreated : t.activitySuggestionCreatedAt(opgave)
    case 'suggestion.accepted':
    case 'suggestion.rejected': {
      const proposer = people.find((p) => p.id === d.proposerId)?.name ?? t.someoneElse
      return entry.action === 'suggestion.accepted'
        ? t.activitySuggestionAccepted(proposer)
        : t.activitySuggestionRejected(proposer)
    }
    case 'suggestion.withdrawn':
      return t.activitySuggestionWithdrawn
    case 'thread.response':
      return t.activityThreadResponse
    case 'thread.public':
      return t.activityThreadPublic(d.public === true)
    case 'participant.revoked': {
      const who = people.find((p) => p.id === d.participantId)
      return t.activityRevoked(who ? who.name : t.someoneElse)
    }
    case 'invite.renewed':
      return t.activityInviteRenewed(role)
    case 'participant.group': {
      const who = people.find((p) => p.id === d.participantId)?.name ?? t.someoneElse
      const group = typeof d.group === 'string' ? d.group : null
      return d.groupConfirmed === true
        ? t.activityGroupConfirmed(who, groupLabel(lang, group) ?? t.groupUnknown)
        : t.activityGroupUnconfirmed(who)
    }
    case 'version.created':
      return t.activityVersionCreated(String(d.name ?? ''))
    case 'version.restored':
      return t.activityVersionRestored
    case 'exported':
      return t.activityExported(String(d.format ?? '').toUpperCase(), typeof d.versionId === 'string')
    case 'session.added':
      return t.activitySessionAdded
    case 'adoption.updated':
      return t.activityAdoptionUpdated(String(d.municipality ?? ''))
    default:
      return t.activityOther(entry.action)
  }
}
