import { type Editor, useEditorState } from '@tiptap/react'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { commentHighlightsKey } from './CommentHighlights.ts'
import { canSuggestAt } from './suggestionDraft.ts'
import '../styles/suggestions.css'

interface Props {
  editor: Editor
  /** Called with the selection when the person asks to comment on it. */
  onComment(): void
  /** Called with the selection (or caret) when the person asks to propose text there ("Voorstel doen"). */
  onSuggest?(): void
  /** In the margin beside the selection (wide screens), else just below the end of the selection. */
  inMargin: boolean
}

interface Place {
  top: number
  left: number
}

/**
 * "Reageren" for a text selection, for anyone who may comment (also in a read-only editor, where
 * text can still be selected): in the margin level with the selection on a wide screen, else just
 * below its end. It follows the editor in the tab order, and Ctrl+Alt+M (⌘⌥M) in the editor does
 * the same. It is gone once a thread on this selection was started (and stays gone after posting)
 * and when the selection is: collapsed, or focus went elsewhere than the text or these buttons.
 *
 * With `onSuggest`, "Voorstel doen" stands under it where text can be proposed (within one block),
 * and Ctrl+Alt+V does the same. In a read-only editor (a reageerder's) a caret alone shows it too:
 * a proposal to insert text there. Someone who can edit types at a caret, so there it needs the keys.
 */
export function SelectionCommentButton({ editor, onComment, onSuggest, inMargin }: Props) {
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
      const suggestable = !taken && canSuggestAt(e.state) && (text !== '' || (empty && !e.isEditable))
      return { from, to, has: text !== '', suggestable }
    },
  })
  const button = useRef<HTMLButtonElement>(null)
  const suggestButton = useRef<HTMLButtonElement>(null)
  const canSuggest = onSuggest !== undefined && selection.suggestable
  // The selection a thread was started on, and whether focus left text and button: both hide it
  // until the selection changes.
  const [dismissed, setDismissed] = useState<string | null>(null)
  const key = `${selection.from}-${selection.to}`
  const [place, setPlace] = useState<Place | null>(null)
  const visible = (selection.has || canSuggest) && dismissed !== key

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Node | null
      if (
        target &&
        (editor.view.dom.contains(target) ||
          button.current?.contains(target) ||
          suggestButton.current?.contains(target))
      )
        return
      setDismissed(`${editor.state.selection.from}-${editor.state.selection.to}`)
    }
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [editor])

  useLayoutEffect(() => {
    if (!visible) return setPlace(null)
    const container = editor.view.dom.closest('.doc-main')
    if (!container) return setPlace(null)
    try {
      const box = container.getBoundingClientRect()
      if (inMargin) {
        const start = editor.view.coordsAtPos(selection.from)
        setPlace({ top: start.top - box.top, left: 0 })
      } else {
        const end = editor.view.coordsAtPos(selection.to)
        setPlace({ top: end.bottom - box.top + 6, left: Math.max(0, Math.min(end.left - box.left, box.width - 140)) })
      }
    } catch {
      setPlace(null)
    }
  }, [editor, selection, visible, inMargin])

  const comment = () => {
    setDismissed(`${editor.state.selection.from}-${editor.state.selection.to}`)
    onComment()
  }
  const commentRef = useRef(comment)
  commentRef.current = comment
  const suggest = () => {
    if (!onSuggest) return
    setDismissed(`${editor.state.selection.from}-${editor.state.selection.to}`)
    onSuggest()
  }
  const suggestRef = useRef(suggest)
  suggestRef.current = suggest

  useEffect(() => {
    const dom = editor.view.dom
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        event.preventDefault()
        commentRef.current()
      } else if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyV') {
        event.preventDefault()
        suggestRef.current()
      }
    }
    dom.addEventListener('keydown', onKeyDown)
    return () => dom.removeEventListener('keydown', onKeyDown)
  }, [editor])

  if (!place) return null
  const style = inMargin ? { top: place.top } : { top: place.top, left: place.left }
  return (
    <>
      {selection.has && (
        <Button
          ref={button}
          appearance="primary-action-button"
          className={`selection-comment${inMargin ? ' selection-comment-margin' : ''}`}
          style={style}
          aria-keyshortcuts="Control+Alt+M"
          title={t.commentOnSelectionLabel}
          // Keep the selection: a mousedown on the button would otherwise collapse it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={comment}
        >
          {t.commentOnSelection}
        </Button>
      )}
      {canSuggest && (
        <Button
          ref={suggestButton}
          appearance="secondary-action-button"
          className={`selection-comment selection-suggest${inMargin ? ' selection-comment-margin' : ''}${selection.has ? ' selection-suggest-second' : ''}`}
          style={style}
          aria-keyshortcuts="Control+Alt+V"
          title={t.suggestOnSelectionLabel}
          onMouseDown={(e) => e.preventDefault()}
          onClick={suggest}
        >
          {t.suggestOnSelection}
        </Button>
      )}
    </>
  )
}
