import { MAX_SUGGESTION_LENGTH, type Thread } from '@regiovisie/shared/comments'
import { Button } from '@utrecht/component-library-react'
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import type { ThreadDraft } from './ThreadDraft.ts'
import type { CommentActions } from './useCommentActions.ts'
import '../styles/suggestions.css'

interface Props {
  draft: ThreadDraft
  actions: CommentActions
  onCreated(thread: Thread): void
  onCancel(): void
}

/**
 * A new proposal: the text it would replace (or that it inserts at a place), the proposed text
 * (starting as the selected text, so the writer edits it; empty proposes deleting), and an
 * optional explanation. Ctrl+Enter posts, Escape cancels. The server checks everything again.
 */
export function SuggestionForm({ draft, actions, onCreated, onCancel }: Props) {
  const { t } = useI18n()
  const id = useId()
  const insertion = draft.quote === ''
  const original = draft.quote ?? ''
  const [text, setText] = useState(original)
  const [why, setWhy] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const tooLong = text.length > MAX_SUGGESTION_LENGTH

  // Focus after layout, as in CommentForm: in the margin the form is placed beside its text only then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form opens.
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [])

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (busy) return
    const proposed = text.replace(/[\r\n\t]+/g, ' ')
    if (insertion && !proposed.trim()) return setError(t.suggestionEmptyInsertion)
    if (proposed === original) return setError(t.suggestionUnchanged)
    if (tooLong) return setError(t.suggestionTooLong(MAX_SUGGESTION_LENGTH))
    setBusy(true)
    setError(null)
    try {
      onCreated(await actions.propose(draft.anchor, proposed, why.trim() || null))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit()
    else if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <section className="new-thread new-suggestion" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.newSuggestionTitle}</h3>
      {insertion ? (
        <p className="new-thread-target">{t.suggestionInsertHere}</p>
      ) : (
        <>
          <p className="new-thread-target">{t.suggestionReplaceLabel}</p>
          <blockquote className="thread-quote">{original}</blockquote>
        </>
      )}
      <form className="comment-form" onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{insertion ? t.suggestionInsertText : t.suggestionNewText}</label>
        <textarea
          id={`${id}-text`}
          ref={field}
          rows={3}
          value={text}
          aria-invalid={tooLong || undefined}
          aria-describedby={insertion ? undefined : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {!insertion && (
          <p id={`${id}-hint`} className="hint">
            {t.suggestionNewTextHint}
          </p>
        )}
        <label htmlFor={`${id}-why`}>{t.suggestionWhy}</label>
        <textarea
          id={`${id}-why`}
          rows={2}
          value={why}
          onChange={(e) => setWhy(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {error && <Notice kind="error">{error}</Notice>}
        <div className="form-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {busy ? t.sending : t.submitSuggestion}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </section>
  )
}
