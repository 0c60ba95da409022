import type { Logger } from 'pino'
import type { Store } from './store/Store.ts'

export type ActivityAction =
  | 'joined'
  | 'thread.created'
  | 'thread.resolved'
  | 'thread.reopened'
  | 'thread.response'
  | 'thread.public'
  | 'participant.named'
  | 'suggestion.created'
  | 'suggestion.accepted'
  | 'suggestion.rejected'
  | 'suggestion.withdrawn'
  | 'comment.created'
  | 'comment.edited'
  | 'comment.deleted'
  | 'participant.revoked'
  | 'participant.group'
  | 'invite.renewed'
  | 'version.created'
  | 'version.restored'
  | 'exported'
  | 'adoption.updated'
  | 'session.added'

export type RecordActivity = (
  documentId: string,
  actorId: string | null,
  action: ActivityAction,
  details?: Record<string, unknown>,
) => Promise<void>

/**
 * Appends to a document's activity log. The action it records has already happened, so a failing
 * log write is reported in the server log, not to the user.
 */
export function createActivityRecorder(store: Store, log: Logger): RecordActivity {
  return async (documentId, actorId, action, details = {}) => {
    try {
      await store.appendActivity({ documentId, at: new Date().toISOString(), actorId, action, details })
    } catch (err) {
      log.error({ err, documentId, action }, 'writing the activity log failed')
    }
  }
}
