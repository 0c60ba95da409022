import type { DocumentSummary, Invites } from '@regiovisie/shared/api'
import {
  Button,
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
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
        <Table className="table document-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.adminColTitle}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.adminColRegion}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.adminColCreated}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.adminColEdited}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.adminColLinks}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {documents.map((d) => (
              <TableRow key={d.id}>
                <TableHeaderCell scope="row">{d.title}</TableHeaderCell>
                <TableCell>{d.region ?? '—'}</TableCell>
                <TableCell>{time(d.createdAt)}</TableCell>
                <TableCell>
                  {d.editedAt ? time(d.editedAt) : <span className="muted">{t.adminNeverEdited}</span>}
                </TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    className="button-small"
                    aria-label={t.adminShowLinksLabel(d.title)}
                    onClick={() => showLinks(d)}
                  >
                    {t.adminShowLinks}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="document-links-title" onClose={() => setShown(null)}>
        <Heading2 id="document-links-title">{shown ? t.adminLinksTitle(shown.title) : t.adminColLinks}</Heading2>
        <p className="hint">{t.adminLinksIntro}</p>
        {links.kind === 'loading' && <p>{t.loading}</p>}
        {links.kind === 'error' && <Notice kind="error">{links.message}</Notice>}
        {links.kind === 'ok' && shown && <InviteLinks invites={links.invites} />}
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}
