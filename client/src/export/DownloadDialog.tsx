import type { DocumentResponse } from '@regiovisie/shared/api'
import { buildOutline, type OutlineHeading } from '@regiovisie/shared/export'
import { can, canDownload, type Role } from '@regiovisie/shared/roles'
import type { Editor } from '@tiptap/react'
import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
} from '@utrecht/component-library-react'
import { useEffect, useId, useRef, useState } from 'react'
import { api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import type { Dictionary } from '../i18n/nl.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ExportButtons } from './ExportButtons.tsx'

/** What the header offers: the formats a council asks for. HTML stays in the versions dialog. */
const HEADER_FORMATS = ['pdf', 'docx', 'md'] as const

interface Props {
  documentId: string
  token: string
  role: Role
  /** The owner's setting as loaded with the document; the owner's changes here update it. */
  downloadAllowed: boolean
  editor: Editor
}

/** "opgave 7" for an opgave's chapter, else the chapter's own title. */
const chapterName = (t: Dictionary, h: OutlineHeading) => (h.opgave === null ? h.text : t.downloadEmptyOpgave(h.opgave))

/**
 * The "Downloaden" button in the document header and its dialog: PDF, Word and Markdown of the
 * current text, the chapters that are still empty (read from the editor's text when the dialog
 * opens, with the same outline the export uses), and for the owner the setting that lets lezers
 * and reageerders download. The button is there only for whom the server will serve
 * (`canDownload`); the server checks again on every download.
 */
export function DownloadDialog({ documentId, token, role, downloadAllowed, editor }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const [allowed, setAllowed] = useState(downloadAllowed)
  // The owner's switch reaches open pages (message type 7 brings the document's new settings).
  useEffect(() => setAllowed(downloadAllowed), [downloadAllowed])
  const [empty, setEmpty] = useState<OutlineHeading[]>([])
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const helpId = useId()
  const allowId = useId()
  const titleId = useId()
  const isOwner = can(role, 'export.allow')
  if (!canDownload(role, { downloadAllowed: allowed })) return null

  function open() {
    setEmpty(buildOutline(editor.getJSON()).emptyChapters)
    setSaved(null)
    setError(null)
    dialog.current?.showModal()
  }

  async function toggle(next: boolean) {
    // The box follows the click at once (a controlled checkbox that waits for the server looks
    // dead for a moment); it goes back if the server refuses.
    const before = allowed
    setAllowed(next)
    setSaving(true)
    setError(null)
    try {
      const doc: DocumentResponse = await api.updateDocument(documentId, token, { downloadAllowed: next })
      setAllowed(doc.downloadAllowed)
      setSaved(t.downloadAllowSaved(doc.downloadAllowed))
    } catch (err) {
      setAllowed(before)
      setError(errorMessage(t, err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button appearance="secondary-action-button" className="button-download" onClick={open}>
        {t.download}
      </Button>
      <dialog ref={dialog} className="dialog download-dialog" aria-labelledby={titleId}>
        <Heading2 id={titleId}>{t.downloadTitle}</Heading2>
        <p>{t.downloadIntro}</p>
        {empty.length > 0 ? (
          <Notice>{t.downloadEmpty(empty.map((h) => chapterName(t, h)).join(', '))}</Notice>
        ) : (
          <p className="download-complete">{t.downloadAllComplete}</p>
        )}
        <Heading3 className="download-formats">{t.downloadFormats}</Heading3>
        <ExportButtons
          documentId={documentId}
          token={token}
          versionId={null}
          label={t.downloadFormats}
          formats={HEADER_FORMATS}
        />
        {isOwner && (
          <div className="download-setting">
            <FormField
              type="checkbox"
              className="checkbox-field"
              input={
                <Checkbox
                  appearance="custom"
                  id={allowId}
                  checked={allowed}
                  disabled={saving}
                  aria-describedby={helpId}
                  onChange={(e) => void toggle(e.currentTarget.checked)}
                />
              }
              label={
                <FormLabel htmlFor={allowId} type="checkbox" checked={allowed} disabled={saving}>
                  {t.downloadAllowLabel}
                </FormLabel>
              }
            />
            <FormFieldDescription id={helpId} className="field-help">
              {t.downloadAllowHelp}
            </FormFieldDescription>
            <p className="export-status" role="status">
              {saved}
            </p>
            {error && <Notice kind="error">{error}</Notice>}
          </div>
        )}
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}
