import { type AdoptionUpdate, isAdoptedByCouncil, type MunicipalityAdoption } from '@regiovisie/shared/adoption'
import type { Version } from '@regiovisie/shared/versions'
import {
  Button,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { Fragment, useRef, useState } from 'react'
import { PlainText } from '../comments/PlainText.tsx'
import { formatDate } from '../i18n/formatDate.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { AdoptionRowForm } from './AdoptionRowForm.tsx'
import { outcomeLabel, routeLabel } from './adoptionLabels.ts'

interface Props {
  municipalities: MunicipalityAdoption[]
  versions: Version[]
  /** The owner may edit; everyone else reads. */
  editable: boolean
  onSave(municipality: string, update: AdoptionUpdate): Promise<void>
}

/**
 * One row per member municipality: route, dates, outcome, amendments, note and the version
 * voted on. A council that has not adopted is marked in words as well as by colour. The owner
 * edits a row in a form that opens beneath it; focus goes back to its button afterwards.
 */
export function AdoptionTable({ municipalities, versions, editable, onSave }: Props) {
  const { t, lang } = useI18n()
  const [editing, setEditing] = useState<string | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const columns = editable ? 10 : 9
  const date = (d: string | null) => (d ? <time dateTime={d}>{formatDate(lang, d)}</time> : '—')
  const versionName = (id: string | null) => (id && versions.find((v) => v.id === id)?.name) || '—'

  function close(name: string) {
    setEditing(null)
    // After the row re-renders: the button is back.
    requestAnimationFrame(() => buttons.current.get(name)?.focus())
  }

  return (
    // Focusable, so keyboard users can scroll a table wider than the dialog.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-label={t.adoptionTableCaption} tabIndex={0}>
      <Table className="table adoption-table">
        <caption className="visually-hidden">{t.adoptionTableCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colMunicipality}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colRoute}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colSentDate}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colCommitteeDate}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colCouncilDate}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colOutcome}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colAmendments}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colNote}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
            {editable && <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {municipalities.map((m) => {
            const adopted = isAdoptedByCouncil(m)
            const formId = `adoption-form-${m.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`
            return (
              <Fragment key={m.name}>
                <TableRow
                  className={adopted ? 'adoption-row adoption-adopted' : 'adoption-row adoption-open'}
                  data-municipality={m.name}
                  data-adopted={adopted}
                >
                  <TableHeaderCell scope="row">
                    <span className="adoption-name">{m.name}</span>
                    <StatusBadge className="badge" status={adopted ? 'valid' : 'danger'}>
                      {adopted ? t.adoptionMarkAdopted : t.adoptionMarkOpen}
                    </StatusBadge>
                  </TableHeaderCell>
                  <TableCell>{m.route ? routeLabel(t, m.route) : '—'}</TableCell>
                  <TableCell>{date(m.sentDate)}</TableCell>
                  <TableCell>{date(m.committeeDate)}</TableCell>
                  <TableCell>{date(m.councilDate)}</TableCell>
                  <TableCell className="adoption-outcome">{outcomeLabel(lang, m.outcome)}</TableCell>
                  <TableCell>{m.amendments ? <PlainText text={m.amendments} /> : '—'}</TableCell>
                  <TableCell>{m.note ? <PlainText text={m.note} /> : '—'}</TableCell>
                  <TableCell>{versionName(m.versionId)}</TableCell>
                  {editable && (
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        ref={(el) => {
                          if (el) buttons.current.set(m.name, el)
                          else buttons.current.delete(m.name)
                        }}
                        className="button-small"
                        aria-label={t.adoptionEditLabel(m.name)}
                        aria-expanded={editing === m.name}
                        aria-controls={editing === m.name ? formId : undefined}
                        onClick={() => setEditing(editing === m.name ? null : m.name)}
                      >
                        {t.editComment}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
                {editing === m.name && (
                  <TableRow className="adoption-edit-row">
                    <TableCell colSpan={columns} id={formId}>
                      <AdoptionRowForm
                        row={m}
                        versions={versions}
                        onCancel={() => close(m.name)}
                        onSave={async (update) => {
                          await onSave(m.name, update)
                          close(m.name)
                        }}
                      />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            )
          })}
        </TableBody>
      </Table>
    </section>
  )
}
