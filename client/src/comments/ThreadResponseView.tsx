import { RESPONSE_KINDS, type ResponseKind, type Thread } from '@regiovisie/shared/comments'
import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { responseLabel } from './responseLabel.ts'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'
import '../styles/suggestions.css'

interface Props {
  thread: Thread
  permissions: ThreadPermissions
  actions: CommentActions
}

/**
 * What the writing team did with a thread's input (overgenomen, deels, niet — with the reason —,
 * beantwoord), and for redacteuren and the projectleider a form to record or change it. An open
 * proposal is answered by accepting or rejecting it, so it gets no form until it is decided.
 */
export function ThreadResponseView({ thread, permissions, actions }: Props) {
  const { t, lang } = useI18n()
  const id = useId()
  const response = thread.response
  const [editing, setEditing] = useState(false)
  const [kind, setKind] = useState<ResponseKind>(response?.kind ?? 'beantwoord')
  const [reason, setReason] = useState(response?.reason ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  const canEdit = permissions.decide && thread.suggestion?.status !== 'open'

  useEffect(() => {
    if (editing || !refocus.current) return
    refocus.current = false
    opener.current?.focus()
  }, [editing])

  function open() {
    setKind(response?.kind ?? 'beantwoord')
    setReason(response?.reason ?? '')
    setError(null)
    setEditing(true)
  }
  function close() {
    refocus.current = true
    setEditing(false)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const why = reason.trim()
    if (kind === 'niet-overgenomen' && !why) return setError(t.suggestionReasonMissing)
    setBusy(true)
    setError(null)
    try {
      await actions.respond(thread.id, kind, why || null)
      close()
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  if (!response && !canEdit) return null
  return (
    <div className="thread-response">
      {response && (
        <p className="thread-response-text" data-kind={response.kind}>
          <span className="thread-response-title">{t.responseTitle}</span>{' '}
          <strong>{responseLabel(t, response.kind)}</strong>
          {response.reason && <> — {response.reason}</>}{' '}
          <span className="thread-response-by">
            ({t.responseBy(response.by.name, formatDateTime(lang, response.at))})
          </span>
        </p>
      )}
      {editing ? (
        <form className="comment-form thread-response-form" onSubmit={save}>
          <fieldset>
            <legend>{t.responseLegend}</legend>
            {RESPONSE_KINDS.map((k) => (
              <label key={k} className="thread-response-kind">
                <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
                {responseLabel(t, k)}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-reason`}>
            {kind === 'niet-overgenomen' ? t.responseReasonRequired : t.responseReason}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            aria-required={kind === 'niet-overgenomen' || undefined}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close()
            }}
          />
          {error && <Notice kind="error">{error}</Notice>}
          <div className="form-actions">
            <Button appearance="primary-action-button" type="submit" disabled={busy}>
              {busy ? t.sending : t.responseSave}
            </Button>
            <Button appearance="secondary-action-button" onClick={close} disabled={busy}>
              {t.cancel}
            </Button>
          </div>
        </form>
      ) : (
        canEdit && (
          <Button ref={opener} appearance="subtle-button" className="button-small" onClick={open}>
            {response ? t.responseChange : t.responseSet}
          </Button>
        )
      )}
    </div>
  )
}
