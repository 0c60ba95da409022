import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { inkoop } from './rules/inkoop.ts'
import { inkoopbeleid } from './rules/inkoopbeleid.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { toegang } from './rules/toegang.ts'
import { wachttijden } from './rules/wachttijden.ts'
import { doc, elementState, h, p, prose, table } from './testDoc.ts'
import { defers, Flag, markersOf } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

// Concepts found missing on unseen batches 21 and 22 (first sight 76.5% and 75.0% of cells), each with a
// case that must not count. All sentences are written for these tests.

const deferring = (s: string) => defers((re) => re.test(normalize(s)))

describe('deferrals and what is not one', () => {
  it.each([
    ['Een buffer van 20 bedden wordt aangehouden voor spoedplaatsingen.', false],
    ['Het raadsvoorstel wordt aangehouden tot na de zomer.', true],
    ['Hoe de kosten worden gedeeld, wordt uitgewerkt in deliverable D4.', true],
    ['Hoe aanbieders hun kosten tonen, bepalen wij bij de voorbereiding van de aanbesteding.', true],
    ['Hoe aanbieders hun kosten tonen, staat in bijlage 3.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(deferring(sentence)).toBe(expected)
  })
  it('"niet elk jaar" is a frequency, not a denial', () => {
    expect((markersOf(normalize('Je aanbieder hoeft zich niet elk jaar zorgen te maken.')) & Flag.negated) !== 0).toBe(
      false,
    )
  })
})

describe('a look back at how the vision came about still counts for opgave 1', () => {
  const d = doc(
    h(2, 'Terugblik: hoe de visie tot stand kwam'),
    p('De regiovisie is in het najaar van 2024 door de raden van alle vijf gemeenten vastgesteld.'),
  )
  it('adoption told under "Terugblik"', () => {
    expect(elementState(regiovisie, 'vaststelling-raden', d)).toBe('found')
  })
})

describe('words of this round', () => {
  it.each([
    [
      administratieveLasten,
      'contractvoorwaarden',
      6,
      prose('Er geldt één stel contractvoorwaarden voor het hele gewest.'),
      'found',
    ],
    [
      administratieveLasten,
      'contractvoorwaarden',
      6,
      prose('Er geldt één contract met identieke voorwaarden voor de vier gemeenten.'),
      'found',
    ],
    [
      administratieveLasten,
      'contractbeheer',
      6,
      prose(
        'Het contractbeheer, de accountgesprekken en de controle op declaraties doet het Inkoopbureau voor de hele regio.',
      ),
      'found',
    ],
    [
      inkoop,
      'planning',
      7,
      prose('De aanbesteding is in maart 2025 gestart; de gunning volgt uiterlijk 1 september 2025.'),
      'found',
    ],
    [
      inkoop,
      'planning',
      7,
      prose(
        'Planning van de inkoop: consultatie januari 2025, overeenkomsten getekend 1 juni 2025, start 1 januari 2026.',
      ),
      'found',
    ],
    [
      inkoop,
      'continuiteit-overgang',
      7,
      prose('Jeugdigen bij een aanbieder die geen kernpartner wordt, mogen hun hulp tot 1 april 2026 afmaken.'),
      'found',
    ],
    [inkoop, 'meerjarig', 7, prose('De huidige contracten lopen vijf jaar, tot en met 2029.'), 'found'],
    [inkoop, 'meerjarig', 7, prose('De huidige contracten lopen eind 2025 af.'), 'none'],
    [
      inkoopbeleid,
      'afstemming',
      10,
      prose('Voor alle regionale inkoop geldt het Inkoopkader Jeugd, dat het algemeen bestuur heeft vastgesteld.'),
      'found',
    ],
    [
      wachttijden,
      'inzicht',
      9,
      doc(p('Wachttijden:'), table(['Zorgvorm', 'Nu', 'Doelnorm'], ['Jeugd-ggz', '16 weken', '8 weken'])),
      'found',
    ],
    [
      toegang,
      'verbinding-specialistisch',
      3,
      prose(
        'In elk wijkteam zit een consulent van de regio, die het team adviseert bij verwijzingen naar specialistische hulp.',
      ),
      'some',
    ],
  ] as const)('case %#', (rule, id, opgave, d, expected) => {
    expect(elementState(rule, id, d, opgave)).toBe(expected)
  })
})
