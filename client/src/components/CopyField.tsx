import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  label: string
  value: string
  /** One sentence under the label (what the link is for). */
  hint?: string
  /** More actions beside "copy" (e.g. renew). */
  children?: ReactNode
}

/**
 * A read-only text field with a copy button. Copies with the Clipboard API; where that is not
 * allowed (plain http, old browsers) it selects the text so the user can press Ctrl+C.
 */
export function CopyField({ label, value, hint, children }: Props) {
  const { t } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 4000)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      input.current?.focus()
      input.current?.select()
      setState('failed')
    }
  }

  return (
    <div className="copy-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && (
        <Paragraph id={`${id}-hint`} className="hint copy-field-hint">
          {hint}
        </Paragraph>
      )}
      <div className="copy-field-row">
        <Textbox
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button appearance="secondary-action-button" onClick={copy} aria-label={t.copyLabel(label)}>
          {t.copy}
        </Button>
      </div>
      {children}
      <p className="copy-field-status" aria-live="polite">
        {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  )
}
