import { Button, ButtonGroup } from '@utrecht/component-library-react'
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
      <Button
        ref={trigger}
        appearance="secondary-action-button"
        className={className}
        aria-label={label}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    )
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <ButtonGroup>
        <Button
          ref={yes}
          appearance="primary-action-button"
          hint="danger"
          className={className}
          disabled={busy}
          busy={busy}
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
        </Button>
        <Button
          appearance="secondary-action-button"
          className={className}
          onClick={() => {
            returnFocus.current = true
            setAsking(false)
          }}
        >
          {t.cancel}
        </Button>
      </ButtonGroup>
    </fieldset>
  )
}
