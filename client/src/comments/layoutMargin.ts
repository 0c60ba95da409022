import type { Editor } from '@tiptap/react'
import { commentHighlightsKey } from './CommentHighlights.ts'

/** Space between two cards in the margin. */
const GAP = 8

/**
 * Where in the viewport the text an item is about starts: `range:<threadId>` (a thread's or draft's
 * highlighted range), `opgave:<n>` or `section:<heading text>` (a heading). Null when it is not in
 * the document (the item then follows the one before it).
 */
function anchorTop(editor: Editor, anchor: string): number | null {
  const { state, view } = editor
  if (anchor.startsWith('range:')) {
    const id = anchor.slice(6)
    // A draft is placed before its highlight is computed: it starts where the selection does.
    const from =
      commentHighlightsKey.getState(state)?.ranges[id]?.from ?? (id.startsWith('draft:') ? state.selection.from : null)
    if (from === null) return null
    try {
      return view.coordsAtPos(from).top
    } catch {
      return null
    }
  }
  const opgave = anchor.startsWith('opgave:') ? Number(anchor.slice(7)) : null
  const section = anchor.startsWith('section:') ? anchor.slice(8) : null
  let top: number | null = null
  state.doc.forEach((node, pos) => {
    if (top !== null || node.type.name !== 'heading') return
    const match = opgave !== null ? Number(node.attrs.opgave) === opgave : node.textContent === section
    const dom = match ? view.nodeDOM(pos) : null
    if (dom instanceof HTMLElement) top = dom.getBoundingClientRect().top
  })
  return top
}

/**
 * Places the cards of `container` (children with `data-margin-anchor`) beside their text: each as
 * close to its anchor as the cards before it allow, the active one exactly there (the others give
 * way above and below it, as in Google Docs). Positions are viewport-relative on both sides, so the
 * result does not depend on scrolling. Writes `top` styles directly: a layout pass, not React state.
 */
export function layoutMargin(editor: Editor, container: HTMLElement): void {
  if (editor.isDestroyed) return
  const base = container.getBoundingClientRect().top
  const cards = [...container.querySelectorAll<HTMLElement>(':scope > [data-margin-anchor]')]
  let previous = 0
  const items = cards.map((el, order) => {
    const top = anchorTop(editor, el.dataset.marginAnchor ?? '')
    const y = top === null ? previous : Math.max(0, top - base)
    previous = y
    return { el, y, h: el.offsetHeight, order, active: el.dataset.active === 'true' }
  })
  items.sort((a, b) => a.y - b.y || a.order - b.order)
  const tops = new Array<number>(items.length)
  const pivot = Math.max(
    0,
    items.findIndex((i) => i.active),
  )
  // Downwards from the active card (or the first), then upwards from it.
  let bottom = 0
  for (let i = pivot; i < items.length; i++) {
    tops[i] = i === pivot ? items[i]!.y : Math.max(items[i]!.y, bottom)
    bottom = tops[i]! + items[i]!.h + GAP
  }
  let ceiling = tops[pivot] ?? 0
  for (let i = pivot - 1; i >= 0; i--) {
    tops[i] = Math.min(items[i]!.y, ceiling - items[i]!.h - GAP)
    ceiling = tops[i]!
  }
  // Cards pushed above the top of the margin move everything down again.
  const shift = Math.max(0, -(tops[0] ?? 0))
  let end = 0
  items.forEach((item, i) => {
    const top = tops[i]! + shift
    item.el.style.top = `${top}px`
    end = Math.max(end, top + item.h)
  })
  container.style.minHeight = `${end}px`
}
