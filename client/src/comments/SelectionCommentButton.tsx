import { type Editor, useEditorState } from '@tiptap/react'
import { useEffect, useLayoutEffect, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { commentHighlightsKey } from './CommentHighlights.ts'

interface Props {
  editor: Editor
  /** Called with the selection when the person asks to comment on it. */
  onComment(): void
}

interface Place {
  top: number
  left: number
}

/**
 * "Reageren" just below the end of a text selection, for anyone who may comment (also in a
 * read-only editor, where text can still be selected). It follows the editor in the tab order,
 * and Ctrl+Alt+M (⌘⌥M) in the editor does the same.
 */
export function SelectionCommentButton({ editor, onComment }: Props) {
  const { t } = useI18n()
  const selection = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { from, to, empty } = e.state.selection
      const s = commentHighlightsKey.getState(e.state)
      // Showing a thread selects its text, and a thread being written keeps its selection:
      // neither is a request to comment on that text again.
      const taken = Object.entries(s?.ranges ?? {}).some(
        ([id, r]) => (id === s?.activeId || id.startsWith('draft:')) && r.from === from && r.to === to,
      )
      const text = empty || taken ? '' : e.state.doc.textBetween(from, to, ' ', ' ').trim()
      return { to, has: text !== '' }
    },
  })
  const [place, setPlace] = useState<Place | null>(null)

  useLayoutEffect(() => {
    if (!selection.has) return setPlace(null)
    const container = editor.view.dom.closest('.doc-main')
    if (!container) return setPlace(null)
    try {
      const end = editor.view.coordsAtPos(selection.to)
      const box = container.getBoundingClientRect()
      setPlace({ top: end.bottom - box.top + 6, left: Math.max(0, Math.min(end.left - box.left, box.width - 140)) })
    } catch {
      setPlace(null)
    }
  }, [editor, selection])

  useEffect(() => {
    const dom = editor.view.dom
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        event.preventDefault()
        onComment()
      }
    }
    dom.addEventListener('keydown', onKeyDown)
    return () => dom.removeEventListener('keydown', onKeyDown)
  }, [editor, onComment])

  if (!place) return null
  return (
    <button
      type="button"
      className="selection-comment button-primary"
      style={{ top: place.top, left: place.left }}
      aria-keyshortcuts="Control+Alt+M"
      title={t.commentOnSelectionLabel}
      // Keep the selection: a mousedown on the button would otherwise collapse it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onComment}
    >
      {t.commentOnSelection}
    </button>
  )
}
