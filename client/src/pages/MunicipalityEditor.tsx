import { Button, FormLabel, Textarea } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  value: string[]
  onChange(next: string[]): void
}

/** Splits pasted text on commas, semicolons and new lines; trims and drops empties. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function merge(list: string[], added: string[]): string[] {
  const seen = new Set(list.map((n) => n.toLocaleLowerCase('nl')))
  const next = [...list]
  for (const name of added) {
    const key = name.toLocaleLowerCase('nl')
    if (!seen.has(key)) {
      seen.add(key)
      next.push(name)
    }
  }
  return next
}

/** An editable list of member municipalities: add one by one or paste a whole list, remove each. */
export function MunicipalityEditor({ value, onChange }: Props) {
  const { t } = useI18n()
  const inputId = useId()
  const hintId = useId()
  const [draft, setDraft] = useState('')

  function add() {
    const names = splitNames(draft)
    if (names.length) onChange(merge(value, names))
    setDraft('')
  }

  return (
    <fieldset className="municipalities">
      <legend>{t.fieldMunicipalities}</legend>
      {value.length === 0 ? (
        <p className="muted">{t.municipalitiesNone}</p>
      ) : (
        <ul className="chips">
          {value.map((name) => (
            <li key={name} className="chip">
              <span>{name}</span>
              <Button
                appearance="subtle-button"
                className="chip-remove"
                aria-label={t.municipalityRemove(name)}
                onClick={() => onChange(value.filter((n) => n !== name))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormLabel htmlFor={inputId}>{t.municipalityNew}</FormLabel>
      <div className="inline-row">
        <Textarea
          id={inputId}
          rows={1}
          value={draft}
          aria-describedby={hintId}
          onChange={(e) => setDraft(e.target.value)}
          onPaste={(e) => {
            const text = e.clipboardData.getData('text')
            if (!/[,;\n]/.test(text)) return
            e.preventDefault()
            onChange(merge(value, splitNames(text)))
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault()
              add()
            }
          }}
        />
        <Button appearance="secondary-action-button" onClick={add}>
          {t.municipalityAdd}
        </Button>
      </div>
      <p id={hintId} className="hint">
        {t.municipalitiesHint}
      </p>
    </fieldset>
  )
}
