import { DOCUMENT_THEMES, type DocumentTheme, isDocumentTheme } from '@regiovisie/shared/api'
import { FormField, FormFieldDescription, FormLabel, Select, SelectOption } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { themeLabel } from './themes.ts'

interface Props {
  documentId: string
  token: string
  theme: DocumentTheme
  /** Called with the theme the server stored, so the page can wear it at once. */
  onChanged(theme: DocumentTheme): void
}

/** The owner's choice of the document's house style: the neutral theme or a municipality's NL Design System tokens. */
export function ThemePicker({ documentId, token, theme, onChanged }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function pick(next: string) {
    if (!isDocumentTheme(next) || next === theme) return
    setSaving(true)
    setError(null)
    setSaved('')
    try {
      const doc = await api.updateDocument(documentId, token, { theme: next })
      onChanged(doc.theme)
      setSaved(t.themeSaved(themeLabel(t, doc.theme)))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <FormField
      className="theme-picker"
      label={<FormLabel htmlFor={id}>{t.themeLabel}</FormLabel>}
      description={<FormFieldDescription id={`${id}-help`}>{t.themeHelp}</FormFieldDescription>}
      input={
        <Select
          id={id}
          value={theme}
          disabled={saving}
          busy={saving}
          aria-describedby={`${id}-help`}
          onChange={(e) => void pick(e.currentTarget.value)}
        >
          {DOCUMENT_THEMES.map((option) => (
            <SelectOption key={option} value={option}>
              {themeLabel(t, option)}
            </SelectOption>
          ))}
        </Select>
      }
    >
      <p className="theme-picker-status" role="status">
        {saved}
      </p>
      {error && <Notice kind="error">{error}</Notice>}
    </FormField>
  )
}
