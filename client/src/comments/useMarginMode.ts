import { useSyncExternalStore } from 'react'

/**
 * Wide enough for threads in a margin beside the text (as in Google Docs) next to the side panel:
 * 1280 px (a common laptop) leaves the text about 480 px, a comfortable line. Narrower screens
 * list the threads in the side panel.
 */
const QUERY = '(min-width: 80rem)'

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY)
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}

/** True while the screen is wide enough for comments in the margin. */
export function useMarginMode(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  )
}
