import type { ActivityEntry, ParticipantInfo } from '@regiovisie/shared/comments'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { activityText } from './activityText.ts'

/** The document's activity log, newest first: when, who (name and organisation), what. */
export function ActivityLog({ entries, people }: { entries: ActivityEntry[]; people: ParticipantInfo[] }) {
  const { t, lang } = useI18n()
  if (entries.length === 0) return <p className="muted">{t.activityEmpty}</p>
  return (
    <ol className="activity-log">
      {entries.map((e) => (
        <li key={e.id} data-action={e.action}>
          <time dateTime={e.at}>{formatDateTime(lang, e.at)}</time>{' '}
          <span className="activity-actor">
            {e.actor ? e.actor.name : t.activitySomeone}
            {/* A comma, not brackets: an organisation may carry its own ("Gemeenteraad Katwijk (raadslid)"). */}
            {e.actor?.organisation ? `, ${e.actor.organisation}` : ''}
          </span>{' '}
          {activityText(t, e, people, lang)}
        </li>
      ))}
    </ol>
  )
}
