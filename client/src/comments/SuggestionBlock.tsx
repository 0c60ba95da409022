import type { Suggestion, Thread } from '@regiovisie/shared/comments'
import { Button } from '@utrecht/component-library-react'
import { type CSSProperties, type FormEvent, useId, useState } from 'react'
import { ApiError } from '../api.ts'
import { userColor } from '../collab/userColor.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import type { Dictionary } from '../i18n/nl.ts'
import { useI18n } from '../i18n/useI18n.ts'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'
import '../styles/suggestions.css'

interface Props {
  thread: Thread
  suggestion: Suggestion
  /** The range's text in the editor now (null when the editor cannot find it): fresher than the server's last reading. */
  liveText: string | null
  /** The range is gone from the editor's text. */
  detached: boolean
  permissions: ThreadPermissions
  actions: CommentActions
}

/** What a proposal does, as one sentence for screen readers ("Voorstel van X: vervang ‘a’ door ‘b’"). */
export function suggestionSummary(t: Dictionary, s: Suggestion): string {
  const name = s.proposer.name
  if (s.original === '') return t.suggestionInsertSummary(name, s.text)
  if (s.text === '') return t.suggestionDeleteSummary(name, s.original)
  return t.suggestionReplaceSummary(name, s.original, s.text)
}

function decision(t: Dictionary, s: Suggestion): string | null {
  switch (s.status) {
    case 'accepted':
      return t.suggestionAccepted(s.decidedBy?.name ?? t.someoneElse)
    case 'rejected':
      return t.suggestionRejected(s.decidedBy?.name ?? t.someoneElse)
    case 'withdrawn':
      return t.suggestionWithdrawn
    default:
      return null
  }
}

/**
 * A proposal in its thread's card: who proposes what (struck-through old text, underlined new text
 * in the proposer's colour, and the same as one sentence for screen readers), how it was decided,
 * and, while it is open, Accepteren / Afwijzen (with a reason) / Intrekken for whoever may. A stale
 * proposal (its text was edited since) shows the old, the proposed and the current text side by
 * side; it can be rejected but not accepted.
 */
export function SuggestionBlock({ thread, suggestion, liveText, detached, permissions, actions }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Edits do not refetch threads: whether the text still reads as it did is known here first.
  const current = detached ? null : (liveText ?? suggestion.current)
  const s: Suggestion =
    suggestion.status === 'open' && (detached || liveText !== null)
      ? { ...suggestion, current, stale: current !== suggestion.original }
      : suggestion
  const open = s.status === 'open'
  const name = s.proposer.name
  const style = { '--suggestion-color': userColor(thread.createdBy) } as CSSProperties
  const decided = decision(t, s)

  async function run(call: () => Promise<void>) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await call()
      setRejecting(false)
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'suggestion_stale' ? t.suggestionStaleError : errorMessage(t, err),
      )
    } finally {
      setBusy(false)
    }
  }

  function reject(event: FormEvent) {
    event.preventDefault()
    const why = reason.trim()
    if (!why) return setError(t.suggestionReasonMissing)
    void run(() => actions.reject(thread.id, why))
  }

  const text = (value: string) => (value === '' ? t.suggestionNothing : value)

  return (
    <div className="suggestion" data-status={s.status} data-stale={s.stale} style={style}>
      <p className="suggestion-change">
        <span className="visually-hidden">{suggestionSummary(t, s)}</span>
        <span aria-hidden="true">
          <span className="suggestion-by">{t.suggestionBy(name)}</span>{' '}
          {s.original !== '' && <del className="suggestion-old">{s.original}</del>}
          {s.original !== '' && s.text !== '' && ' '}
          {s.text !== '' && <ins className="suggestion-new">{s.text}</ins>}
        </span>
      </p>
      {decided && <p className="suggestion-decided">{decided}</p>}
      {open && s.stale && (
        <div className="suggestion-stale">
          <p>{t.suggestionStale}</p>
          <dl>
            <dt>{t.suggestionOld}</dt>
            <dd>{text(s.original)}</dd>
            <dt>{t.suggestionProposed}</dt>
            <dd>{text(s.text)}</dd>
            <dt>{t.suggestionCurrent}</dt>
            <dd>{s.current === null ? t.suggestionGone : text(s.current)}</dd>
          </dl>
        </div>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {open && rejecting && (
        <form className="comment-form" onSubmit={reject}>
          <label htmlFor={`${id}-reason`}>{t.suggestionRejectReason}</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            // biome-ignore lint/a11y/noAutofocus: the reason field opens because the writer asked to reject.
            autoFocus
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRejecting(false)
            }}
          />
          <div className="form-actions">
            <Button appearance="primary-action-button" type="submit" disabled={busy}>
              {busy ? t.sending : t.suggestionReject}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setRejecting(false)} disabled={busy}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
      {open && !rejecting && (permissions.accept || permissions.decide || permissions.mayWithdraw(thread)) && (
        <div className="thread-actions suggestion-actions">
          {permissions.accept && !s.stale && (
            <Button
              appearance="primary-action-button"
              className="button-small"
              aria-label={t.suggestionAcceptLabel(name)}
              disabled={busy}
              onClick={() => run(() => actions.accept(thread.id))}
            >
              {t.suggestionAccept}
            </Button>
          )}
          {permissions.decide && (
            <Button
              appearance="secondary-action-button"
              className="button-small"
              aria-label={t.suggestionRejectLabel(name)}
              disabled={busy}
              onClick={() => {
                setError(null)
                setRejecting(true)
              }}
            >
              {t.suggestionReject}
            </Button>
          )}
          {permissions.mayWithdraw(thread) && (
            <Button
              appearance="secondary-action-button"
              className="button-small"
              aria-label={t.suggestionWithdrawLabel}
              disabled={busy}
              onClick={() => run(() => actions.withdraw(thread.id))}
            >
              {t.suggestionWithdraw}
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
