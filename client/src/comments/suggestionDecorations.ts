import { Decoration } from '@tiptap/pm/view'
import type { TextRange } from './resolveRangeAnchor.ts'

/** What the text shows of an open proposal. */
export interface SuggestionMark {
  /** The proposed text (empty: the range is to be deleted). */
  text: string
  /** The proposer's colour (a dark palette colour, readable on white). */
  color: string
}

/**
 * An open proposal in the text, as decorations only (never document content, so nothing of it is
 * stored or sent): the range it replaces as `<del>`, struck through in the proposer's colour, and
 * the proposed text right after it as `<ins>`, underlined in that colour. Both carry the thread's
 * id, so a click on either opens its thread.
 */
export function suggestionDecorations(
  id: string,
  range: TextRange,
  mark: SuggestionMark,
  active: boolean,
): Decoration[] {
  const style = `--suggestion-color: ${mark.color}`
  const decorations: Decoration[] = []
  if (range.to > range.from) {
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        {
          nodeName: 'del',
          class: active ? 'suggestion-old suggestion-active' : 'suggestion-old',
          style,
          'data-thread-id': id,
        },
        { threadId: id },
      ),
    )
  }
  if (mark.text) {
    decorations.push(
      Decoration.widget(
        range.to,
        () => {
          const ins = document.createElement('ins')
          ins.className = active ? 'suggestion-new suggestion-active' : 'suggestion-new'
          ins.dataset.threadId = id
          ins.setAttribute('style', style)
          ins.textContent = mark.text
          return ins
        },
        // A key per look: the widget's DOM is kept while nothing about it changes.
        {
          side: 1,
          marks: [],
          ignoreSelection: true,
          key: `suggestion:${id}:${active}:${mark.color}:${mark.text}`,
          threadId: id,
        },
      ),
    )
  }
  return decorations
}

/** Where a proposal to insert text is being written: a caret-like mark at that place. */
export function draftPointDecoration(pos: number): Decoration {
  return Decoration.widget(
    pos,
    () => {
      const mark = document.createElement('span')
      mark.className = 'suggestion-draft-point'
      return mark
    },
    { side: -1, marks: [], ignoreSelection: true, key: 'suggestion-draft-point' },
  )
}
