import type { JSONContent } from '@regiovisie/shared/schema'
import type { Version, VersionDiff } from '@regiovisie/shared/versions'
import { Heading3 } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { VersionDiffView } from './VersionDiffView.tsx'
import { VersionPreview } from './VersionPreview.tsx'

export type ViewState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'diff'; diff: VersionDiff }
  | { kind: 'version'; version: Version; content: JSONContent }

/**
 * The right-hand side of the versions dialog: a version read-only, or a diff. Focus moves to
 * its heading whenever something new is shown, so keyboard and screen-reader users land on it.
 */
export function VersionView({ view }: { view: ViewState }) {
  const { t, lang } = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (view.kind === 'diff' || view.kind === 'version') heading.current?.focus()
  }, [view])

  const title =
    view.kind === 'diff'
      ? t.diffTitle(view.diff.from.name, view.diff.to?.name ?? null)
      : view.kind === 'version'
        ? t.versionTitle(view.version.name)
        : t.versionViewTitle

  return (
    // Scrolls on its own: focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="versions-view" aria-labelledby="version-view-title" tabIndex={0} data-view={view.kind}>
      <Heading3 id="version-view-title" ref={heading} tabIndex={-1}>
        {title}
      </Heading3>
      {view.kind === 'none' && <p className="muted">{t.versionViewHint}</p>}
      {view.kind === 'loading' && <p>{t.loading}</p>}
      {view.kind === 'diff' && <VersionDiffView key={`${view.diff.from.id}-${view.diff.to?.id}`} diff={view.diff} />}
      {view.kind === 'version' && (
        <>
          <p className="version-meta">
            {view.version.author && `${view.version.author.name} · `}
            <time dateTime={view.version.createdAt}>{formatDateTime(lang, view.version.createdAt)}</time>
          </p>
          <VersionPreview key={view.version.id} content={view.content} label={t.versionTextLabel(view.version.name)} />
        </>
      )}
    </section>
  )
}
