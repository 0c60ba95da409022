import type { EditorState } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { RangeAnchor } from './createRangeAnchor.ts'

export interface TextRange {
  from: number
  to: number
}

/**
 * Where a range anchor is in the editor's document now, or null when its text was deleted
 * (the thread is then detached) or the anchor does not belong to this document. With `point`
 * an empty range is a place on purpose (a proposal to insert there), not deleted text. Only valid
 * when the binding's mapping matches `state.doc`, i.e. not in the middle of a local edit.
 */
export function resolveRangeAnchor(state: EditorState, anchor: RangeAnchor, point = false): TextRange | null {
  const sync = ySyncPluginKey.getState(state)
  if (!sync?.binding) return null
  const toAbsolute = (json: unknown): number | null => {
    try {
      return relativePositionToAbsolutePosition(
        sync.doc,
        sync.type,
        Y.createRelativePositionFromJSON(json),
        sync.binding.mapping,
      )
    } catch {
      // A position of another document, or one the mapping does not know yet.
      return null
    }
  }
  const from = toAbsolute(anchor.from)
  const to = toAbsolute(anchor.to)
  const size = state.doc.content.size
  if (from === null || to === null || from < 0 || to > size || to < from || (to === from && !point)) return null
  return { from, to }
}
