import { opgaveTitleIn } from '@regiovisie/shared/checker'
import type { ParticipationReport, ParticipationSection } from '@regiovisie/shared/comments'
import { GROUPS, type Group } from '@regiovisie/shared/groups'
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
      <td className="participation-cell participation-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t.participationNone}</span>
      </td>
    )
  }
  return (
    <td className="participation-cell">
      <span aria-hidden="true">
        {people} <span className="participation-comments">({comments})</span>
      </span>
      <span className="visually-hidden">{t.participationCell(people, comments)}</span>
    </td>
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
            <table className="participation-table">
              <caption id="participation-caption" className="visually-hidden">
                {t.participationTableCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.participationGroup}</th>
                  {report.sections.map((s) => {
                    if (s.opgave === null)
                      return (
                        <th key="other" scope="col" className="participation-section" data-opgave="other">
                          {t.participationOtherShort}
                          <span className="visually-hidden"> ({t.otherSections})</span>
                        </th>
                      )
                    const title = opgaveTitleIn(lang, ruleset, s.opgave, s.title)
                    const full = opgaveTitle(t, s.opgave, title.title)
                    return (
                      <th
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
                      </th>
                    )
                  })}
                  <th scope="col">{t.participationTotal}</th>
                </tr>
              </thead>
              <tbody>
                {rowsOf(report).map((g) => (
                  <tr key={g} data-group={g}>
                    <th scope="row">{g === 'onbekend' ? t.participationUnconfirmed : (groupLabel(lang, g) ?? g)}</th>
                    {report.sections.map((s) => (
                      <Fragment key={s.opgave ?? 'other'}>{cell(s, g)}</Fragment>
                    ))}
                    {cell(report, g)}
                  </tr>
                ))}
              </tbody>
            </table>
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
