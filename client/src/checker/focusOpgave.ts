import type { Editor } from '@tiptap/react'

/**
 * Moves the cursor to the start of the heading of opgave `n`, scrolls it into view and
 * focuses the editor. Returns false when the document has no such heading.
 */
export function focusOpgave(editor: Editor, n: number): boolean {
  let target: number | null = null
  editor.state.doc.descendants((node, pos) => {
    if (target !== null) return false
    if (node.type.name === 'heading' && Number(node.attrs.opgave) === n) {
      target = pos
      return false
    }
    return node.isBlock
  })
  if (target === null) return false
  const pos: number = target
  editor
    .chain()
    .setTextSelection(pos + 1)
    .focus(undefined, { scrollIntoView: false })
    .run()
  const dom = editor.view.nodeDOM(pos)
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' })
  return true
}
