import type { DocumentSummary, Invites } from '@regiovisie/shared/api'
import { useRef, useState } from 'react'
import { api } from '../api.ts'
import { InviteLinks } from '../components/InviteLinks.tsx'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'

type Links = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ok'; invites: Invites }

/** The administrator's table of existing documents; each row opens the document's current invite links. */
export function DocumentList({ documents, adminToken }: { documents: DocumentSummary[]; adminToken: string }) {
  const { t, lang } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const [shown, setShown] = useState<DocumentSummary | null>(null)
  const [links, setLinks] = useState<Links>({ kind: 'loading' })

  async function showLinks(document: DocumentSummary) {
    setShown(document)
    setLinks({ kind: 'loading' })
    dialog.current?.showModal()
    try {
      const { invites } = await api.getDocumentInvites(adminToken, document.id)
      setLinks({ kind: 'ok', invites })
    } catch (err) {
      setLinks({ kind: 'error', message: errorMessage(t, err) })
    }
  }

  if (documents.length === 0) return <p className="muted">{t.adminNoDocuments}</p>
  const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  const time = (iso: string) => <time dateTime={iso}>{format.format(new Date(iso))}</time>
  return (
    <>
      <div className="table-scroll">
        <table className="table document-list">
          <thead>
            <tr>
              <th scope="col">{t.adminColTitle}</th>
              <th scope="col">{t.adminColRegion}</th>
              <th scope="col">{t.adminColCreated}</th>
              <th scope="col">{t.adminColEdited}</th>
              <th scope="col">{t.adminColLinks}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.region ?? '—'}</td>
                <td>{time(d.createdAt)}</td>
                <td>{d.editedAt ? time(d.editedAt) : <span className="muted">{t.adminNeverEdited}</span>}</td>
                <td>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t.adminShowLinksLabel(d.title)}
                    onClick={() => showLinks(d)}
                  >
                    {t.adminShowLinks}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="document-links-title" onClose={() => setShown(null)}>
        <h2 id="document-links-title">{shown ? t.adminLinksTitle(shown.title) : t.adminColLinks}</h2>
        <p className="hint">{t.adminLinksIntro}</p>
        {links.kind === 'loading' && <p>{t.loading}</p>}
        {links.kind === 'error' && <Notice kind="error">{links.message}</Notice>}
        {links.kind === 'ok' && shown && <InviteLinks invites={links.invites} />}
        <form method="dialog">
          <button type="submit" className="button-primary">
            {t.close}
          </button>
        </form>
      </dialog>
    </>
  )
}
