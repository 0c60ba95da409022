import { opgaveTitleIn } from '@regiovisie/shared/checker'
import type { ParticipationReport, ParticipationSection } from '@regiovisie/shared/comments'
import { GROUPS, type Group } from '@regiovisie/shared/groups'
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { Fragment } from 'react'
import { Notice } from '../components/Notice.tsx'
import { groupLabel } from '../i18n/groupLabel.ts'
import { opgaveTitle } from '../i18n/opgaveTitle.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { useParticipation } from './useParticipation.ts'

interface Props {
  documentId: string
  token: string
  visible: boolean
  /** Changes whenever the comment threads change. */
  version: unknown
  /** The document's rule set: its opgaven are the columns (fetched again when it changes). */
  ruleset: string
}

type GroupKey = Group | 'onbekend'

/**
 * The rows: every consulted group (silence must show), the others only once someone of them
 * reacted, and last the people whose group the owner has not confirmed.
 */
function rowsOf(report: ParticipationReport): GroupKey[] {
  const rows: GroupKey[] = GROUPS.filter((g) => (g !== 'gemeente' && g !== 'anders') || (report.people[g] ?? 0) > 0)
  return (report.people.onbekend ?? 0) > 0 ? [...rows, 'onbekend'] : rows
}

function Cell({ people, comments }: { people: number; comments: number }) {
  const { t } = useI18n()
  if (people === 0) {
    return (
      <TableCell className="participation-cell participation-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t.participationNone}</span>
      </TableCell>
    )
  }
  return (
    <TableCell className="participation-cell">
      <span aria-hidden="true">
        {people} <span className="participation-comments">({comments})</span>
      </span>
      <span className="visually-hidden">{t.participationCell(people, comments)}</span>
    </TableCell>
  )
}

/**
 * Who reacted where, as one table: a row per stakeholder group, a column per opgave of the
 * document's rule set (then other chapters and the total); each cell the number of people and, in
 * brackets, their comments. Only the input of people who react counts, not the writing team's answers.
 */
export function ParticipationPanel({ documentId, token, visible, version, ruleset }: Props) {
  const { t, lang } = useI18n()
  const { report, error } = useParticipation(documentId, token, visible, version, ruleset)
  const cell = (s: Pick<ParticipationSection, 'people' | 'commentsByGroup'>, g: GroupKey) => (
    <Cell people={s.people[g] ?? 0} comments={s.commentsByGroup?.[g] ?? 0} />
  )
  return (
    <section className="participation" aria-labelledby="participation-title">
      <h2 id="participation-title">{t.participationTitle}</h2>
      <p className="hint">{t.participationIntro}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!report && !error && <p>{t.loading}</p>}
      {report && (
        <>
          <p className="hint participation-legend">{t.participationLegend}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
          <section className="table-scroll participation-scroll" tabIndex={0} aria-labelledby="participation-caption">
            <Table className="participation-table">
              <TableCaption id="participation-caption" className="visually-hidden">
                {t.participationTableCaption}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.participationGroup}</TableHeaderCell>
                  {report.sections.map((s) => {
                    if (s.opgave === null)
                      return (
                        <TableHeaderCell key="other" scope="col" className="participation-section" data-opgave="other">
                          {t.participationOtherShort}
                          <span className="visually-hidden"> ({t.otherSections})</span>
                        </TableHeaderCell>
                      )
                    const title = opgaveTitleIn(lang, ruleset, s.opgave, s.title)
                    const full = opgaveTitle(t, s.opgave, title.title)
                    return (
                      <TableHeaderCell
                        key={s.opgave}
                        scope="col"
                        className="participation-section"
                        data-opgave={s.opgave}
                        title={full}
                      >
                        <span aria-hidden="true">{s.opgave}</span>
                        <span className="visually-hidden" lang={title.lang}>
                          {full}
                        </span>
                      </TableHeaderCell>
                    )
                  })}
                  <TableHeaderCell scope="col">{t.participationTotal}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rowsOf(report).map((g) => (
                  <TableRow key={g} data-group={g}>
                    <TableHeaderCell scope="row">
                      {g === 'onbekend' ? t.participationUnconfirmed : (groupLabel(lang, g) ?? g)}
                    </TableHeaderCell>
                    {report.sections.map((s) => (
                      <Fragment key={s.opgave ?? 'other'}>{cell(s, g)}</Fragment>
                    ))}
                    {cell(report, g)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          {report.silentGroups.length === 0 ? (
            <p className="participation-complete">{t.participationAllReacted}</p>
          ) : (
            <p className="participation-silent-whole">
              {t.participationSilentWhole(report.silentGroups.map((g) => groupLabel(lang, g) ?? g).join(', '))}
            </p>
          )}
        </>
      )}
    </section>
  )
}
