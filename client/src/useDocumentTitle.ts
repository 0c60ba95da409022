import { useEffect } from 'react'

/** Sets the browser tab's title (WCAG 2.4.2: every page has a title that says what it is). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Regiovisie`
  }, [title])
}
