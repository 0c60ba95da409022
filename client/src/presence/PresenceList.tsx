import type { Awareness } from 'y-protocols/awareness'
import { useI18n } from '../i18n/useI18n.ts'
import { usePresence } from './usePresence.ts'

/** Who is in the document now: a coloured dot, name and organisation per person. */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const { t } = useI18n()
  const people = usePresence(awareness)
  return (
    <section className="presence" aria-label={t.presenceTitle}>
      <ul className="presence-list">
        {people.map((p) => (
          <li key={p.clientId} className="presence-person">
            <span className="presence-dot" style={{ backgroundColor: p.user.color }} aria-hidden="true" />
            <span className="presence-name">{p.user.name}</span>
            {/* No parentheses around the organisation: it often has its own ("Gemeenteraad Katwijk (raadslid)"). */}
            {p.user.organisation && <span className="presence-org">, {p.user.organisation}</span>}
            {p.self && <span className="presence-you"> · {t.presenceYou}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
