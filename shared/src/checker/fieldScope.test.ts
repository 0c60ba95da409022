import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { Corpus } from './corpus.ts'
import { fieldOf } from './fieldScope.ts'
import { doc, h, p, table, ul } from './testDoc.ts'

// A joint vision for youth care and the Wmo side: what holds only for beschermd wonen or opvang is no
// evidence for a jeugd opgave. Sentences are written for these tests, not taken from any sample.

/** The field of the unit whose text starts with `start`. */
function fieldAt(d: ReturnType<typeof doc>, start: string) {
  const corpus = new Corpus(d)
  const unit = corpus.units.find((u) => u.text.startsWith(start))
  if (!unit) throw new Error(`no unit "${start}"`)
  return fieldOf(corpus)(unit)
}

describe('fieldOf', () => {
  const cases: [string, ReturnType<typeof doc>, string, string | undefined][] = [
    ['a sentence names its own field', doc(p('Voor beschermd wonen geldt een looptijd van vijf jaar.')), 'Voor', 'wmo'],
    [
      'a sentence about both fields is about both',
      doc(p('Voor jeugdhulp en Wmo geldt één modelcontract.')),
      'Voor',
      'both',
    ],
    ['a sentence without field words says nothing', doc(p('De contracten lopen vijf jaar.')), 'De', undefined],
    [
      'the next sentence in the paragraph continues the field',
      doc(p('Voor de opvang van dak- en thuislozen is een rekenmodel gemaakt. Het model volgt de cao.')),
      'Het model',
      'wmo',
    ],
    [
      'a later sentence that names youth care switches back',
      doc(p('Voor de nachtopvang is een rekenmodel gemaakt. Voor jeugdigen volgt dat.')),
      'Voor jeugdigen',
      'jeugd',
    ],
    [
      'a heading scopes the paragraphs under it',
      doc(h(2, 'Inkoop'), h(3, 'Maatschappelijke opvang'), p('De contracten lopen vijf jaar.')),
      'De',
      'wmo',
    ],
    [
      'a heading about both fields excludes neither',
      doc(h(2, 'Jeugdhulp en beschermd wonen'), p('De contracten lopen vijf jaar.')),
      'De',
      'both',
    ],
    [
      'a sub-heading about youth care overrides a Wmo chapter',
      doc(h(2, 'Beschermd wonen'), h(3, 'Jongeren'), p('De contracten lopen vijf jaar.')),
      'De',
      'jeugd',
    ],
    [
      'a sentence naming youth care under a Wmo heading is about youth care',
      doc(h(2, 'Beschermd wonen'), p('Jeugdigen stromen bij 18 jaar over.')),
      'Jeugdigen',
      'jeugd',
    ],
    [
      'a list lead-in scopes its items',
      doc(p('Voor volwassenen in de opvang geldt:'), ul('een looptijd van vijf jaar')),
      'een looptijd',
      'wmo',
    ],
    [
      'a table under a Wmo heading is about the Wmo side',
      doc(h(2, 'Beschermd thuis'), table(['Voorziening', 'Plekken'], ['Woonbegeleiding', '40'])),
      'Woonbegeleiding',
      'wmo',
    ],
    [
      'a partner of both fields names no field',
      doc(p('Met de woningcorporaties en de GGD is afgesproken dat zij meedenken.')),
      'Met',
      undefined,
    ],
    ['"jongvolwassenen" is youth care, not adults', doc(p('Voor jongvolwassenen tot 23 jaar.')), 'Voor', undefined],
  ]
  it.each(cases)('%s', (_name, d, start, expected) => {
    expect(fieldAt(d, start)).toBe(expected)
  })
})

describe('evidence for another field', () => {
  const status = (d: ReturnType<typeof doc>, n: number, ruleset?: string) =>
    checkDocument(d, ruleset ? { ruleset } : {}).opgaven.find((o) => o.opgave === n)?.status
  const tariffs = (lead: string) =>
    doc(
      h(2, 'Tarieven'),
      p(
        `${lead} is in 2025 een kostprijsonderzoek gedaan. De tarieven bestaan uit personeelskosten volgens de cao, overhead en cliëntgebonden kosten en worden jaarlijks geïndexeerd met de OVA. Aanbieders leveren elk jaar hun kostprijsopbouw aan volgens het rekenmodel.`,
      ),
    )

  const cases: [string, ReturnType<typeof doc>, number, string | undefined, string][] = [
    ['a tariff method for youth care counts', tariffs('Voor de jeugdhulp'), 8, undefined, 'addressed'],
    ['a tariff method for jeugd and Wmo together counts', tariffs('Voor jeugdhulp en Wmo'), 8, undefined, 'addressed'],
    ['a tariff method for beschermd wonen only does not', tariffs('Voor beschermd wonen'), 8, undefined, 'missing'],
    ['nor under the Wet 2026 rule set', tariffs('Voor beschermd wonen'), 8, 'wet-2026', 'missing'],
    [
      'an arrangement with other regions for the opvang only is not one for youth care',
      doc(
        h(2, 'Samenwerking met andere regio’s'),
        p(
          'De vrouwenopvang organiseren wij bovenregionaal met twee buurregio’s; één centrumgemeente coördineert de crisisplekken van de drie regio’s.',
        ),
      ),
      5,
      undefined,
      'missing',
    ],
    [
      'contract terms under a Wmo heading do not make youth procurement addressed',
      doc(
        h(2, 'Inkoop'),
        h(3, 'Beschermd wonen en opvang'),
        p('De contracten lopen zes jaar, van 1 januari 2026 tot en met 31 december 2031.'),
        p('Cliënten van een aanbieder zonder nieuw contract blijven tot 1 juli 2026 bij die aanbieder.'),
        table(['Stap', 'Datum'], ['Marktconsultatie', 'maart 2025'], ['Gunning', '1 oktober 2025']),
      ),
      7,
      undefined,
      'missing',
    ],
  ]
  it.each(cases)('%s', (_name, d, n, ruleset, expected) => {
    expect(status(d, n, ruleset)).toBe(expected)
  })

  it('the BW/MO rule set still counts the Wmo side', () => {
    expect(status(tariffs('Voor beschermd wonen'), 8, 'bw-mo')).not.toBe('missing')
  })
})
