import type { DocumentResponse } from '@regiovisie/shared/api'
import { publicIdentity } from '@regiovisie/shared/groups'
import { useEffect, useMemo, useState } from 'react'
import { ApiError, api } from '../api.ts'
import type { AwarenessUser } from '../collab/createCollaboration.ts'
import { useCollaboration } from '../collab/useCollaboration.ts'
import { userColor } from '../collab/userColor.ts'
import { Notice } from '../components/Notice.tsx'
import { PageShell } from '../components/PageShell.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { loadSession, type StoredSession } from '../storedSession.ts'
import { DocumentWorkspace } from './DocumentWorkspace.tsx'

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ok'; doc: DocumentResponse }

/** `/d/<id>`: loads the document with the stored session, then opens the workspace. */
export function DocumentPage({ documentId }: { documentId: string }) {
  const { t } = useI18n()
  const [session] = useState(() => loadSession(documentId))
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })

  useEffect(() => {
    let cancelled = false
    if (!session) {
      // Without a session the server still tells an unknown id (404) from a document not joined (401).
      api.getDocument(documentId, null).then(
        () => {},
        (err: unknown) => {
          if (cancelled) return
          const message =
            err instanceof ApiError && err.status === 404
              ? t.docNotFound
              : err instanceof ApiError && err.status === 401
                ? t.docNoSession
                : errorMessage(t, err)
          setLoaded({ kind: 'error', message })
        },
      )
      return () => {
        cancelled = true
      }
    }
    api.getDocument(documentId, session.token).then(
      (doc) => !cancelled && setLoaded({ kind: 'ok', doc }),
      (err: unknown) => {
        if (cancelled) return
        const message =
          err instanceof ApiError && err.status === 401
            ? t.docUnauthorized
            : err instanceof ApiError && err.status === 404
              ? t.docNotFound
              : errorMessage(t, err)
        setLoaded({ kind: 'error', message })
      },
    )
    return () => {
      cancelled = true
    }
  }, [documentId, session, t])

  if (loaded.kind === 'error') {
    return (
      <PageShell title={t.appName}>
        <Notice kind="error">{loaded.message}</Notice>
        <p>
          <a href="/">{t.backHome}</a>
        </p>
      </PageShell>
    )
  }
  if (loaded.kind === 'loading' || !session) {
    return (
      <PageShell title={t.appName}>
        <p>{t.loading}</p>
      </PageShell>
    )
  }
  return <ConnectedDocument doc={loaded.doc} session={session} />
}

function ConnectedDocument({ doc, session }: { doc: DocumentResponse; session: StoredSession }) {
  const user: AwarenessUser = useMemo(
    () => ({
      // Presence reaches every reader: a young person or parent who was not named shows as their group.
      ...publicIdentity({
        name: doc.me.name || session.name,
        organisation: doc.me.organisation || session.organisation,
        group: doc.me.group ?? session.group,
        showName: doc.me.showName,
      }),
      group: doc.me.group ?? session.group,
      color: userColor(doc.me.id || session.token),
    }),
    [doc.me, session],
  )
  const collab = useCollaboration(doc.id, session.token, user)
  if (!collab) return null
  // Keyed by the session so an editor is never reused for another Y.Doc.
  return <DocumentWorkspace key={collab.ydoc.guid} doc={doc} collab={collab} user={user} token={session.token} />
}
