import { Heading1, SkipLink } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { useDocumentTitle } from '../useDocumentTitle.ts'

/** The frame of the simple pages (home, admin, join): a banner with the language switch and one main column. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n()
  useDocumentTitle(title)
  return (
    <>
      <SkipLink className="skip-link" href="#main">
        {t.skipToContent}
      </SkipLink>
      <header className="site-header">
        <span className="brand">{t.appName}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Heading1>{title}</Heading1>
        {children}
      </main>
    </>
  )
}
