import { RULESETS } from '@regiovisie/shared/checker'
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { rulesetName } from './rulesetName.ts'

interface Props {
  documentId: string
  token: string
  ruleset: string
  /** Only the owner may switch (`can(role, 'ruleset.change')`); others see the name. */
  canChange: boolean
  onChanged(ruleset: string): void
}

/** The document's rule set: its name for everyone, a select for the owner that saves at once. */
export function RulesetControl({ documentId, token, ruleset, canChange, onChanged }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const current = rulesetName(ruleset)
  const draft = current.draft && <span className="badge badge-concept">{t.rulesetDraft}</span>

  async function change(next: string) {
    setBusy(true)
    setError(null)
    try {
      const doc = await api.updateDocument(documentId, token, { ruleset: next })
      onChanged(doc.ruleset ?? next)
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  if (!canChange) {
    return (
      <p className="ruleset">
        {t.rulesetLabel}: <span lang="nl">{current.name}</span> {draft}
      </p>
    )
  }
  return (
    <div className="ruleset field">
      <FormLabel htmlFor={id}>{t.rulesetLabel}</FormLabel>
      <div className="inline-row">
        <Select id={id} value={ruleset} busy={busy} disabled={busy} onChange={(e) => void change(e.target.value)}>
          {Object.keys(RULESETS).map((key) => {
            const { name, draft } = rulesetName(key)
            return (
              <SelectOption key={key} value={key}>
                {draft ? `${name} (${t.rulesetDraft})` : name}
              </SelectOption>
            )
          })}
        </Select>
        {draft}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  )
}
