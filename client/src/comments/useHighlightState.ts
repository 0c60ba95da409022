import { type Editor, useEditorState } from '@tiptap/react'
import { commentHighlightsKey } from './CommentHighlights.ts'

export interface HighlightView {
  activeId: string | null
  /** Clicks on highlights so far (changes on every click, also on the same thread). */
  clicks: number
  /** The text each located range thread is anchored to, as it reads now. */
  quotes: Record<string, string>
  /** Ranges have been computed for the current threads, so a missing one means detached. */
  settled: boolean
}

/** The comment highlighter's state as React needs it, re-rendering only when it changes. */
export function useHighlightState(editor: Editor): HighlightView {
  return useEditorState({
    editor,
    selector: ({ editor: e }): HighlightView => {
      const s = commentHighlightsKey.getState(e.state)
      const quotes: Record<string, string> = {}
      for (const [id, r] of Object.entries(s?.ranges ?? {})) {
        quotes[id] = e.state.doc.textBetween(r.from, r.to, ' ', ' ')
      }
      return { activeId: s?.activeId ?? null, clicks: s?.clicks ?? 0, quotes, settled: s?.settled ?? false }
    },
  })
}
