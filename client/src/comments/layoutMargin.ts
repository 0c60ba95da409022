import type { Editor } from '@tiptap/react'
import { commentHighlightsKey } from './CommentHighlights.ts'

/** Space between two cards in the margin. */
const GAP = 8

interface Span {
  top: number
  bottom: number
}

/**
 * Where in the viewport the text an item is about starts and ends: `range:<threadId>` (a thread's
 * or draft's highlighted range), `opgave:<n>` or `section:<heading text>` (a heading). Null when it
 * is not in the document (the item then follows the one before it).
 */
function anchorSpan(editor: Editor, anchor: string): Span | null {
  const { state, view } = editor
  if (anchor.startsWith('range:')) {
    const id = anchor.slice(6)
    // A draft is placed before its highlight is computed: it starts where the selection does.
    const range = commentHighlightsKey.getState(state)?.ranges[id]
    const from = range?.from ?? (id.startsWith('draft:') ? state.selection.from : null)
    const to = range?.to ?? (id.startsWith('draft:') ? state.selection.to : null)
    if (from === null || to === null) return null
    try {
      return { top: view.coordsAtPos(from).top, bottom: view.coordsAtPos(to).bottom }
    } catch {
      return null
    }
  }
  const opgave = anchor.startsWith('opgave:') ? Number(anchor.slice(7)) : null
  const section = anchor.startsWith('section:') ? anchor.slice(8) : null
  let span: Span | null = null
  state.doc.forEach((node, pos) => {
    if (span !== null || node.type.name !== 'heading') return
    const match = opgave !== null ? Number(node.attrs.opgave) === opgave : node.textContent === section
    const dom = match ? view.nodeDOM(pos) : null
    if (dom instanceof HTMLElement) {
      const box = dom.getBoundingClientRect()
      span = { top: box.top, bottom: box.bottom }
    }
  })
  return span
}

/**
 * Places the cards of `container` (children with `data-margin-anchor`) beside their text: each as
 * close to its anchor as the cards before it allow, the active one exactly there (the others give
 * way above and below it, as in Google Docs). Positions are viewport-relative on both sides.
 *
 * `floor` is the bottom edge (viewport) of the sticky bar over text and margin. No card whose text
 * starts below it is pushed up under it (all cards move down instead), and the active card stays
 * just below it while part of its text is still in view below it: a card is never hidden under the
 * bar while its passage can be read. Writes `top` styles directly: a layout pass, not React state.
 */
export function layoutMargin(editor: Editor, container: HTMLElement, floor = Number.NEGATIVE_INFINITY): void {
  if (editor.isDestroyed) return
  const base = container.getBoundingClientRect().top
  const bar = floor - base
  const cards = [...container.querySelectorAll<HTMLElement>(':scope > [data-margin-anchor]')]
  let previous = 0
  const items = cards.map((el, order) => {
    const active = el.dataset.active === 'true'
    const span = anchorSpan(editor, el.dataset.marginAnchor ?? '')
    let y = span === null ? previous : Math.max(0, span.top - base)
    // The active passage runs on below the bar: its card waits just below the bar.
    if (active && span !== null && span.top - base < bar && span.bottom - base > bar) y = Math.max(y, bar)
    previous = y
    return { el, y, h: el.offsetHeight, order, active }
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
  // Cards pushed above the top of the margin, or under the bar while their text is below it, move
  // everything down again.
  let shift = Math.max(0, -(tops[0] ?? 0))
  items.forEach((item, i) => {
    if (item.y >= bar) shift = Math.max(shift, bar - tops[i]!)
  })
  let end = 0
  items.forEach((item, i) => {
    const top = tops[i]! + shift
    item.el.style.top = `${top}px`
    end = Math.max(end, top + item.h)
  })
  container.style.minHeight = `${end}px`
}
