import { describe, expect, it } from 'vitest'
import { checkDocument, opgavenOf } from '../checker/index.ts'
import type { Comment } from '../comments.ts'
import { computeParticipation } from '../participation.ts'
import {
  buildAppendices,
  CHECK_APPENDIX_TITLE,
  type CheckAppendix,
  checkAppendixTitle,
  type ParticipationAppendix,
  participationCellText,
} from './appendices.ts'
import { exampleExportContent } from './exampleExport.ts'

/** The text of the cell of `group` under the column headed `column`. */
function cellOf(a: ParticipationAppendix, group: string, column: string): string | undefined {
  const row = a.rows.find((r) => r.group === group)
  const cell = row?.cells[a.columns.findIndex((c) => c.label === column)]
  return cell && participationCellText(cell)
}

const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

function appendicesFor(ruleset: string, extra: Comment[] = []) {
  const content = exampleExportContent()
  const participation = computeParticipation(
    [
      {
        id: 't',
        anchor: { opgave: 9 },
        resolved: false,
        public: false,
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
    // A groups × opgaven table: a column per opgave 1–12, then the other chapters and the total.
    expect(participation.columns.map((c) => c.label)).toEqual([
      ...opgavenOf('wet-2026').map((o) => String(o.opgave)),
      'Overig',
      'Totaal',
    ])
    for (const { opgave, title } of opgavenOf('wet-2026'))
      expect(participation.key).toContain(`Opgave ${opgave}. ${title}`)
    expect(cellOf(participation, 'Ouders', '9')).toBe('1 (1)')
    expect(cellOf(participation, 'Ouders', 'Totaal')).toBe('1 (1)')
    expect(cellOf(participation, 'Ouders', '1')).toBe('–')
    // Every consulted group has a row, so silence shows; the municipality only once it reacted.
    expect(participation.rows.map((r) => r.group)).toEqual([
      'Jeugdhulpaanbieder',
      'Gecertificeerde instelling',
      'Veilig Thuis',
      'Professional',
      'Jongeren',
      'Ouders',
      'Ketenpartner',
    ])
  })

  it('bw-mo: its own opgaven and its own name', () => {
    const [check, participation] = appendicesFor('bw-mo')
    const a = check as CheckAppendix
    expect(a.title).toContain('Beschermd Wonen')
    expect(a.rows.map((r) => r.opgave)).toEqual(opgavenOf('bw-mo').map((o) => o.opgave))
    if (participation?.kind !== 'participation') throw new Error('no participation appendix')
    expect(participation.columns).toHaveLength(opgavenOf('bw-mo').length + 2)
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
    expect(cellOf(participation, 'Ouders', '9')).toBe('1 (1)')
    expect(cellOf(participation, 'Ouders', 'Totaal')).toBe('1 (1)')
    // The owner's and editor's answers are no municipality taking part.
    expect(participation.rows.map((r) => r.group)).not.toContain('Gemeente')
  })
})
