import { describe, expect, it } from 'vitest'
import { NVO_OPGAVEN, opgavenOf, RULESETS } from './checker/index.ts'
import type { Comment, Thread } from './comments.ts'
import { computeParticipation, isInput } from './participation.ts'
import type { Role } from './roles.ts'

function thread(
  opgave: number | null,
  section: string | null,
  authors: Array<[string, string] | [string, string, Role]>,
): Thread {
  const comments: Comment[] = authors.map(([id, group, role], i) => ({
    id: `${id}-${i}`,
    body: 'Een reactie.',
    author: { name: id, organisation: 'Org', group, groupConfirmed: true, ...(role ? { role } : {}) },
    authorId: id,
    createdAt: '2026-01-01T00:00:00.000Z',
    editedAt: null,
  }))
  return {
    id: `t-${opgave}-${authors.length}`,
    anchor: { opgave: opgave ?? 1 },
    resolved: false,
    public: false,
    comments,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: authors[0]?.[0] ?? 'x',
    opgave,
    section,
    detached: false,
    quote: null,
    originalQuote: null,
  }
}

const numbers = (r: ReturnType<typeof computeParticipation>) => r.sections.map((s) => s.opgave)

describe('participation follows the rule set', () => {
  it('opgavenOf gives each rule set its own opgaven; an unknown id gives the default set', () => {
    for (const set of Object.values(RULESETS)) {
      expect(opgavenOf(set.id).map((o) => o.opgave)).toEqual(set.opgaven.map((o) => o.opgave))
      expect(opgavenOf(set.id).map((o) => o.title)).toEqual(set.opgaven.map((o) => o.rule.title))
    }
    expect(opgavenOf('wet-2026').map((o) => o.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(opgavenOf('bw-mo').map((o) => o.opgave)).not.toContain(3)
    expect(opgavenOf('bestaat-niet')).toEqual(NVO_OPGAVEN)
  })

  it('under wet-2026 has a section for opgave 9–12 that counts its comments', () => {
    const report = computeParticipation(
      [
        thread(10, 'Opgave 10. Inkoopbeleid', [
          ['a', 'aanbieder'],
          ['b', 'jongeren'],
        ]),
        thread(2, 'Opgave 2', [['c', 'ouders']]),
      ],
      opgavenOf('wet-2026'),
    )
    expect(numbers(report)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null])
    const ten = report.sections.find((s) => s.opgave === 10)!
    expect(ten.title).toBe(opgavenOf('wet-2026')[9]!.title)
    expect(ten.comments).toBe(2)
    expect(ten.people).toEqual({ aanbieder: 1, jongeren: 1 })
    expect(ten.silentGroups).not.toContain('aanbieder')
    const twelve = report.sections.find((s) => s.opgave === 12)!
    expect(twelve.comments).toBe(0)
    expect(twelve.silentGroups).toContain('jongeren')
    expect(report.people).toEqual({ aanbieder: 1, jongeren: 1, ouders: 1 })
  })

  it('keeps the comments of an opgave the rule set does not have (the rule set was changed), titled by its heading', () => {
    const report = computeParticipation(
      [thread(11, 'Opgave 11. Regionale samenwerkingsvormen', [['a', 'professional']])],
      opgavenOf('nvo-2020'),
    )
    expect(numbers(report)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11, null])
    const eleven = report.sections.find((s) => s.opgave === 11)!
    expect(eleven.title).toBe('Regionale samenwerkingsvormen')
    expect(eleven.comments).toBe(1)
  })

  it('under bw-mo follows the draft list (no opgave 3, opgaven 9–12 of its own)', () => {
    const report = computeParticipation([], opgavenOf('bw-mo'))
    expect(numbers(report)).toEqual([...RULESETS['bw-mo']!.opgaven.map((o) => o.opgave), null])
    expect(report.sections.find((s) => s.opgave === 9)?.title).toBe(RULESETS['bw-mo']!.opgaven[7]!.rule.title)
  })
})

describe('participation counts the input of people who react, not the writing team’s answers', () => {
  it('a project leader’s or editor’s reply counts for no group, in no section and not in the totals', () => {
    const report = computeParticipation(
      [
        thread(2, 'Opgave 2', [
          ['ouder', 'ouders', 'commenter'],
          ['petra', 'gemeente', 'owner'],
          ['eva', 'gemeente', 'editor'],
          ['ouder', 'ouders', 'commenter'],
        ]),
      ],
      opgavenOf('nvo-2020'),
    )
    const two = report.sections.find((s) => s.opgave === 2)!
    expect(two.people).toEqual({ ouders: 1 })
    expect(two.comments).toBe(2)
    expect(two.commentsByGroup).toEqual({ ouders: 2 })
    expect(report.people).toEqual({ ouders: 1 })
    expect(report.commentsByGroup).toEqual({ ouders: 2 })
  })

  it('a thread with only the writing team’s comments leaves its section empty and adds no section', () => {
    const report = computeParticipation(
      [
        thread(3, 'Opgave 3', [['petra', 'gemeente', 'owner']]),
        thread(11, 'Opgave 11. Extra', [['eva', 'gemeente', 'editor']]),
      ],
      opgavenOf('nvo-2020'),
    )
    expect(report.sections.find((s) => s.opgave === 3)?.comments).toBe(0)
    expect(numbers(report)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null])
    expect(report.people).toEqual({})
  })

  it('reageerders, lezers and comments stored without a role count as input; redacteuren and projectleiders do not', () => {
    expect(isInput({ role: 'commenter' })).toBe(true)
    expect(isInput({ role: 'viewer' })).toBe(true)
    expect(isInput({})).toBe(true)
    expect(isInput({ role: 'editor' })).toBe(false)
    expect(isInput({ role: 'owner' })).toBe(false)
  })
})
