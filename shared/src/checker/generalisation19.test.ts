import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { governance } from './rules/governance.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { tarieven } from './rules/tarieven.ts'
import { wachttijden } from './rules/wachttijden.ts'
import { doc, elementState, h, p, prose, statusOf, table } from './testDoc.ts'
import { defers, Flag, markersOf } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

// Concepts found missing on unseen batch 19 (first sight 82.7% of cells), each with a case that must
// not count. All sentences are written for these tests.

describe('a trial in some members is not yet the region’s arrangement', () => {
  it.each([
    ['Afspraak 4 — Eén gezinsplan (pilot) In Oostrum en Weverslo werkt het team met één plan per gezin.', true],
    ['Een proef in twee van de zes gemeenten loopt tot 2027.', true],
    ['Na een geslaagde proef werken nu alle zes gemeenten met één plan per gezin.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(defers((re) => re.test(normalize(sentence)))).toBe(expected)
  })
})

describe('a wish inside quotation marks is a title, not an intention', () => {
  it.each([
    ['De jongeren schreven een eigen hoofdstuk “Wat wij willen dat jullie weten”.', false],
    ['Wij willen dat jongeren meeschrijven.', true],
  ])('%s → intention %s', (sentence, expected) => {
    expect((markersOf(normalize(sentence)) & Flag.intention) !== 0).toBe(expected)
  })
})

describe('a proposal turned down in the next sentences is no arrangement', () => {
  const method = (...paragraphs: string[]) => elementState(tarieven, 'tariefmethode', prose(...paragraphs), 8)
  it('turned down', () => {
    expect(
      method(
        'De aanbieders stelden een rekenmodel voor waarop de tarieven gebaseerd zijn.',
        'De gemeenten hebben dat model niet overgenomen.',
      ),
    ).toBe('none')
  })
  it('taken over', () => {
    expect(
      method(
        'De aanbieders stelden een rekenmodel voor waarop de tarieven gebaseerd zijn.',
        'De gemeenten hebben dat model overgenomen.',
      ),
    ).toBe('found')
  })
})

describe('words of this round', () => {
  it.each([
    // "door de raad" in every municipality
    [
      regiovisie,
      'vaststelling-raden',
      1,
      prose('Daarmee is de visie in alle vier gemeenten door de raad vastgesteld, als laatste op 3 juni 2025.'),
      'found',
    ],
    [
      regiovisie,
      'vaststelling-raden',
      1,
      prose('De visie is vastgesteld door de raad van bestuur van de GGD.'),
      'some',
    ],
    // A council's vote is not the cooperation's binding rules
    [
      governance,
      'bindende-afspraken',
      4,
      prose('In Oostrum heeft de raad het besluit aangehouden: een meerderheid wilde eerst meer weten over de kosten.'),
      'none',
    ],
    // Contract management "centraal"
    [administratieveLasten, 'contractbeheer', 6, prose('Contractbeheer centraal: Inkoopbureau Weverslo.'), 'found'],
    // One set of agreements with other regions is opgave 5
    [
      administratieveLasten,
      'contractvoorwaarden',
      6,
      doc(
        h(2, 'Samenwerking met andere regio’s'),
        table(['Functie', 'Met', 'Afspraak'], ['JeugdzorgPlus', 'Duinrand', 'één set afspraken over plaatsingen']),
      ),
      'none',
    ],
    // A coordinator who divides places among providers
    [
      wachttijden,
      'aanpak',
      9,
      prose(
        'Wie langer wacht dan de norm, krijgt een overbruggingsgesprek. Een regionale wachtlijstcoördinator verdeelt de vrije plekken over de aanbieders, zodat de wachttijden dalen.',
      ),
      'found',
    ],
  ] as const)('case %#', (rule, id, opgave, d, expected) => {
    expect(elementState(rule, id, d, opgave)).toBe(expected)
  })

  it('a pilot in two of five municipalities makes opgave 3 partial', () => {
    const d = doc(
      h(2, 'Toegang'),
      p('In elke gemeente werkt een wijkteam als toegang.'),
      p(
        'Afspraak 5 (proef): in Oostrum en Weverslo voeren de wijkteams de vijf basisfuncties in: vraagverheldering met het hele gezin, zelf kortdurende hulp, veiligheid met Veilig Thuis, wekelijkse consultatie door specialisten en één regisseur per gezin.',
      ),
    )
    expect(statusOf(d, 3)).not.toBe('addressed')
  })
})
