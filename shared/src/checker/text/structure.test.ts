import { describe, expect, it } from 'vitest'
import { Corpus } from '../corpus.ts'
import { normalize } from './normalize.ts'
import { DATED_START, datedLine } from './structure.ts'

const INKOOP = /\binkoop\b/

/** A heading and a bullet list under it, as the editor stores them. */
function listUnder(heading: string, items: string[]): Corpus {
  return new Corpus({
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] },
      {
        type: 'bulletList',
        content: items.map((t) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
        })),
      },
    ],
  })
}

describe('structure: dated lines', () => {
  it.each([
    ['maart 2026: marktconsultatie', true],
    ['1 mei 2027 – besluit over de stukken', true],
    ['Vanaf januari 2028: de nieuwe overeenkomsten gaan in', true],
    ['Q3 2025: selectie van partners', true],
    ['15 mei - 30 juni 2027: inschrijving', true],
    ['De regio koopt in 2026 opnieuw in', false],
    ['Met aanbieders spreken wij elk kwartaal', false],
  ])('%s opens with a moment: %s', (line, expected) => {
    expect(DATED_START.test(normalize(line))).toBe(expected)
  })

  it('reads a dated list under a procurement heading as lines of a planning', () => {
    const c = listUnder('Inkoop: zo gaan we te werk', ['februari 2027: gesprekken', 'juni 2027: keuze van partners'])
    const lines = c.units.filter((u) => !u.heading)
    expect(lines.every((u) => datedLine(c, u, INKOOP))).toBe(true)
  })

  it('does not read a dated list about something else as a procurement planning', () => {
    const c = listUnder('Wijkteams', ['februari 2027: nieuwe teamleider', 'juni 2027: training'])
    expect(c.units.filter((u) => !u.heading).some((u) => datedLine(c, u, INKOOP))).toBe(false)
  })
})
