import type { Thread } from '@regiovisie/shared/comments'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Editor } from '@tiptap/react'
import { commentHighlightsKey } from './CommentHighlights.ts'

/** Position of the heading a thread belongs to: its opgave, else the section heading of that name. */
function sectionHeading(doc: PMNode, thread: Thread): number | null {
  let found: number | null = null
  doc.forEach((node, pos) => {
    if (found !== null || node.type.name !== 'heading') return
    const match =
      thread.opgave !== null ? Number(node.attrs.opgave) === thread.opgave : node.textContent === thread.section
    if (match) found = pos
  })
  return found
}

function scrollTo(editor: Editor, pos: number): void {
  const { node } = editor.view.domAtPos(pos)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
}

/**
 * Shows a thread in the text: marks it active, selects its text and scrolls there; a section
 * thread or one whose text was deleted scrolls to its section heading. Focus stays where it is,
 * so a keyboard user can go on reading the threads.
 */
export function revealThread(editor: Editor, thread: Thread): void {
  const range = commentHighlightsKey.getState(editor.state)?.ranges[thread.id]
  if (range) {
    editor.chain().setActiveThread(thread.id).setTextSelection(range).run()
    scrollTo(editor, range.from)
    return
  }
  editor.commands.setActiveThread(thread.id)
  const heading = sectionHeading(editor.state.doc, thread)
  if (heading !== null) {
    const dom = editor.view.nodeDOM(heading)
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }
}
