import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Jeugdregio } from '@regiovisie/shared/regions'
import { TEMPLATES } from '@regiovisie/templates'
import { Button, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { type FormEvent, useId, useState } from 'react'
import { api } from '../api.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { MunicipalityEditor } from './MunicipalityEditor.tsx'
import { RegionFields } from './RegionFields.tsx'

interface Props {
  adminToken: string
  onCreated(result: CreateDocumentResponse): void
}

/** The administrator's form for a new regiovisie: title, region, member municipalities, template. */
export function CreateDocumentForm({ adminToken, onCreated }: Props) {
  const { t } = useI18n()
  const ids = { title: useId(), template: useId() }
  const [title, setTitle] = useState('')
  const [picked, setPicked] = useState('')
  const [region, setRegion] = useState('')
  const [municipalities, setMunicipalities] = useState<string[]>([])
  const [template, setTemplate] = useState('nvo-jeugd')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function pickRegion(name: string, found: Jeugdregio | undefined) {
    setPicked(name)
    if (!found) return
    setRegion(found.name)
    setMunicipalities([...found.municipalities])
    if (!title.trim()) setTitle(`Regiovisie Jeugdhulp ${found.name}`)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const result = await api.createDocument(adminToken, {
        title: title.trim(),
        template,
        ...(region.trim() ? { region: region.trim() } : {}),
        ...(municipalities.length ? { municipalities } : {}),
      })
      onCreated(result)
      setTitle('')
      setPicked('')
      setRegion('')
      setMunicipalities([])
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <div className="field">
        <FormLabel htmlFor={ids.title}>{t.fieldTitle}</FormLabel>
        <Textbox
          inputRequired
          id={ids.title}
          type="text"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <RegionFields picked={picked} region={region} onPick={pickRegion} onRegion={setRegion} />
      <MunicipalityEditor value={municipalities} onChange={setMunicipalities} />
      <div className="field">
        <FormLabel htmlFor={ids.template}>{t.fieldTemplate}</FormLabel>
        <Select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value)}>
          {Object.values(TEMPLATES).map((tpl) => (
            <SelectOption key={tpl.id} value={tpl.id}>
              {tpl.label}
            </SelectOption>
          ))}
        </Select>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <Button appearance="primary-action-button" type="submit" disabled={busy}>
        {busy ? t.creating : t.createSubmit}
      </Button>
    </form>
  )
}
