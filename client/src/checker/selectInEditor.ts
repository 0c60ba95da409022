import type { Editor } from '@tiptap/react'
import type { TextRange } from './evidenceRange.ts'

/**
 * Selects `range` in the editor and scrolls it to the middle of the view. An editable editor gets
 * the focus, so typing continues there. A read-only editor cannot take the focus
 * (contenteditable is off), so the DOM selection is set by hand: the text is still highlighted and
 * can be copied, and focus stays on the button that was pressed.
 */
export function selectInEditor(editor: Editor, { from, to }: TextRange): void {
  if (editor.isEditable) {
    editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run()
  } else {
    editor.commands.setTextSelection({ from, to })
    const start = editor.view.domAtPos(from)
    const end = editor.view.domAtPos(to)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }
  // ProseMirror's scrollIntoView stops at the edge, under the sticky header; centre it instead.
  const node = editor.view.domAtPos(from).node
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
}
