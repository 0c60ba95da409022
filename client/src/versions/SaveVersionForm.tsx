import { Button, Textarea, Textbox } from '@utrecht/component-library-react'
import { type FormEvent, useId, useState } from 'react'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'

/** Limits of POST /versions; the server enforces them too. */
const MAX_NAME = 200
const MAX_NOTE = 2000

/** Name and note of a new version; cleared once the server has saved it. */
export function SaveVersionForm({ onSave }: { onSave(name: string, note: string): Promise<void> }) {
  const { t } = useI18n()
  const id = useId()
  const [name, setName] = useState('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setError(t.versionNameRequired)
      return
    }
    setBusy(true)
    try {
      await onSave(name.trim(), note.trim())
      setName('')
      setNote('')
      setError(null)
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form version-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t.versionName}</label>
        <Textbox
          inputRequired
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME}
          required
          aria-describedby={`${id}-name-hint`}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          {t.versionNameHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.versionNote}</label>
        <Textarea
          id={`${id}-note`}
          value={note}
          maxLength={MAX_NOTE}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {busy ? t.sending : t.versionSave}
        </Button>
      </div>
    </form>
  )
}
