import type { Version } from '@regiovisie/shared/versions'
import { Button } from '@utrecht/component-library-react'
import { PlainText } from '../comments/PlainText.tsx'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  documentId: string
  token: string
  /** Newest first. */
  versions: Version[]
  canRestore: boolean
  canExport: boolean
  onView(version: Version): void
  onCompareWithNow(version: Version): void
  onRestore(version: Version): Promise<void>
}

/** The saved versions with author, date and note, and what one may do with each. */
export function VersionList({
  documentId,
  token,
  versions,
  canRestore,
  canExport,
  onView,
  onCompareWithNow,
  onRestore,
}: Props) {
  const { t, lang } = useI18n()
  if (versions.length === 0) return <p className="muted">{t.versionsEmpty}</p>
  return (
    <ol className="version-list">
      {versions.map((v) => (
        <li key={v.id} className="version" data-version-id={v.id}>
          <h4 className="version-name">{v.name}</h4>
          <p className="version-meta">
            {v.author ? t.versionBy(v.author.name, v.author.organisation) : t.versionByUnknown}
            {' · '}
            <time dateTime={v.createdAt}>{formatDateTime(lang, v.createdAt)}</time>
          </p>
          {v.note && <PlainText text={v.note} className="version-note" />}
          <div className="version-actions">
            <Button
              appearance="secondary-action-button"
              className="button-small"
              aria-label={t.versionViewLabel(v.name)}
              onClick={() => onView(v)}
            >
              {t.versionView}
            </Button>
            <Button
              appearance="secondary-action-button"
              className="button-small"
              aria-label={t.versionCompareNowLabel(v.name)}
              onClick={() => onCompareWithNow(v)}
            >
              {t.versionCompareNow}
            </Button>
            {canRestore && (
              <ConfirmButton
                className="button-small"
                label={t.versionRestoreLabel(v.name)}
                question={t.versionRestoreConfirm(v.name)}
                confirmLabel={t.versionRestoreYes}
                onConfirm={() => onRestore(v)}
              >
                {t.versionRestore}
              </ConfirmButton>
            )}
          </div>
          {canExport && (
            <ExportButtons documentId={documentId} token={token} versionId={v.id} label={t.exportVersion(v.name)} />
          )}
        </li>
      ))}
    </ol>
  )
}
