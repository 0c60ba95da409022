import { type RefObject, useLayoutEffect } from 'react'

/**
 * Keeps `--doc-header-height` on `target` equal to the sticky header's height, so the toolbar
 * and the side panel stick just below it however many lines the header wraps to.
 */
export function useHeaderHeight(header: RefObject<HTMLElement | null>, target: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const h = header.current
    const el = target.current
    if (!h || !el) return
    const update = () => el.style.setProperty('--doc-header-height', `${h.offsetHeight}px`)
    update()
    const observer = new ResizeObserver(update)
    observer.observe(h)
    return () => observer.disconnect()
  }, [header, target])
}
