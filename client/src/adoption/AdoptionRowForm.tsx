import {
  type AdoptionOutcome,
  type AdoptionRoute,
  type AdoptionUpdate,
  type MunicipalityAdoption,
  OUTCOMES,
  ROUTES,
} from '@regiovisie/shared/adoption'
import type { Version } from '@regiovisie/shared/versions'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { errorMessage } from '../errorMessage.ts'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { outcomeLabel, routeLabel } from './adoptionLabels.ts'

interface Props {
  row: MunicipalityAdoption
  versions: Version[]
  onSave(update: AdoptionUpdate): Promise<void>
  onCancel(): void
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** The owner's form for one municipality: every field labelled, dates as date inputs; focus starts on the first field. */
export function AdoptionRowForm({ row, versions, onSave, onCancel }: Props) {
  const { t, lang } = useI18n()
  const id = useId()
  const first = useRef<HTMLSelectElement>(null)
  const [route, setRoute] = useState<string>(row.route ?? '')
  const [sentDate, setSentDate] = useState(row.sentDate ?? '')
  const [committeeDate, setCommitteeDate] = useState(row.committeeDate ?? '')
  const [councilDate, setCouncilDate] = useState(row.councilDate ?? '')
  const [outcome, setOutcome] = useState<AdoptionOutcome>(row.outcome)
  const [amendments, setAmendments] = useState(row.amendments ?? '')
  const [note, setNote] = useState(row.note ?? '')
  const [versionId, setVersionId] = useState(row.versionId ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    first.current?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      await onSave({
        route: route === '' ? null : (route as AdoptionRoute),
        sentDate: orNull(sentDate),
        committeeDate: orNull(committeeDate),
        councilDate: orNull(councilDate),
        outcome,
        amendments: orNull(amendments),
        note: orNull(note),
        versionId: versionId === '' ? null : versionId,
      })
    } catch (err) {
      setError(errorMessage(t, err))
      setBusy(false)
    }
  }

  const field = (name: string) => `${id}-${name}`
  return (
    <form className="adoption-form" onSubmit={submit}>
      <fieldset>
        <legend>{t.adoptionEditTitle(row.name)}</legend>
        <div className="adoption-form-grid">
          <div className="field">
            <label htmlFor={field('route')}>{t.colRoute}</label>
            <select
              id={field('route')}
              ref={first}
              value={route}
              aria-describedby={field('route-hint')}
              onChange={(e) => setRoute(e.target.value)}
            >
              <option value="">{t.routeNone}</option>
              {ROUTES.map((r) => (
                <option key={r} value={r}>
                  {routeLabel(t, r)}
                </option>
              ))}
            </select>
            <p id={field('route-hint')} className="hint">
              {t.adoptionRouteHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor={field('sent')}>{t.colSentDate}</label>
            <input id={field('sent')} type="date" value={sentDate} onChange={(e) => setSentDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('committee')}>{t.colCommitteeDate}</label>
            <input
              id={field('committee')}
              type="date"
              value={committeeDate}
              onChange={(e) => setCommitteeDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={field('council')}>{t.colCouncilDate}</label>
            <input
              id={field('council')}
              type="date"
              value={councilDate}
              onChange={(e) => setCouncilDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={field('outcome')}>{t.colOutcome}</label>
            <select
              id={field('outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as AdoptionOutcome)}
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabel(lang, o)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('version')}>{t.colVersion}</label>
            <select id={field('version')} value={versionId} onChange={(e) => setVersionId(e.target.value)}>
              <option value="">{t.versionNone}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {`${v.name} (${formatDateTime(lang, v.createdAt)})`}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-wide">
            <label htmlFor={field('amendments')}>{t.colAmendments}</label>
            <textarea
              id={field('amendments')}
              rows={2}
              maxLength={10_000}
              value={amendments}
              onChange={(e) => setAmendments(e.target.value)}
            />
          </div>
          <div className="field field-wide">
            <label htmlFor={field('note')}>{t.colNote}</label>
            <textarea
              id={field('note')}
              rows={2}
              maxLength={10_000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="inline-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t.sending : t.saveEdit}
          </button>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
