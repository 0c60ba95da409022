import {
  type Author,
  CONSULTED_GROUPS,
  type ParticipationReport,
  type ParticipationSection,
  type Thread,
} from './comments.ts'
import { type Group, isGroup } from './groups.ts'
import { can } from './roles.ts'

type GroupKey = Group | 'onbekend'

interface Tally {
  people: Map<GroupKey, Set<string>>
  commentsBy: Map<GroupKey, number>
  comments: number
}

function countPeople(t: Tally): Partial<Record<GroupKey, number>> {
  return Object.fromEntries([...t.people].map(([g, ids]) => [g, ids.size]))
}

function countComments(t: Tally): Partial<Record<GroupKey, number>> {
  return Object.fromEntries(t.commentsBy)
}

function silent(t: Tally): Group[] {
  return CONSULTED_GROUPS.filter((g) => !t.people.has(g))
}

/**
 * Whether a comment is input from someone who reacts, rather than an answer of the writing team
 * (redacteuren and the projectleider, who may resolve threads). Participation counts only input:
 * the project leader replying to a parent is not a municipality taking part. A comment stored
 * before roles were recorded counts as input.
 */
export function isInput(author: Pick<Author, 'role'>): boolean {
  return author.role === undefined || !can(author.role, 'comment.resolve')
}

/**
 * What the checker learns from the threads (server and browser alike): the stakeholder groups whose
 * input counts (a self-declared group only once the owner confirmed it; the writing team's answers are
 * no input), and how many threads with such input got a response of the writing team.
 */
export function consultation(threads: readonly Pick<Thread, 'comments' | 'response' | 'suggestion'>[]): {
  groups: string[]
  answeredInput: { threads: number; answered: number }
} {
  const groups = new Set<string>()
  let withInput = 0
  let answered = 0
  for (const thread of threads) {
    let input = false
    // A proposal without an explanation is input too: its proposer stands beside the comments' authors.
    const authors = thread.suggestion
      ? [thread.suggestion.proposer, ...thread.comments.map((c) => c.author)]
      : thread.comments.map((c) => c.author)
    for (const author of authors)
      if (author.group && author.groupConfirmed && isInput(author)) {
        groups.add(author.group)
        input = true
      }
    if (!input) continue
    withInput++
    if (thread.response) answered++
  }
  return { groups: [...groups].sort(), answeredInput: { threads: withInput, answered } }
}

/** "Opgave 9. Wachttijden" → "Wachttijden": a section's heading without its number. */
function headingTitle(section: string | null, opgave: number): string {
  const title = (section ?? '').replace(/^\s*opgave\s*\d+\s*[.:]?\s*/i, '').trim()
  return title || `Opgave ${opgave}`
}

/**
 * Who reacted where: per opgave of the document's rule set (pass `opgavenOf(document.ruleset)`: 1–12
 * under `wet-2026`), then any other opgave section with input (a rule set changed after people
 * commented), and "other sections": how many distinct people of each stakeholder group (as
 * confirmed by the owner) commented, how many comments they wrote, and which consulted groups have
 * not reacted at all. Only input counts (`isInput`): the writing team's answers are no participation.
 * Evidence of consultation for opgave 1. Pure: the overview and the export's appendix both use it.
 */
export function computeParticipation(
  threads: Thread[],
  opgaven: ReadonlyArray<{ opgave: number; title: string }>,
): ParticipationReport {
  const tallies = new Map<number | null, Tally>()
  const total: Tally = { people: new Map(), commentsBy: new Map(), comments: 0 }
  const tally = (key: number | null) => {
    let t = tallies.get(key)
    if (!t) {
      t = { people: new Map(), commentsBy: new Map(), comments: 0 }
      tallies.set(key, t)
    }
    return t
  }
  for (const thread of threads) {
    const t = tally(thread.opgave)
    for (const c of thread.comments) {
      if (!isInput(c.author)) continue
      // A self-declared group counts only once the owner confirmed it: one link cannot pose as seven groups.
      const group: GroupKey = c.author.groupConfirmed && isGroup(c.author.group) ? c.author.group : 'onbekend'
      for (const target of [t, total]) {
        target.comments++
        target.commentsBy.set(group, (target.commentsBy.get(group) ?? 0) + 1)
        const set = target.people.get(group) ?? new Set<string>()
        set.add(c.authorId)
        target.people.set(group, set)
      }
    }
  }
  // Sections with comments that the rule set has no opgave for keep their reactions, titled by their heading.
  const listed = new Set(opgaven.map((o) => o.opgave))
  const extra = new Map<number, string>()
  for (const thread of threads) {
    if (thread.opgave === null || listed.has(thread.opgave) || !thread.comments.some((c) => isInput(c.author))) continue
    if (!extra.has(thread.opgave)) extra.set(thread.opgave, headingTitle(thread.section, thread.opgave))
  }
  const all = [...opgaven, ...[...extra].sort(([a], [b]) => a - b).map(([opgave, title]) => ({ opgave, title }))]
  const sections: ParticipationSection[] = all.map(({ opgave, title }) => {
    const t = tally(opgave)
    return {
      opgave,
      title,
      people: countPeople(t),
      comments: t.comments,
      commentsByGroup: countComments(t),
      silentGroups: silent(t),
    }
  })
  const other = tally(null)
  sections.push({
    opgave: null,
    title: 'Overige hoofdstukken',
    people: countPeople(other),
    comments: other.comments,
    commentsByGroup: countComments(other),
    silentGroups: silent(other),
  })
  return {
    sections,
    people: countPeople(total),
    commentsByGroup: countComments(total),
    silentGroups: silent(total),
  }
}
