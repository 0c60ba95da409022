import { MAX_COMMENT_LENGTH } from '@regiovisie/shared/comments'
import { Button } from '@utrecht/component-library-react'
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  label: string
  submitLabel: string
  initial?: string
  autoFocus?: boolean
  /** Resolves when the server accepted the text; a rejection is shown with the server's message. */
  onSubmit(body: string): Promise<void>
  onCancel?(): void
}

/** Show the character count once a comment gets this close to the limit. */
const COUNT_FROM = MAX_COMMENT_LENGTH - 1000

/**
 * A plain-text comment field with submit (also Ctrl+Enter) and cancel (also Escape). Checks
 * emptiness and the 10,000-character limit before sending; the server checks them again.
 */
export function CommentForm({ label, submitLabel, initial = '', autoFocus, onSubmit, onCancel }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [text, setText] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const tooLong = text.length > MAX_COMMENT_LENGTH
  const field = useRef<HTMLTextAreaElement>(null)
  // The form opens because the user asked to write. Focus after layout, not at mount (the
  // `autoFocus` attribute): in the margin the form is placed beside its text only then, and
  // focusing it earlier would scroll the page to where it stood for a moment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form opens.
  useEffect(() => {
    if (autoFocus) field.current?.focus()
  }, [])

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (busy) return
    if (!text.trim()) return setError(t.commentEmpty)
    if (tooLong) return setError(t.commentTooLong(MAX_COMMENT_LENGTH))
    setBusy(true)
    setError(null)
    try {
      await onSubmit(text)
      setText('')
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit()
    else if (event.key === 'Escape' && onCancel) {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        ref={field}
        aria-invalid={tooLong || undefined}
        aria-describedby={text.length >= COUNT_FROM ? `${id}-count` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {text.length >= COUNT_FROM && (
        <p id={`${id}-count`} className={tooLong ? 'char-count char-count-over' : 'char-count'}>
          {t.charCount(text.length, MAX_COMMENT_LENGTH)}
        </p>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="form-actions">
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {busy ? t.sending : submitLabel}
        </Button>
        {onCancel && (
          <Button appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
        )}
      </div>
    </form>
  )
}
