import { CONSULTED_GROUPS, type ParticipationReport, type ParticipationSection, type Thread } from './comments.ts'
import { type Group, isGroup } from './groups.ts'

type GroupKey = Group | 'onbekend'

interface Tally {
  people: Map<GroupKey, Set<string>>
  comments: number
}

function countPeople(t: Tally): Partial<Record<GroupKey, number>> {
  return Object.fromEntries([...t.people].map(([g, ids]) => [g, ids.size]))
}

function silent(t: Tally): Group[] {
  return CONSULTED_GROUPS.filter((g) => !t.people.has(g))
}

/**
 * Who reacted where: per opgave section (and "other sections"), how many distinct people of each
 * stakeholder group (as confirmed by the owner) commented, and which consulted groups have not reacted at all. Evidence of
 * consultation for opgave 1. Pure: used by the server and, when useful, the client.
 */
export function computeParticipation(
  threads: Thread[],
  opgaven: ReadonlyArray<{ opgave: number; title: string }>,
): ParticipationReport {
  const tallies = new Map<number | null, Tally>()
  const total: Tally = { people: new Map(), comments: 0 }
  const tally = (key: number | null) => {
    let t = tallies.get(key)
    if (!t) {
      t = { people: new Map(), comments: 0 }
      tallies.set(key, t)
    }
    return t
  }
  for (const thread of threads) {
    const t = tally(thread.opgave)
    for (const c of thread.comments) {
      // A self-declared group counts only once the owner confirmed it: one link cannot pose as seven groups.
      const group: GroupKey = c.author.groupConfirmed && isGroup(c.author.group) ? c.author.group : 'onbekend'
      for (const target of [t, total]) {
        target.comments++
        const set = target.people.get(group) ?? new Set<string>()
        set.add(c.authorId)
        target.people.set(group, set)
      }
    }
  }
  const sections: ParticipationSection[] = opgaven.map(({ opgave, title }) => {
    const t = tally(opgave)
    return { opgave, title, people: countPeople(t), comments: t.comments, silentGroups: silent(t) }
  })
  const other = tally(null)
  sections.push({
    opgave: null,
    title: 'Overige hoofdstukken',
    people: countPeople(other),
    comments: other.comments,
    silentGroups: silent(other),
  })
  return { sections, people: countPeople(total), silentGroups: silent(total) }
}
