import type { Editor } from '@tiptap/react'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'

interface YSyncState {
  doc: Y.Doc
  type: Y.XmlFragment
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null
}

/**
 * Where another client's caret is in this editor: its awareness `cursor.head` (a Yjs relative
 * position, set by the caret plugin while that person's editor has focus), or null.
 */
export function caretPosition(editor: Editor, awareness: Awareness, clientId: number): number | null {
  const state = ySyncPluginKey.getState(editor.state) as YSyncState | undefined
  const remote = (awareness.getStates().get(clientId) ?? null) as { cursor?: { head?: unknown } | null } | null
  const head = remote?.cursor?.head
  if (!state?.binding || !head) return null
  try {
    return relativePositionToAbsolutePosition(
      state.doc,
      state.type,
      Y.createRelativePositionFromJSON(head),
      state.binding.mapping,
    )
  } catch {
    return null
  }
}

/** Scrolls `pos` to the middle of the window (clear of the sticky header and toolbar). */
export function scrollToPosition(editor: Editor, pos: number): void {
  const clamped = Math.max(0, Math.min(pos, editor.state.doc.content.size))
  const { node } = editor.view.domAtPos(clamped)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
}
