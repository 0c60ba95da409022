import { Heading2 } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { api } from '../api.ts'
import { PageShell } from '../components/PageShell.tsx'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { loadSession, type StoredSession, storedDocumentIds, updateSession } from '../storedSession.ts'

interface Entry {
  id: string
  session: StoredSession
}

/** `/`: what this is, and the documents this browser has joined, by title. */
export function HomePage() {
  const { t } = useI18n()
  const [entries] = useState<Entry[]>(() =>
    storedDocumentIds().flatMap((id) => {
      const session = loadSession(id)
      return session ? [{ id, session }] : []
    }),
  )
  const [titles, setTitles] = useState<Record<string, string>>({})

  // Sessions stored before titles were kept (or a title renamed since): ask the server once.
  useEffect(() => {
    let cancelled = false
    for (const { id, session } of entries) {
      api.getDocument(id, session.token).then(
        (doc) => {
          if (cancelled || doc.title === session.title) return
          updateSession(id, { title: doc.title })
          setTitles((old) => ({ ...old, [id]: doc.title }))
        },
        () => {},
      )
    }
    return () => {
      cancelled = true
    }
  }, [entries])

  const titled = entries.map((e) => ({ ...e, title: titles[e.id] ?? e.session.title }))
  const sorted = titled.sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '', 'nl'))
  return (
    <PageShell title={t.homeTitle}>
      <p className="lead">{t.homeIntro}</p>
      <Heading2>{t.homeYourDocuments}</Heading2>
      {sorted.length === 0 ? (
        <p className="muted">{t.homeNoDocuments}</p>
      ) : (
        <ul className="home-documents">
          {sorted.map(({ id, session, title }) => (
            <li key={id}>
              <a href={`/d/${encodeURIComponent(id)}`}>{title ?? t.homeUntitled}</a>
              <span className="muted"> — {t.homeDocumentAs(session.name, roleLabel(t, session.role))}</span>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  )
}
