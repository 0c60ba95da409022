import type { Version } from '@regiovisie/shared/versions'
import { Button, Select, SelectOption } from '@utrecht/component-library-react'
import { type FormEvent, useId, useState } from 'react'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'

/** What a version is compared with: another version, or the current text. */
export const NOW = 'now'

/** Two choices (a version; a version or "nu") and a button that asks for their diff. */
export function CompareForm({
  versions,
  onCompare,
}: {
  /** Newest first; not empty. */
  versions: Version[]
  onCompare(fromId: string, toId: string | null): void
}) {
  const { t, lang } = useI18n()
  // Names may repeat; the date tells versions apart.
  const optionText = (v: Version) => `${v.name} (${formatDateTime(lang, v.createdAt)})`
  const id = useId()
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string>(NOW)
  // Versions come and go while the dialog is open: fall back to the newest one and to "nu".
  const fromId = versions.some((v) => v.id === from) ? (from as string) : (versions[0]?.id ?? '')
  const toId = to === NOW || versions.some((v) => v.id === to) ? to : NOW

  function submit(event: FormEvent) {
    event.preventDefault()
    if (fromId) onCompare(fromId, toId === NOW ? null : toId)
  }

  return (
    <form className="compare-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t.compareFrom}</label>
        <Select id={`${id}-from`} value={fromId} onChange={(e) => setFrom(e.target.value)}>
          {versions.map((v) => (
            <SelectOption key={v.id} value={v.id}>
              {optionText(v)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t.compareTo}</label>
        <Select id={`${id}-to`} value={toId} onChange={(e) => setTo(e.target.value)}>
          <SelectOption value={NOW}>{t.compareNow}</SelectOption>
          {versions.map((v) => (
            <SelectOption key={v.id} value={v.id}>
              {optionText(v)}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div>
        <Button appearance="secondary-action-button" type="submit">
          {t.compareSubmit}
        </Button>
      </div>
    </form>
  )
}
