import type { CreateDocumentResponse, DocumentSummary } from '@regiovisie/shared/api'
import { Button, Heading2 } from '@utrecht/component-library-react'
import { useCallback, useEffect, useState } from 'react'
import { forgetAdminToken, loadAdminToken, saveAdminToken, takeAdminTokenFromUrl } from '../adminToken.ts'
import { ApiError, api } from '../api.ts'
import { InviteLinks } from '../components/InviteLinks.tsx'
import { Notice } from '../components/Notice.tsx'
import { PageShell } from '../components/PageShell.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { AdminTokenForm } from './AdminTokenForm.tsx'
import { CreateDocumentForm } from './CreateDocumentForm.tsx'
import { DocumentList } from './DocumentList.tsx'
import { ImportDocumentForm } from './ImportDocumentForm.tsx'

/** `/admin#token=…`: the project leader's overview: existing documents and a form for a new one. */
export function AdminPage() {
  const { t } = useI18n()
  const [token, setToken] = useState<string | null>(() => {
    takeAdminTokenFromUrl()
    return loadAdminToken()
  })
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreateDocumentResponse | null>(null)

  const refresh = useCallback(
    async (adminToken: string) => {
      try {
        const result = await api.listDocuments(adminToken)
        setDocuments(result.documents)
        setError(null)
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          forgetAdminToken()
          setToken(null)
        }
        setError(errorMessage(t, err))
      }
    },
    [t],
  )

  const onCreated = useCallback(
    (result: CreateDocumentResponse, adminToken: string) => {
      setCreated(result)
      window.scrollTo(0, 0)
      void refresh(adminToken)
    },
    [refresh],
  )

  useEffect(() => {
    if (token) void refresh(token)
  }, [token, refresh])

  if (!token) {
    return (
      <PageShell title={t.adminTitle}>
        {error && <Notice kind="error">{error}</Notice>}
        <AdminTokenForm
          onSubmit={(value) => {
            saveAdminToken(value)
            setToken(value)
          }}
        />
      </PageShell>
    )
  }

  return (
    <PageShell title={t.adminTitle}>
      {error && <Notice kind="error">{error}</Notice>}
      {created && (
        <section className="card" aria-labelledby="created-title">
          <Heading2 id="created-title">{t.createdTitle(created.title)}</Heading2>
          <p>{t.createdIntro}</p>
          <InviteLinks invites={created.invites} />
        </section>
      )}
      <section className="card" aria-labelledby="create-title">
        <Heading2 id="create-title">{t.adminCreate}</Heading2>
        <CreateDocumentForm adminToken={token} onCreated={(result) => onCreated(result, token)} />
      </section>
      <section className="card" aria-labelledby="import-title">
        <Heading2 id="import-title">{t.importTitle}</Heading2>
        <ImportDocumentForm adminToken={token} onCreated={(result) => onCreated(result, token)} />
      </section>
      <section className="card" aria-labelledby="list-title">
        <Heading2 id="list-title">{t.adminDocuments}</Heading2>
        {documents ? <DocumentList documents={documents} adminToken={token} /> : <p className="muted">{t.loading}</p>}
      </section>
      <p>
        <Button
          appearance="subtle-button"
          onClick={() => {
            forgetAdminToken()
            setToken(null)
            setDocuments(null)
          }}
        >
          {t.adminSignOut}
        </Button>
      </p>
    </PageShell>
  )
}
