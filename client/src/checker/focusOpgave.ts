import type { Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/react'

interface Section {
  /** Position of the opgave's heading. */
  heading: number
  /** Position just after the heading and its guidance: where the writing starts. */
  bodyStart: number
  /** Position of the first textblock of the region's own text in the section, if any. */
  firstLine: number | null
}

/** Where opgave `n`'s section is in `doc`: its heading, where its writing starts, its first writing line. */
export function findOpgaveSection(doc: PMNode, n: number): Section | null {
  let heading: number | null = null
  let level = 0
  let bodyStart = 0
  let firstLine: number | null = null
  let pos = 0
  for (let i = 0; i < doc.childCount; i++) {
    const node = doc.child(i)
    const at = pos
    pos += node.nodeSize
    if (heading === null) {
      if (node.type.name === 'heading' && Number(node.attrs.opgave) === n) {
        heading = at
        level = Number(node.attrs.level)
        bodyStart = pos
      }
      continue
    }
    // The section ends at the next heading of the same or a higher level.
    if (node.type.name === 'heading' && Number(node.attrs.level) <= level) break
    if (node.type.name === 'guidance') {
      if (firstLine === null) bodyStart = pos
      continue
    }
    if (firstLine !== null) continue
    if (node.isTextblock) firstLine = at
    else {
      // A list, table or quote: its first textblock.
      node.descendants((child, offset) => {
        if (firstLine !== null) return false
        if (child.isTextblock) firstLine = at + 1 + offset
        return firstLine === null
      })
    }
  }
  return heading === null ? null : { heading, bodyStart, firstLine }
}

/** The bottom edge of what sticks to the top of the window (the header and the editor's bar with the toolbar). */
function stickyBottom(): number {
  let bottom = 0
  for (const el of document.querySelectorAll<HTMLElement>('.doc-header, .doc-main .doc-bar')) {
    const style = getComputedStyle(el)
    if (style.position === 'sticky' || style.position === 'fixed')
      bottom = Math.max(bottom, el.getBoundingClientRect().bottom)
  }
  return bottom
}

/**
 * Scrolls the window so that `element` starts just below the sticky header and toolbar, or
 * (with `keepVisible`) only as far as needed for `line` to be clear of them.
 */
export function scrollClear(element: Element, line?: Element): void {
  const margin = 12
  const top = element.getBoundingClientRect().top
  const clearOf = stickyBottom() + margin
  const target = line ?? element
  const lineBox = target.getBoundingClientRect()
  // Put the heading just below the toolbar, unless that would push the writing line out at the bottom.
  let delta = top - clearOf
  const lineBottom = lineBox.bottom - delta
  if (lineBottom > window.innerHeight - margin) delta += lineBottom - (window.innerHeight - margin)
  if (lineBox.top - delta < clearOf) delta = lineBox.top - clearOf
  window.scrollBy({ top: delta, behavior: 'instant' })
}

/**
 * Puts the caret at the start of the first writing line of opgave `n` (under its heading and
 * guidance, never in the heading), focuses the editor and scrolls the section's heading to just
 * under the sticky toolbar, with the caret's line in view. A section without a writing line gets an
 * empty paragraph (only when the editor is editable). A read-only editor is only scrolled.
 * Returns false when the document has no such opgave.
 */
export function focusOpgave(editor: Editor, n: number): boolean {
  let section = findOpgaveSection(editor.state.doc, n)
  if (!section) return false
  if (editor.isEditable) {
    if (section.firstLine === null) {
      const paragraph = editor.schema.nodes.paragraph
      if (paragraph) editor.view.dispatch(editor.state.tr.insert(section.bodyStart, paragraph.create()))
      section = findOpgaveSection(editor.state.doc, n) ?? section
    }
    if (section.firstLine !== null) {
      const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, section.firstLine + 1))
      editor.view.dispatch(tr)
    }
    editor.view.focus()
  }
  const heading = editor.view.nodeDOM(section.heading)
  const line = section.firstLine === null ? null : editor.view.nodeDOM(section.firstLine)
  if (heading instanceof Element) scrollClear(heading, line instanceof Element ? line : undefined)
  return true
}
