import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { doc, h, table } from './testDoc.ts'

// A table of afspraken with a status column: the status qualifies its row. Rows are written for these
// tests, not taken from any sample.
const status = (d: ReturnType<typeof doc>, n: number) => checkDocument(d).opgaven.find((o) => o.opgave === n)?.status

const HEADER = ['Nr', 'Afspraak', 'Verantwoordelijk', 'Status']
const overRegions = (...rows: string[][]) =>
  doc(
    h(2, 'Samenwerking met andere regio’s'),
    table(
      HEADER,
      [
        'a',
        'Gesloten jeugdhulp kopen wij samen met drie andere regio’s in het landsdeel in, onder een convenant tot 2028',
        'bestuur',
        'gereed',
      ],
      ...rows,
    ),
  )
const crisisRow = (state: string) => [
  'b',
  'Afspraak met de buurregio’s over crisisbedden als de eigen bedden bezet zijn',
  'bureau',
  state,
]

const legend = table(
  ['Status', 'Betekenis'],
  ['gereed', 'afgesproken en in werking'],
  ['nog te doen', 'de afspraak is er nog niet'],
)

describe('a status column in a table of afspraken', () => {
  it.each([
    ['done rows only', overRegions(), 'addressed'],
    ['a row "nog te doen" is work still to do', overRegions(crisisRow('nog te doen')), 'partial'],
    ['"nog niet gestart" too', overRegions(crisisRow('nog niet gestart – start in 2027')), 'partial'],
    ['a done row stays evidence', overRegions(crisisRow('gereed')), 'addressed'],
    ['"in uitvoering" leaves it to the row’s own words', overRegions(crisisRow('in uitvoering')), 'addressed'],
    [
      '"in uitvoering" with a part put off in the row is evidence and a deferral both',
      overRegions(crisisRow('in uitvoering – met twee buurregio’s geregeld, de derde volgt in 2027')),
      'partial',
    ],
    ['"gepland" is a date still ahead, not work left open', overRegions(crisisRow('gepland')), 'addressed'],
  ])('%s', (_name, d, expected) => {
    expect(status(d, 5)).toBe(expected)
  })

  it('an open row is no evidence: alone it does not make the opgave addressed', () => {
    const only = doc(h(2, 'Samenwerking met andere regio’s'), table(HEADER, crisisRow('nog te doen')))
    expect(status(only, 5)).not.toBe('addressed')
  })

  it('an under-way row that puts part off still shows substance on its own', () => {
    const alone = doc(
      h(2, 'Samenwerking met andere regio’s'),
      table(HEADER, crisisRow('in uitvoering – met twee buurregio’s geregeld, de derde volgt in 2027')),
    )
    expect(status(alone, 5)).toBe('partial')
  })

  it('a legend of the status values ("status | betekenis") puts nothing off', () => {
    expect(status(doc(h(2, 'Leeswijzer'), legend, ...overRegions().content!), 5)).toBe('addressed')
  })

  it('an action list keeps its own treatment: its open rows are not deferrals of each opgave they name', () => {
    const actions = table(
      ['Actie', 'Trekker', 'Planning', 'Stand'],
      ['Afspraak met de buurregio’s over crisisbedden', 'bureau', '2026', 'open'],
    )
    expect(status(doc(...overRegions().content!, h(2, 'Actielijst'), actions), 5)).toBe('addressed')
  })
})
