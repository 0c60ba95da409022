import { Button } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { ApiError } from '../api.ts'
import { errorMessage } from '../errorMessage.ts'
import type { Dictionary } from '../i18n/nl.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from './downloadExport.ts'

interface Props {
  documentId: string
  token: string
  /** The version to export, or null for the current text. */
  versionId: string | null
  /** Accessible name of the group, e.g. "Huidige tekst exporteren". */
  label: string
  /** The formats offered, in this order; all of them when left out. */
  formats?: readonly ExportFormat[]
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'done'; filename: string }
  | { kind: 'error'; message: string }

function failure(t: Dictionary, err: unknown): string {
  if (err instanceof ApiError && err.code === 'export_failed') return t.exportFailed(err.message)
  return errorMessage(t, err)
}

/** One button per export format; the download runs with the session token, with progress and errors in words. */
export function ExportButtons({ documentId, token, versionId, label, formats = EXPORT_FORMATS }: Props) {
  const { t } = useI18n()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const host = useRef<HTMLDivElement>(null)
  const names: Record<ExportFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF', md: 'Markdown', html: 'HTML' }

  async function run(format: ExportFormat) {
    if (!host.current) return
    setState({ kind: 'busy', format })
    try {
      const filename = await downloadExport(documentId, token, format, versionId, host.current)
      setState({ kind: 'done', filename })
    } catch (err) {
      setState({ kind: 'error', message: failure(t, err) })
    }
  }

  return (
    <div className="export" ref={host}>
      <fieldset className="export-buttons">
        <legend className="visually-hidden">{label}</legend>
        {formats.map((format) => (
          <Button
            appearance="secondary-action-button"
            key={format}
            className="button-small"
            disabled={state.kind === 'busy'}
            onClick={() => void run(format)}
          >
            {names[format]}
          </Button>
        ))}
      </fieldset>
      <p className="export-status" role="status">
        {state.kind === 'busy' && t.exportBusy}
        {state.kind === 'done' && t.exportDone(state.filename)}
      </p>
      {state.kind === 'error' && (
        <p className="export-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  )
}
