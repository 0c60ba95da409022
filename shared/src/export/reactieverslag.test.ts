import { describe, expect, it } from 'vitest'
import { opgavenOf } from '../checker/index.ts'
import type { Author, Thread } from '../comments.ts'
import { buildReactieverslag, reactionLines } from './reactieverslag.ts'

const jongere: Author = {
  name: 'Een jongere',
  organisation: '',
  group: 'jongeren',
  groupConfirmed: true,
  private: true,
}
const aanbieder: Author = { name: 'Petra', organisation: 'Zorg BV', group: 'aanbieder', groupConfirmed: true }
const editor: Author = { name: 'Eva', organisation: 'Regio', group: 'gemeente', groupConfirmed: true, role: 'editor' }

function thread(opgave: number | null, author: Author, extra: Partial<Thread> = {}): Thread {
  return {
    id: `t${Math.random()}`,
    anchor: { opgave: opgave ?? 1 },
    resolved: false,
    public: true,
    comments: [
      { id: 'c', body: `Inbreng van ${author.name}`, author, authorId: author.name, createdAt: '', editedAt: null },
    ],
    createdAt: '',
    createdBy: author.name,
    opgave,
    section: null,
    detached: false,
    quote: null,
    originalQuote: null,
    ...extra,
  }
}

const by = { id: 'e', name: 'Eva', organisation: 'Regio', role: 'editor' as const }

describe('buildReactieverslag', () => {
  it('follows the rule set (opgave 9–12 under wet-2026), leaves out sections without reactions and the writing team', () => {
    const r = buildReactieverslag(
      [thread(12, aanbieder), thread(9, jongere), thread(3, editor), thread(null, aanbieder, { public: false })],
      opgavenOf('wet-2026'),
    )
    expect(r.sections.map((s) => s.title.split('.')[0])).toEqual(['Opgave 9', 'Opgave 12', 'Overige hoofdstukken'])
    expect(r.sections.at(-1)).toMatchObject({ reactions: 1, quoted: 0, groups: [] })
    expect(r.totals).toEqual([
      'Jeugdhulpaanbieder: 2 reacties, 0 overgenomen, 2 nog zonder antwoord',
      'Jongeren: 1 reactie, 0 overgenomen, 1 nog zonder antwoord',
    ])
  })

  it('counts responses per group and says what an accepted, inserted or deleting proposal changed', () => {
    const proposal = (original: string, text: string, status: 'accepted' | 'rejected') =>
      thread(9, jongere, {
        comments: [],
        suggestion: {
          text,
          original,
          status,
          proposer: jongere,
          current: null,
          stale: false,
          decidedBy: by,
          decidedAt: '',
        },
        response:
          status === 'accepted'
            ? { kind: 'overgenomen', by, at: '' }
            : { kind: 'niet-overgenomen', reason: 'Past niet.', by, at: '' },
      })
    const r = buildReactieverslag(
      [proposal('oud', 'nieuw', 'accepted'), proposal('', 'erbij', 'accepted'), proposal('weg', '', 'rejected')],
      opgavenOf('wet-2026'),
    )
    expect(r.totals).toEqual(['Jongeren: 3 reacties, 2 overgenomen, 1 niet overgenomen'])
    const items = r.sections[0]?.groups[0]?.items ?? []
    expect(items.map(reactionLines)).toEqual([
      [
        'Voorstel: „oud” vervangen door „nieuw”',
        'Reactie van het schrijfteam: Overgenomen',
        'Wat veranderde: „oud” → „nieuw”',
      ],
      ['Voorstel: „erbij” toevoegen', 'Reactie van het schrijfteam: Overgenomen', 'Wat veranderde: „erbij” toegevoegd'],
      ['Voorstel: „weg” schrappen', 'Reactie van het schrijfteam: Niet overgenomen: Past niet.'],
    ])
    expect(items[0]?.who).toBe('Een jongere')
  })
})
