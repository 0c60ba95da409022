import { useEffect, useState } from 'react'
import { ApiError, api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { PageShell } from '../components/PageShell.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { saveSession } from '../storedSession.ts'
import { navigate } from '../useRoute.ts'

/**
 * `/me/<personal link>`: signs the same participant in on this device (a new session, not a new
 * participant) and opens the document. Nothing to fill in: the link says who.
 */
export function PersonalSignInPage({ link }: { link: string }) {
  const { t } = useI18n()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      try {
        const session = await api.createPersonalSession(link)
        const doc = await api.getDocument(session.documentId, session.token)
        if (cancelled) return
        saveSession(session.documentId, {
          token: session.token,
          role: session.role,
          name: doc.me.name,
          organisation: doc.me.organisation,
          group: null,
          title: doc.title,
          personalLink: session.personalLink,
        })
        navigate(`/d/${encodeURIComponent(session.documentId)}`, { replace: true })
      } catch (err) {
        if (cancelled) return
        setError(err instanceof ApiError && err.status === 401 ? t.personalInvalid : errorMessage(t, err))
      }
    })()
    return () => {
      cancelled = true
    }
  }, [link, t])

  return (
    <PageShell title={t.personalTitle}>
      {error ? (
        <>
          <Notice kind="error">{error}</Notice>
          <p>
            <a href="/">{t.backHome}</a>
          </p>
        </>
      ) : (
        <p>{t.personalSigningIn}</p>
      )}
    </PageShell>
  )
}
