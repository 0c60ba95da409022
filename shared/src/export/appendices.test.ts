import { describe, expect, it } from 'vitest'
import { checkDocument, opgavenOf } from '../checker/index.ts'
import type { Comment } from '../comments.ts'
import { computeParticipation } from '../participation.ts'
import { buildAppendices, CHECK_APPENDIX_TITLE, type CheckAppendix, checkAppendixTitle } from './appendices.ts'
import { exampleExportContent } from './exampleExport.ts'

const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

function appendicesFor(ruleset: string, extra: Comment[] = []) {
  const content = exampleExportContent()
  const participation = computeParticipation(
    [
      {
        id: 't',
        anchor: { opgave: 9 },
        resolved: false,
        comments: [
          {
            id: 'c',
            body: 'Wachttijden?',
            author: { name: 'A', organisation: 'O', group: 'ouders', groupConfirmed: true },
            authorId: 'a',
            createdAt: '2026-01-01T00:00:00.000Z',
            editedAt: null,
          },
          ...extra,
        ],
        createdAt: '2026-01-01T00:00:00.000Z',
        createdBy: 'a',
        opgave: 9,
        section: 'Opgave 9',
        detached: false,
        quote: null,
        originalQuote: null,
      },
    ],
    opgavenOf(ruleset),
  )
  return buildAppendices({ ...content, check: checkDocument(emptyDoc, { ruleset }), participation })
}

describe('the export appendices follow the document’s rule set', () => {
  it('nvo-2020 keeps its title', () => {
    expect(checkAppendixTitle('nvo-2020')).toBe(CHECK_APPENDIX_TITLE)
    expect(checkAppendixTitle('bestaat-niet')).toBe(CHECK_APPENDIX_TITLE)
  })

  it('wet-2026: the check appendix has a row for each of opgave 1–12 and names the law', () => {
    const [check, participation] = appendicesFor('wet-2026')
    const a = check as CheckAppendix
    expect(a.title).toContain('Wet verbetering beschikbaarheid jeugdzorg')
    expect(a.intro).toContain('regelset wet-2026')
    expect(a.rows.map((r) => r.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(a.summary).toContain('van de 12 opgaven')
    expect(participation?.kind).toBe('participation')
    if (participation?.kind !== 'participation') return
    const sections = participation.rows.map((r) => r.section)
    for (const { opgave, title } of opgavenOf('wet-2026')) expect(sections).toContain(`Opgave ${opgave}. ${title}`)
    const nine = participation.rows.find((r) => r.section.startsWith('Opgave 9.'))!
    expect(nine.comments).toBe(1)
    expect(nine.reacted).toEqual(['Ouders (1)'])
  })

  it('bw-mo: its own opgaven and its own name', () => {
    const [check, participation] = appendicesFor('bw-mo')
    const a = check as CheckAppendix
    expect(a.title).toContain('Beschermd Wonen')
    expect(a.rows.map((r) => r.opgave)).toEqual(opgavenOf('bw-mo').map((o) => o.opgave))
    if (participation?.kind !== 'participation') throw new Error('no participation appendix')
    expect(participation.rows).toHaveLength(opgavenOf('bw-mo').length + 1)
  })

  it('the participation appendix leaves out the writing team’s answers', () => {
    const reply = (role: 'owner' | 'editor'): Comment => ({
      id: `r-${role}`,
      body: 'Antwoord',
      author: { name: role, organisation: 'Gemeente', group: 'gemeente', groupConfirmed: true, role },
      authorId: role,
      createdAt: '2026-01-02T00:00:00.000Z',
      editedAt: null,
    })
    const [, participation] = appendicesFor('wet-2026', [reply('owner'), reply('editor')])
    if (participation?.kind !== 'participation') throw new Error('no participation appendix')
    const nine = participation.rows.find((r) => r.section.startsWith('Opgave 9.'))!
    expect(nine.comments).toBe(1)
    expect(nine.reacted).toEqual(['Ouders (1)'])
    expect(participation.reacted).toEqual(['Ouders (1)'])
  })
})
