import type { Editor } from '@tiptap/react'
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react'
import { layoutMargin } from './layoutMargin.ts'

export interface MarginItem {
  key: string
  /** What the card is beside: `range:<id>`, `opgave:<n>` or `section:<heading>` (see layoutMargin). */
  anchor: string
  active: boolean
  content: ReactNode
}

/**
 * Cards in the margin, each beside the text it is about. Laid out again after every render, every
 * change of the editor (typing moves text), a scroll, a resize of the window or of any card (a reply
 * form opens).
 */
export function MarginThreads({ editor, items }: { editor: Editor; items: MarginItem[] }) {
  const container = useRef<HTMLDivElement>(null)
  const frame = useRef(0)

  const layout = () => {
    const el = container.current
    if (!el) return
    // The sticky bar over text and margin: cards keep clear of it (see layoutMargin).
    const bar = el.closest('.doc-main')?.querySelector('.doc-bar')
    layoutMargin(editor, el, bar ? bar.getBoundingClientRect().bottom : undefined)
  }
  const schedule = useRef(() => {})
  schedule.current = () => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(layout)
  }

  useLayoutEffect(layout)

  useEffect(() => {
    const run = () => schedule.current()
    editor.on('transaction', run)
    window.addEventListener('resize', run)
    // Scrolling moves the text under the sticky bar; the cards keep clear of it.
    window.addEventListener('scroll', run, { passive: true })
    const observer = new ResizeObserver(run)
    const el = container.current
    if (el) {
      observer.observe(editor.view.dom)
      for (const child of el.children) observer.observe(child)
    }
    return () => {
      editor.off('transaction', run)
      window.removeEventListener('resize', run)
      window.removeEventListener('scroll', run)
      observer.disconnect()
      cancelAnimationFrame(frame.current)
    }
  })

  return (
    <div ref={container} className="margin-threads">
      {items.map((item) => (
        <div key={item.key} className="margin-item" data-margin-anchor={item.anchor} data-active={item.active}>
          {item.content}
        </div>
      ))}
    </div>
  )
}
