import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import { DEFAULT_RULESET, RULESETS } from '@regiovisie/shared/checker'
import type { Jeugdregio } from '@regiovisie/shared/regions'
import { Button, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiError, api } from '../api.ts'
import { rulesetName } from '../checker/rulesetName.ts'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { MunicipalityEditor } from './MunicipalityEditor.tsx'
import { RegionFields } from './RegionFields.tsx'

/** The file types the server imports (it checks again, and says so in Dutch when it refuses). */
export const IMPORT_ACCEPT = '.docx,.md,.markdown,.txt,.html,.htm'

interface Props {
  adminToken: string
  onCreated(result: CreateDocumentResponse): void
}

/**
 * The administrator's form for a regiovisie imported from a file: the file, an optional title
 * (the server falls back to the first heading or the file name), region, municipalities, rule set.
 * Posts multipart/form-data to `POST /api/documents`.
 */
export function ImportDocumentForm({ adminToken, onCreated }: Props) {
  const { t } = useI18n()
  const ids = {
    file: useId(),
    fileHint: useId(),
    fileName: useId(),
    title: useId(),
    titleHint: useId(),
    ruleset: useId(),
  }
  const fileInput = useRef<HTMLInputElement>(null)
  const [fileName, setFileName] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [picked, setPicked] = useState('')
  const [region, setRegion] = useState('')
  const [municipalities, setMunicipalities] = useState<string[]>([])
  const [ruleset, setRuleset] = useState(DEFAULT_RULESET)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function pickRegion(name: string, found: Jeugdregio | undefined) {
    setPicked(name)
    if (!found) return
    setRegion(found.name)
    setMunicipalities([...found.municipalities])
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const file = fileInput.current?.files?.[0]
    if (!file) {
      setError(t.fileRequired)
      return
    }
    const form = new FormData()
    form.append('file', file)
    if (title.trim()) form.append('title', title.trim())
    if (region.trim()) form.append('region', region.trim())
    if (municipalities.length) form.append('municipalities', JSON.stringify(municipalities))
    form.append('ruleset', ruleset)
    setBusy(true)
    setError(null)
    try {
      onCreated(await api.importDocument(adminToken, form))
      if (fileInput.current) fileInput.current.value = ''
      setFileName(null)
      setTitle('')
      setPicked('')
      setRegion('')
      setMunicipalities([])
    } catch (err) {
      // A proxy in front of the server may refuse a large body without our JSON error.
      setError(err instanceof ApiError && err.status === 413 && !err.message ? t.importTooLarge : errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <p className="hint">{t.importIntro}</p>
      <div className="field">
        {/* The browser's own file control speaks the browser's language ("Choose File", "No file
            chosen"); a button of ours with the real input hidden reads Dutch everywhere. */}
        <FormLabel htmlFor={ids.file}>{t.fieldFile}</FormLabel>
        <input
          id={ids.file}
          ref={fileInput}
          className="visually-hidden"
          tabIndex={-1}
          type="file"
          name="file"
          accept={IMPORT_ACCEPT}
          onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? null)}
        />
        <div className="file-picker">
          <Button
            appearance="secondary-action-button"
            aria-describedby={`${ids.fileName} ${ids.fileHint}`}
            onClick={() => fileInput.current?.click()}
          >
            {t.fileChoose}
          </Button>
          <span id={ids.fileName} className={fileName ? 'file-name' : 'file-name muted'}>
            {fileName ?? t.fileNone}
          </span>
        </div>
        <p id={ids.fileHint} className="hint">
          {t.fieldFileHint}
        </p>
      </div>
      <div className="field">
        <FormLabel htmlFor={ids.title}>{t.fieldTitleOptional}</FormLabel>
        <Textbox
          id={ids.title}
          type="text"
          maxLength={200}
          value={title}
          aria-describedby={ids.titleHint}
          onChange={(e) => setTitle(e.target.value)}
        />
        <p id={ids.titleHint} className="hint">
          {t.fieldTitleOptionalHint}
        </p>
      </div>
      <RegionFields picked={picked} region={region} onPick={pickRegion} onRegion={setRegion} />
      <MunicipalityEditor value={municipalities} onChange={setMunicipalities} />
      <div className="field">
        <FormLabel htmlFor={ids.ruleset}>{t.fieldRuleset}</FormLabel>
        <Select id={ids.ruleset} value={ruleset} onChange={(e) => setRuleset(e.target.value)}>
          {Object.keys(RULESETS).map((key) => {
            const { name, draft } = rulesetName(key)
            return (
              <SelectOption key={key} value={key}>
                {draft ? `${name} (${t.rulesetDraft})` : name}
              </SelectOption>
            )
          })}
        </Select>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <Button appearance="primary-action-button" type="submit" disabled={busy}>
        {busy ? t.importing : t.importSubmit}
      </Button>
    </form>
  )
}
