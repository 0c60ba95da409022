import { Button, FormLabel, Textbox } from '@utrecht/component-library-react'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

/** Asks for the admin token when the page was opened without one in the URL. */
export function AdminTokenForm({ onSubmit }: { onSubmit(token: string): void }) {
  const { t } = useI18n()
  const id = useId()
  const [token, setToken] = useState('')
  function submit(event: FormEvent) {
    event.preventDefault()
    if (token.trim()) onSubmit(token.trim())
  }
  return (
    <form className="form form-narrow" onSubmit={submit}>
      <p>{t.adminNoToken}</p>
      <div className="field">
        <FormLabel htmlFor={id}>{t.adminTokenLabel}</FormLabel>
        <Textbox
          inputRequired
          id={id}
          type="password"
          autoComplete="off"
          required
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </div>
      <Button appearance="primary-action-button" type="submit">
        {t.adminTokenSubmit}
      </Button>
    </form>
  )
}
