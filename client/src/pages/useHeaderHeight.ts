import { type RefObject, useLayoutEffect } from 'react'

/**
 * Keeps `--doc-header-height` on `target` equal to the sticky header's height, so the editor's bar
 * and the side panel stick just below it however many lines the header wraps to, and
 * `--doc-bar-height` equal to that bar's (the text's headings keep it as scroll margin). The page's
 * `scroll-padding-top` is the header's height: whatever the browser scrolls into view comes to
 * rest below the header, not under it.
 */
export function useHeaderHeight(
  header: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  bar: HTMLElement | null = null,
): void {
  useLayoutEffect(() => {
    const h = header.current
    const el = target.current
    if (!h || !el) return
    const root = document.documentElement
    const update = () => {
      el.style.setProperty('--doc-header-height', `${h.offsetHeight}px`)
      el.style.setProperty('--doc-bar-height', `${bar?.offsetHeight ?? 0}px`)
      root.style.scrollPaddingTop = `${h.offsetHeight}px`
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(h)
    if (bar) observer.observe(bar)
    return () => {
      observer.disconnect()
      root.style.scrollPaddingTop = ''
    }
  }, [header, target, bar])
}
