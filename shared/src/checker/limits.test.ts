import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { localizeReport } from './localize.ts'
import { doc, h, p } from './testDoc.ts'
import { LIMITS } from './text/markers.ts'

// An arrangement that leaves the members free is only part of a regional arrangement. Sentences are
// written for these tests, not taken from any sample.
const normalize = (s: string) => s.toLowerCase()

describe('LIMITS: the members are left free', () => {
  it.each([
    ['Wie tegenstemt, is niet aan dat besluit gebonden.', true],
    ['Gemeenten die niet meedoen, blijven ook later niet gebonden.', true],
    ['Bij lokale inkoop kiest elke gemeente zelf een variant.', true],
    ['Iedere gemeente bepaalt zelf welke voorwaarden zij stelt.', true],
    ['De regio besluit de werkwijzen niet te harmoniseren.', true],
    ['De besluiten zijn bindend voor alle gemeenten.', false],
    ['Alle gemeenten zijn aan de verdeelsleutel gebonden.', false],
    ['Elke gemeente past dezelfde variant toe.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(LIMITS.test(normalize(sentence))).toBe(expected)
  })
})

const statusOf = (d: ReturnType<typeof doc>, n: number) => checkDocument(d).opgaven.find((o) => o.opgave === n)

const cooperation = [
  h(2, 'Governance'),
  p('De gemeenten werken samen in een gemeenschappelijke regeling met een algemeen bestuur.'),
  p('De kosten van de regionale hulp verdelen alle gemeenten naar rato van het aantal jeugdigen.'),
  p(
    'De voorzitter van het algemeen bestuur is het aanspreekpunt van de regio en treedt extern op namens de gemeenten.',
  ),
]
const burden = [
  h(2, 'Administratieve lasten'),
  p('Alle gemeenten passen de outputgerichte uitvoeringsvariant toe.'),
  p('Alle contracten gebruiken één modelovereenkomst met dezelfde voorwaarden voor alle gemeenten.'),
  p('Het contractbeheer ligt bij het regionale inkoopbureau, dat het namens alle gemeenten doet.'),
]

describe('a shared element that the members are free in is partial', () => {
  it.each([
    ['governance, nothing left free', cooperation, [], 4, 'addressed'],
    [
      'governance, a dissenting member is not bound',
      cooperation,
      [p('Een gemeente die tegenstemt, is niet aan het besluit gebonden.')],
      4,
      'partial',
    ],
    ['burden, nothing left free', burden, [], 6, 'addressed'],
    [
      'burden, each member chooses its own variant for its own procurement (in another chapter)',
      burden,
      [h(2, 'Lokale inkoop'), p('Voor wat zij zelf inkoopt, kiest iedere gemeente zelf haar uitvoeringsvariant.')],
      6,
      'partial',
    ],
    [
      'burden, each member arranges light care itself (that is the local/regional split, not a limit)',
      burden,
      [p('Lichte opvoedhulp regelt iedere gemeente zelf.')],
      6,
      'addressed',
    ],
  ])('%s', (_name, base, extra, opgave, expected) => {
    expect(statusOf(doc(...base, ...extra), opgave)?.status).toBe(expected)
  })

  it('says so in a finding of its own, in Dutch and English', () => {
    const d = doc(...cooperation, p('Een gemeente die tegenstemt, is niet aan het besluit gebonden.'))
    const report = checkDocument(d)
    const finding = report.opgaven.find((o) => o.opgave === 4)?.findings.find((f) => f.code === 'opgave-4.beperkt')
    expect(finding?.evidence?.[0]?.quote).toBe('Een gemeente die tegenstemt, is niet aan het besluit gebonden.')
    const en = localizeReport(report, 'en').opgaven.find((o) => o.opgave === 4)?.findings
    expect(en?.find((f) => f.code === 'opgave-4.beperkt')?.message).toMatch(/^Part of these agreements does not hold/)
  })
})
