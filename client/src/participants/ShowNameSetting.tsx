import { isPrivateGroup } from '@regiovisie/shared/groups'
import { Checkbox, FormLabel } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import '../styles/suggestions.css'

interface Props {
  group: string | null
  checked: boolean
  onChange(showName: boolean): void
  disabled?: boolean
}

/**
 * "Mijn naam mag bij mijn reacties staan": asked of jongeren and ouders only (off by default); for
 * anyone else it renders nothing. Off, people outside the writing team see them as their group.
 */
export function ShowNameField({ group, checked, onChange, disabled }: Props) {
  const { t } = useI18n()
  const id = useId()
  if (!isPrivateGroup(group)) return null
  return (
    <div className="field field-checkbox">
      <p className="show-name">
        <Checkbox
          appearance="custom"
          id={id}
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <FormLabel htmlFor={id}>{t.showNameLabel}</FormLabel>
      </p>
      <p id={`${id}-hint`} className="hint">
        {t.showNameHint}
      </p>
    </div>
  )
}

/** The same choice later, stored on the server at once (the "Mijn link" dialog). */
export function ShowNameSetting({
  documentId,
  token,
  group,
  initial,
}: {
  documentId: string
  token: string
  group: string | null
  initial: boolean
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  if (!isPrivateGroup(group)) return null

  async function change(next: boolean) {
    setBusy(true)
    setStatus(null)
    try {
      const { showName } = await api.setShowName(documentId, token, next)
      setValue(showName)
      setStatus({ kind: 'info', text: t.showNameSaved })
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="show-name-setting">
      <ShowNameField group={group} checked={value} disabled={busy} onChange={change} />
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </div>
  )
}
