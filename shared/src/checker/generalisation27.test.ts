import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { beschikbaarheid } from './rules/beschikbaarheid.ts'
import { bovenregionaal } from './rules/bovenregionaal.ts'
import { governance } from './rules/governance.ts'
import { inkoopbeleid } from './rules/inkoopbeleid.ts'
import { tarieven } from './rules/tarieven.ts'
import { codesOf, doc, elementState, flagsOf, h, p, prose, table } from './testDoc.ts'
import { defers, Flag } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

// Concepts found missing on unseen batch 27 (a commission answered part by part, numbered agreements in
// tables, a table of reactions, an intranet page under the 2026 law and a memo with tracked changes),
// each with a case that must not count. All sentences are written for these tests.

describe('text a draft marks as deleted', () => {
  it('"[vervallen: …]" is no evidence; "[nieuw: …]" is', () => {
    const sentence = 'De wethouder van Aldeburg treedt namens de regio naar buiten op.'
    expect(elementState(governance, 'aanspreekpunt', prose(`[vervallen: ${sentence}]`), 4)).toBe('none')
    expect(elementState(governance, 'aanspreekpunt', prose(`[nieuw: ${sentence}]`), 4)).toBe('found')
    expect(
      elementState(governance, 'aanspreekpunt', prose(`[geschrapt: Wij hadden geen aanspreekpunt.] ${sentence}`), 4),
    ).toBe('found')
  })

  it('struck words inside a sentence are read as deleted', () => {
    const d = prose('De wethouder van Aldeburg treedt ~~niet~~ namens de regio naar buiten op.')
    expect(elementState(governance, 'aanspreekpunt', d, 4)).toBe('found')
  })
})

describe('a table of reactions', () => {
  const reactions = (...rows: string[][]) =>
    doc(h(2, 'Reacties'), table(['Nr.', 'Reactie', 'Van', 'Wat wij ermee deden', 'Besluit'], ...rows))

  it('what a participant proposed is not what the region arranged', () => {
    const d = reactions([
      '4',
      'Laat de wethouder van Aldeburg namens de regio naar buiten optreden.',
      'Aanbieders',
      'Zie paragraaf 5.1.',
      'Overgenomen',
    ])
    expect(elementState(governance, 'aanspreekpunt', d, 4)).toBe('none')
  })

  it('the answer counts, and "niet overgenomen" denies the reaction, not the answer', () => {
    const d = reactions([
      '5',
      'Elke gemeente moet zelf kunnen afwijken.',
      'College Bosdam',
      'Besluiten van het algemeen bestuur binden alle gemeenten; tekorten dragen zij samen naar inwonertal.',
      'Niet overgenomen',
    ])
    expect(elementState(governance, 'bindende-afspraken', d, 4)).toBe('found')
  })
})

describe('a row in place in part', () => {
  it('an arrangement and a deferral in one row are evidence and a deferral both', () => {
    const d = doc(
      h(2, 'Samenwerking met andere regio’s'),
      table(
        ['Onderwerp', 'Afspraak'],
        [
          'Gesloten jeugdhulp',
          'De gesloten jeugdhulp kopen wij samen met twee buurregio’s in, onder coördinatie van de regio Oostland. De nieuwe afspraken maken wij in 2026.',
        ],
      ),
    )
    expect(elementState(bovenregionaal, 'afspraken-bovenregionaal', d, 5)).not.toBe('none')
    expect(codesOf(d, 5)).toContain('opgave-5.uitgesteld')
  })

  it('a name or a date in another cell is no statement of its own', () => {
    const d = doc(
      h(2, 'Beschikbaarheid'),
      table(
        ['Nr.', 'Afspraak', 'Wie', 'Wanneer'],
        [
          '7',
          'Voor de pleegzorg maken we afspraken over hoeveel gezinnen er minimaal moeten zijn.',
          'werkgroep',
          'in 2026',
        ],
      ),
    )
    expect(elementState(beschikbaarheid, 'borging', d, 2)).toBe('none')
  })
})

describe('still to be agreed', () => {
  it.each([
    ['Met de aanbieders maken we afspraken over hoeveel crisisplekken er moeten zijn.', true],
    ['De nieuwe afspraken maken wij in 2026 met de buurregio’s.', true],
    ['Met de aanbieders hebben we afgesproken dat er vier crisisplekken zijn.', false],
  ])('%s → deferred %s', (sentence, expected) => {
    expect(defers((re) => re.test(normalize(sentence)))).toBe(expected)
  })

  it('a rule for when something happens, inside a table row, defers nothing', () => {
    const row =
      '12 | Aanbieders tonen elk jaar hun kosten. Wijkt dat af van onze prijs, dan gaan we in gesprek. | inkoop'
    expect(defers((re) => re.test(normalize(row)))).toBe(false)
  })

  it('a point of attention is no arrangement', () => {
    expect(
      (flagsOf('In hoofdstuk 4 staat nu dat pleegzorg voor pubers een aandachtspunt is.') & Flag.intention) !== 0,
    ).toBe(true)
    expect((flagsOf('Pleegzorg voor pubers kopen wij regionaal in.') & Flag.intention) !== 0).toBe(false)
  })
})

describe('prices in plain words', () => {
  it('working out what care really costs is a method, and providers showing their figures is openness', () => {
    const d = prose(
      'Wat wij betalen, rekenen wij uit vanuit wat een uur hulp werkelijk kost.',
      'Aanbieders laten ons elk jaar hun eigen cijfers zien, opgebouwd uit dezelfde onderdelen als onze prijs.',
    )
    expect(elementState(tarieven, 'tariefmethode', d, 8)).toBe('found')
    expect(elementState(tarieven, 'tariefopbouw-transparantie', d, 8)).toBe('found')
    const other = prose('Aanbieders laten ons elk jaar hun jaarplan zien, zodat wij weten wat zij van plan zijn.')
    expect(elementState(tarieven, 'tariefopbouw-transparantie', other, 8)).toBe('none')
  })
})

describe('one purchasing policy', () => {
  it('secured in the same paragraph that names the policy', () => {
    const d = prose(
      'Alle gemeenten volgen het regionale inkoopkader, ook voor wat zij lokaal inkopen. Het kader regelt de eisen. (1) De verordeningen verwijzen naar het kader; (2) het bestuur toetst elk jaar of de lokale inkoop binnen het kader bleef.',
    )
    expect(elementState(inkoopbeleid, 'borging', d, 10)).toBe('found')
  })

  it('aligned under a heading that names the policy', () => {
    const d = doc(
      h(2, 'Eén lijn in het inkoopbeleid'),
      p('Ook de jeugdhulp die gemeenten lokaal inkopen volgt dezelfde kwaliteitseisen als de regionale inkoop.'),
    )
    expect(elementState(inkoopbeleid, 'afstemming', d, 10)).toBe('found')
    const elsewhere = doc(h(2, 'Kwaliteit'), p('De aanbieders volgen dezelfde kwaliteitseisen als vorig jaar.'))
    expect(elementState(inkoopbeleid, 'afstemming', elsewhere, 10)).toBe('none')
  })
})

describe('members each on their own variant', () => {
  it('is part of the way to one variant, not the choice', () => {
    const split =
      'Drie gemeenten betalen per traject (outputgericht); de andere twee betalen per uur (inspanningsgericht).'
    expect(
      elementState(administratieveLasten, 'uitvoeringsvariant', doc(table(['Nr.', 'Afspraak'], ['4', split])), 6),
    ).toBe('some')
  })
})
