import type { Role } from '@regiovisie/shared/roles'
import { can, canDownload } from '@regiovisie/shared/roles'
import type { Version } from '@regiovisie/shared/versions'
import { Button, Heading2, Heading3 } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { CompareForm } from './CompareForm.tsx'
import { SaveVersionForm } from './SaveVersionForm.tsx'
import { useVersions } from './useVersions.ts'
import { VersionList } from './VersionList.tsx'
import { VersionView, type ViewState } from './VersionView.tsx'
import { versionsApi } from './versionsApi.ts'

interface Props {
  documentId: string
  token: string
  role: Role
  /** The owner allowed lezers and reageerders to download. */
  downloadAllowed?: boolean
}

/**
 * The "Versies" button and dialog: save a named version, export the current text, list the
 * versions, open one read-only, compare two (or one with now), restore one. What a role may not
 * do is not offered; the server enforces the same matrix.
 */
export function VersionsDialog({ documentId, token, role, downloadAllowed = false }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const { versions, error: listError, reload } = useVersions(documentId, token)
  const [view, setView] = useState<ViewState>({ kind: 'none' })
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ text: string; focus: boolean } | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const canCreate = can(role, 'versions.create')
  // Lezers and reageerders too, once the owner allowed downloading (the server enforces the same).
  const canExport = canDownload(role, { downloadAllowed })

  // After a restore the button that was pressed is gone: put focus on what happened.
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus()
  }, [notice])

  async function show(load: () => Promise<ViewState>) {
    setView({ kind: 'loading' })
    setError(null)
    try {
      setView(await load())
    } catch (err) {
      setView({ kind: 'none' })
      setError(errorMessage(t, err))
    }
  }
  const open = (v: Version) =>
    show(async () => ({ kind: 'version', ...(await versionsApi.get(documentId, token, v.id)) }))
  const compare = (fromId: string, toId: string | null) =>
    show(async () => ({ kind: 'diff', diff: await versionsApi.diff(documentId, token, fromId, toId) }))

  async function save(name: string, note: string) {
    const version = await versionsApi.create(documentId, token, name, note)
    setNotice({ text: t.versionSaved(version.name), focus: false })
    await reload()
  }

  async function restore(v: Version) {
    try {
      const { backup } = await versionsApi.restore(documentId, token, v.id)
      setError(null)
      setNotice({ text: t.versionRestored(v.name, backup.name), focus: true })
      setView({ kind: 'none' })
    } catch (err) {
      setError(errorMessage(t, err))
    }
    await reload()
  }

  return (
    <>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          setNotice(null)
          setError(null)
          dialog.current?.showModal()
          void reload()
        }}
      >
        {t.versions}
      </Button>
      <dialog
        ref={dialog}
        className="dialog dialog-full versions-dialog"
        aria-labelledby="versions-title"
        // A closed dialog keeps nothing heavy mounted (the read-only editor of a version).
        onClose={() => setView({ kind: 'none' })}
      >
        <Heading2 id="versions-title">{t.versionsTitle}</Heading2>
        {(error ?? listError) && <Notice kind="error">{error ?? listError}</Notice>}
        {notice && (
          <div ref={noticeRef} tabIndex={-1} className="notice-focus">
            <Notice>{notice.text}</Notice>
          </div>
        )}
        <div className="versions-layout">
          <div className="versions-side">
            {canCreate && (
              <section aria-labelledby="versions-save">
                <Heading3 id="versions-save">{t.versionSaveTitle}</Heading3>
                <SaveVersionForm onSave={save} />
              </section>
            )}
            {canExport && (
              <section aria-labelledby="versions-export">
                <Heading3 id="versions-export">{t.exportCurrentTitle}</Heading3>
                <ExportButtons documentId={documentId} token={token} versionId={null} label={t.exportCurrent} />
              </section>
            )}
            {versions && versions.length > 0 && (
              <section aria-labelledby="versions-compare">
                <Heading3 id="versions-compare">{t.compareTitle}</Heading3>
                <CompareForm versions={versions} onCompare={compare} />
              </section>
            )}
            <section aria-labelledby="versions-list">
              <Heading3 id="versions-list">{t.versionsSaved}</Heading3>
              {versions ? (
                <VersionList
                  documentId={documentId}
                  token={token}
                  versions={versions}
                  canRestore={canCreate}
                  canExport={canExport}
                  onView={open}
                  onCompareWithNow={(v) => compare(v.id, null)}
                  onRestore={restore}
                />
              ) : (
                <p>{t.loading}</p>
              )}
            </section>
          </div>
          <VersionView view={view} />
        </div>
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}
