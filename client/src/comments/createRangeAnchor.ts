import type { Anchor, RelativePositionJSON } from '@regiovisie/shared/comments'
import type { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** An anchor on a text range: two Yjs relative positions that follow the text as people edit. */
export type RangeAnchor = Extract<Anchor, { from: unknown }>

/** The longest quote the server accepts with an anchor. */
const MAX_QUOTE = 2000

/**
 * The current selection as a range anchor, or null when nothing (or only whitespace) is selected
 * or the editor is not bound to Yjs yet. Positions are taken through the Collaboration
 * extension's own binding (the same @tiptap/y-tiptap copy), so they match the server's.
 */
export function createRangeAnchor(state: EditorState): RangeAnchor | null {
  const { from, to, empty } = state.selection
  if (empty) return null
  const sync = ySyncPluginKey.getState(state)
  if (!sync?.binding) return null
  const quote = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim()
  if (!quote) return null
  const toJSON = (pos: number) =>
    Y.relativePositionToJSON(
      absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping),
    ) as RelativePositionJSON
  return { from: toJSON(from), to: toJSON(to), quote: quote.slice(0, MAX_QUOTE) }
}
