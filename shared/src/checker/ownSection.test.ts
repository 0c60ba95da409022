import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { doc, h, p, table } from './testDoc.ts'

// A section's own deferral of an element outweighs evidence for that element in another opgave's
// section; and chapters headed by the region's border are about cooperation with other regions.
// Sentences are written for these tests, not taken from any sample.
const statusOf = (d: ReturnType<typeof doc>, n: number, ruleset?: string) =>
  checkDocument(d, ruleset ? { ruleset } : {}).opgaven.find((o) => o.opgave === n)?.status

const governanceRow = [
  h(2, 'Bestuur en aanspreekpunt'),
  table(
    ['Nr', 'Afspraak', 'Status'],
    ['A', 'De wethouder van Dijkstad is als voorzitter het aanspreekpunt van de regio voor aanbieders', 'gereed'],
  ),
]

describe("a section's own deferral", () => {
  it.each([
    [
      'its own row puts the element off: evidence under another opgave does not count',
      [
        h(2, 'Vertegenwoordiging van de regio'),
        table(['Nr', 'Afspraak', 'Status'], ['B', 'Bepalen wie de regio vertegenwoordigt', 'nog te doen']),
      ],
      'missing',
    ],
    [
      'its own sentence points to the element elsewhere and puts the rest off: still partial',
      [
        h(2, 'Vertegenwoordiging van de regio'),
        p(
          'De voorzitter van het bestuur treedt op als aanspreekpunt. Wie de regio in rechte vertegenwoordigt, wordt nog bepaald.',
        ),
      ],
      'partial',
    ],
    ['no section of its own: the evidence elsewhere counts', [], 'addressed'],
  ])('%s', (_name, own, expected) => {
    expect(statusOf(doc(...governanceRow, ...own), 12, 'wet-2026')).toBe(expected)
  })
})

describe('a chapter about the border of the region', () => {
  const functions = [
    h(2, 'Kwetsbare functies'),
    table(
      ['Functie', 'Hoe geborgd'],
      ['Crisishulp', 'acht plekken bij één aanbieder, met een beschikbaarheidsvergoeding'],
      ['Pleegzorg', 'één regionale pleegzorgorganisatie met een wervingsopdracht van 30 gezinnen'],
      ['Residentiële jeugdhulp', '40 plekken bij twee aanbieders, met een omzetgarantie'],
      ['Jeugdbescherming en jeugdreclassering', 'een subsidie aan één gecertificeerde instelling'],
      ['Klinische jeugd-ggz', 'zes bedden bij één aanbieder'],
    ),
    p(
      'Valt een aanbieder weg, dan neemt een andere gecontracteerde aanbieder de jeugdigen over, betaald uit een reserve van € 500.000.',
    ),
  ]
  it.each([
    ['Over de grens van de regio', 'addressed'],
    ['Samenwerking over de regiogrens', 'addressed'],
    ['Kwetsbare functies: vervolg', 'partial'],
  ])('a look into functions under "%s" → opgave 2 %s', (heading, expected) => {
    const d = doc(
      ...functions,
      h(2, heading),
      p(
        'Met andere jeugdregio’s werken wij samen waar dat nodig is. In 2027 verkennen wij voor welke functies dat nodig is.',
      ),
    )
    expect(statusOf(d, 2)).toBe(expected)
  })
})
