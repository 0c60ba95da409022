import { describe, expect, it } from 'vitest'
import { doc, elementState, h, prose, table } from '../testDoc.ts'
import { inkoop } from './inkoop.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(inkoop, id, d, 7)

describe('opgave 7, zorgvuldige inkoop', () => {
  it.each([
    ['meerjarig', prose('De overeenkomsten hebben een looptijd van zeven jaar.'), 'found'],
    ['meerjarig', prose('Wij sluiten vierjarige contracten, met een optie op verlenging.'), 'found'],
    ['meerjarig', prose('De huidige contracten lopen tot en met 2025.'), 'none'],
    ['meerjarig', prose('Wij willen langdurige relaties met aanbieders.'), 'none'],
    [
      'planning',
      prose('De aanbesteding publiceren wij in februari 2026; de gunning volgt uiterlijk 1 juni 2026.'),
      'found',
    ],
    [
      'planning',
      doc(
        h(2, 'Planning van de inkoop'),
        table(['Stap', 'Wanneer'], ['Marktconsultatie', 'voorjaar 2025'], ['Gunning', 'oktober 2025']),
      ),
      'found',
    ],
    ['planning', prose('Wij beginnen op tijd met de inkoop.'), 'none'],
    [
      'continuiteit-overgang',
      prose('Cliënten van een aanbieder zonder nieuw contract ronden hun traject af tot uiterlijk 1 juli 2027.'),
      'found',
    ],
    ['continuiteit-overgang', prose('Bij op- en afschalen zorgen teams voor een warme overdracht.'), 'none'],
    [
      'continuiteit-overgang',
      prose('Voor cliënten in zorg geldt een overgangsregeling: zij ronden hun traject af tot uiterlijk 1 juli 2026.'),
      'found',
    ],
    [
      'continuiteit-overgang',
      prose('Dreigt een aanbieder om te vallen, dan sluit de regio een noodcontract om de zorg over te nemen.'),
      'none',
    ],
    // Contracts in plain words
    [
      'meerjarig',
      prose('De afspraken met de zorgorganisaties lopen van 1 januari 2026 tot en met 31 december 2030.'),
      'found',
    ],
  ])('%s %#', (id, d, expected) => {
    expect(state(id, d)).toBe(expected)
  })
})
