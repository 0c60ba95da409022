import {
  type AdoptionOutcome,
  type AdoptionRoute,
  type AdoptionUpdate,
  type MunicipalityAdoption,
  OUTCOMES,
  ROUTES,
} from '@regiovisie/shared/adoption'
import type { Version } from '@regiovisie/shared/versions'
import { Button, FormLabel, Select, SelectOption, Textarea } from '@utrecht/component-library-react'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { DateField } from '../components/DateField.tsx'
import { dutchToIso, isoToDutch } from '../components/dutchDate.ts'
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

/** The owner's form for one municipality: every field labelled, dates typed day-month-year (Dutch whatever the browser's language); focus starts on the first field. */
export function AdoptionRowForm({ row, versions, onSave, onCancel }: Props) {
  const { t, lang } = useI18n()
  const id = useId()
  const first = useRef<HTMLSelectElement>(null)
  const [route, setRoute] = useState<string>(row.route ?? '')
  const [sentDate, setSentDate] = useState(isoToDutch(row.sentDate ?? ''))
  const [committeeDate, setCommitteeDate] = useState(isoToDutch(row.committeeDate ?? ''))
  const [councilDate, setCouncilDate] = useState(isoToDutch(row.councilDate ?? ''))
  const [invalidDates, setInvalidDates] = useState<string[]>([])
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
    const dates = { sent: dutchToIso(sentDate), committee: dutchToIso(committeeDate), council: dutchToIso(councilDate) }
    const labels = { sent: t.colSentDate, committee: t.colCommitteeDate, council: t.colCouncilDate }
    const invalid = (Object.keys(dates) as Array<keyof typeof dates>).filter((k) => dates[k] === undefined)
    setInvalidDates(invalid)
    if (invalid.length > 0) {
      setError(invalid.map((k) => t.dateInvalid(labels[k])).join(' '))
      document.getElementById(field(invalid[0] as string))?.focus()
      return
    }
    setError(null)
    setBusy(true)
    try {
      await onSave({
        route: route === '' ? null : (route as AdoptionRoute),
        sentDate: dates.sent ?? null,
        committeeDate: dates.committee ?? null,
        councilDate: dates.council ?? null,
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
            <FormLabel htmlFor={field('route')}>{t.colRoute}</FormLabel>
            <Select
              id={field('route')}
              ref={first}
              value={route}
              aria-describedby={field('route-hint')}
              onChange={(e) => setRoute(e.target.value)}
            >
              <SelectOption value="">{t.routeNone}</SelectOption>
              {ROUTES.map((r) => (
                <SelectOption key={r} value={r}>
                  {routeLabel(t, r)}
                </SelectOption>
              ))}
            </Select>
            <p id={field('route-hint')} className="hint">
              {t.adoptionRouteHint}
            </p>
          </div>
          <DateField
            id={field('sent')}
            label={t.colSentDate}
            value={sentDate}
            onChange={setSentDate}
            invalid={invalidDates.includes('sent')}
          />
          <DateField
            id={field('committee')}
            label={t.colCommitteeDate}
            value={committeeDate}
            onChange={setCommitteeDate}
            invalid={invalidDates.includes('committee')}
          />
          <DateField
            id={field('council')}
            label={t.colCouncilDate}
            value={councilDate}
            onChange={setCouncilDate}
            invalid={invalidDates.includes('council')}
          />
          <div className="field">
            <FormLabel htmlFor={field('outcome')}>{t.colOutcome}</FormLabel>
            <Select
              id={field('outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as AdoptionOutcome)}
            >
              {OUTCOMES.map((o) => (
                <SelectOption key={o} value={o}>
                  {outcomeLabel(lang, o)}
                </SelectOption>
              ))}
            </Select>
          </div>
          <div className="field">
            <FormLabel htmlFor={field('version')}>{t.colVersion}</FormLabel>
            <Select id={field('version')} value={versionId} onChange={(e) => setVersionId(e.target.value)}>
              <SelectOption value="">{t.versionNone}</SelectOption>
              {versions.map((v) => (
                <SelectOption key={v.id} value={v.id}>
                  {`${v.name} (${formatDateTime(lang, v.createdAt)})`}
                </SelectOption>
              ))}
            </Select>
          </div>
          <div className="field field-wide">
            <FormLabel htmlFor={field('amendments')}>{t.colAmendments}</FormLabel>
            <Textarea
              id={field('amendments')}
              rows={2}
              maxLength={10_000}
              value={amendments}
              onChange={(e) => setAmendments(e.target.value)}
            />
          </div>
          <div className="field field-wide">
            <FormLabel htmlFor={field('note')}>{t.colNote}</FormLabel>
            <Textarea
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
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {busy ? t.sending : t.saveEdit}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </fieldset>
    </form>
  )
}
