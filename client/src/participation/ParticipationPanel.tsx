import { opgaveTitleIn } from '@regiovisie/shared/checker'
import type { ParticipationSection } from '@regiovisie/shared/comments'
import type { Group } from '@regiovisie/shared/groups'
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
  /** The document's rule set: its opgaven are the sections (fetched again when it changes). */
  ruleset: string
}

function PeopleCounts({ people }: { people: ParticipationSection['people'] }) {
  const { t, lang } = useI18n()
  const entries = Object.entries(people) as Array<[Group | 'onbekend', number]>
  if (entries.length === 0) return null
  return (
    <ul className="participation-groups" aria-label={t.participationGroupsLabel}>
      {entries.map(([group, n]) => (
        <li key={group}>
          {groupLabel(lang, group) ?? t.participationUnconfirmed}: {t.participationPeople(n)}
        </li>
      ))}
    </ul>
  )
}

/**
 * Per opgave (and the other chapters): how many people of each stakeholder group commented,
 * and, in words, which consulted groups have not reacted yet.
 */
export function ParticipationPanel({ documentId, token, visible, version, ruleset }: Props) {
  const { t, lang } = useI18n()
  const { report, error } = useParticipation(documentId, token, visible, version, ruleset)
  return (
    <section className="participation" aria-labelledby="participation-title">
      <h2 id="participation-title">{t.participationTitle}</h2>
      <p className="hint">{t.participationIntro}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!report && !error && <p>{t.loading}</p>}
      {report && (
        <>
          <section className="participation-section" data-opgave="all" aria-labelledby="participation-whole">
            <h3 id="participation-whole">{t.participationWhole}</h3>
            {Object.keys(report.people).length === 0 ? (
              <p className="participation-total">{t.commentsEmpty}</p>
            ) : (
              <PeopleCounts people={report.people} />
            )}
          </section>
          {report.sections.map((s) => {
            const id = `participation-${s.opgave ?? 'other'}`
            const name = t.participationSectionName(s.opgave)
            return (
              <section
                key={id}
                className="participation-section"
                data-opgave={s.opgave ?? 'other'}
                aria-labelledby={id}
              >
                {s.opgave === null ? (
                  <h3 id={id}>{t.otherSections}</h3>
                ) : (
                  <h3 id={id} lang={opgaveTitleIn(lang, ruleset, s.opgave, s.title).lang}>
                    {opgaveTitle(t, s.opgave, opgaveTitleIn(lang, ruleset, s.opgave, s.title).title)}
                  </h3>
                )}
                <p className="participation-total">{t.participationComments(s.comments)}</p>
                <PeopleCounts people={s.people} />
                {s.silentGroups.length === 0 ? (
                  <p className="participation-complete">{t.participationAllReacted}</p>
                ) : (
                  <ul className="participation-silent" aria-label={t.participationSilentLabel}>
                    {s.silentGroups.map((g) => (
                      <li key={g}>{t.participationSilent(groupLabel(lang, g) ?? g, name)}</li>
                    ))}
                  </ul>
                )}
              </section>
            )
          })}
        </>
      )}
    </section>
  )
}
