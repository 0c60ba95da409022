import { FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  id: string
  label: string
  /** As typed (dd-mm-jjjj); convert with `dutchToIso` on submit. */
  value: string
  onChange(value: string): void
  invalid?: boolean
}

/** A date as day-month-year in a text field, with the format as a hint: Dutch whatever the browser's language. */
export function DateField({ id, label, value, onChange, invalid = false }: Props) {
  const { t } = useI18n()
  return (
    <FormField className="field" invalid={invalid} label={<FormLabel htmlFor={id}>{label}</FormLabel>}>
      <Textbox
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t.datePlaceholder}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        invalid={invalid}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <FormFieldDescription id={`${id}-hint`} className="hint">
        {t.dateHint}
      </FormFieldDescription>
    </FormField>
  )
}
