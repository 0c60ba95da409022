import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  /** Text of the button. */
  children: string
  /** Accessible name of the button when the visible text is not specific enough. */
  label?: string
  question: string
  confirmLabel: string
  onConfirm(): void | Promise<void>
  className?: string
}

/**
 * A destructive action asked twice, in place: the button turns into the question with
 * "yes" and "cancel" (focus moves to "yes", and back to the button on cancel). No native
 * `confirm()`: it blocks the page and cannot be styled or translated.
 */
export function ConfirmButton({ children, label, question, confirmLabel, onConfirm, className }: Props) {
  const { t } = useI18n()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const yes = useRef<HTMLButtonElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (asking) yes.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      trigger.current?.focus()
    }
  }, [asking])

  if (!asking) {
    return (
      <button ref={trigger} type="button" className={className} aria-label={label} onClick={() => setAsking(true)}>
        {children}
      </button>
    )
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <button
        ref={yes}
        type="button"
        className="button-danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await onConfirm()
          } finally {
            setBusy(false)
            setAsking(false)
          }
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        onClick={() => {
          returnFocus.current = true
          setAsking(false)
        }}
      >
        {t.cancel}
      </button>
    </fieldset>
  )
}
