import { PageShell } from '../components/PageShell.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { loadSession, storedDocumentIds } from '../storedSession.ts'

/** `/`: what this is, and the documents this browser has joined. */
export function HomePage() {
  const { t } = useI18n()
  const ids = storedDocumentIds()
  return (
    <PageShell title={t.homeTitle}>
      <p className="lead">{t.homeIntro}</p>
      <h2>{t.homeYourDocuments}</h2>
      {ids.length === 0 ? (
        <p className="muted">{t.homeNoDocuments}</p>
      ) : (
        <ul>
          {ids.map((id) => {
            const session = loadSession(id)
            return (
              <li key={id}>
                <a href={`/d/${encodeURIComponent(id)}`}>{id}</a>
                {session && ` — ${session.name} (${session.organisation})`}
              </li>
            )
          })}
        </ul>
      )}
    </PageShell>
  )
}
