import type { RelativePositionJSON } from '@regiovisie/shared/comments'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { createRangeAnchor, type RangeAnchor } from './createRangeAnchor.ts'
import type { ThreadDraft } from './ThreadDraft.ts'

export type DraftMode = 'comment' | 'suggestion'

/** The longest quote the server accepts with an anchor (the proposal's own text is read by the server). */
const MAX_QUOTE = 2000

/** A heading of the template's structure: its text is not the region's to rewrite. */
function isStructure(node: PMNode): boolean {
  return node.type.name === 'heading' && (node.attrs.opgave != null || node.attrs.section != null)
}

/**
 * Whether text can be proposed at the selection: it lies within one text block (a paragraph, a
 * cell's paragraph, a heading of the region's own) with no inline node such as a line break inside,
 * and outside the template's headings. A caret (empty selection) qualifies: an insertion. The
 * server checks the same, on its own copy of the document.
 */
export function canSuggestAt(state: EditorState): boolean {
  const { $from, $to, from, to } = state.selection
  if (!$from.sameParent($to) || !$from.parent.isTextblock || isStructure($from.parent)) return false
  let inline = false
  state.doc.nodesBetween(from, to, (node) => {
    if (node.isInline && !node.isText) inline = true
  })
  return !inline
}

/**
 * The selection as a proposal's anchor: two Yjs relative positions (equal for a caret), taken
 * through the Collaboration extension's binding, and the exact text they span (not trimmed: the
 * proposal replaces exactly this). Null where nothing can be proposed.
 */
export function createSuggestionAnchor(state: EditorState): { anchor: RangeAnchor; text: string } | null {
  if (!canSuggestAt(state)) return null
  const sync = ySyncPluginKey.getState(state)
  if (!sync?.binding) return null
  const { from, to } = state.selection
  const text = state.doc.textBetween(from, to)
  const toJSON = (pos: number) =>
    Y.relativePositionToJSON(
      absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping),
    ) as RelativePositionJSON
  return { anchor: { from: toJSON(from), to: toJSON(to), quote: text.slice(0, MAX_QUOTE) }, text }
}

/** A new thread on the current selection: a comment on it, or a proposal to change it. Null when neither fits. */
export function draftFromSelection(state: EditorState, mode: DraftMode = 'comment'): Omit<ThreadDraft, 'key'> | null {
  if (mode === 'suggestion') {
    const made = createSuggestionAnchor(state)
    return made && { anchor: made.anchor, quote: made.text, section: null, suggestion: true }
  }
  const anchor = createRangeAnchor(state)
  return anchor && { anchor, quote: anchor.quote ?? '', section: null }
}
