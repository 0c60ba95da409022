import { describe, expect, it } from 'vitest'
import { JEUGD_FUNCTIONS } from './lexicon.ts'
import { beschikbaarheid } from './rules/beschikbaarheid.ts'
import { governance } from './rules/governance.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { tarieven } from './rules/tarieven.ts'
import { defersSentence, doc, elementState, h, p, prose, statusOf, ul } from './testDoc.ts'
import { TURNS_DOWN_PREVIOUS } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

// Concepts found missing on unseen batch 23 (first sight 82.7% of cells, 86.5% addressed-or-not, one
// opgave called addressed where both readers found it missing), each with a case that must not count.
// All sentences are written for these tests.

describe('what was taken out or left out', () => {
  it.each([
    ['Die is er in de definitieve tekst uit.', true],
    ['Deze passage is geschrapt.', true],
    ['Die is er uit de regio.', false],
  ])('%s → turns down the one before: %s', (sentence, expected) => {
    expect(TURNS_DOWN_PREVIOUS.test(normalize(sentence))).toBe(expected)
  })

  it('a draft paragraph quoted and then taken out is no evidence', () => {
    const draft =
      'Over de tarieven stond in het vorige concept: aanbieders leggen hun kostprijsopbouw elk jaar voor aan de regio.'
    expect(elementState(tarieven, 'tariefopbouw-transparantie', prose(draft), 8)).toBe('found')
    expect(
      elementState(tarieven, 'tariefopbouw-transparantie', prose(draft, 'Die is er in de definitieve tekst uit.'), 8),
    ).toBe('none')
  })

  it('an element its section says was not taken into the contracts is not arranged there', () => {
    const offer = p('Aanbieders zijn bereid de regio hun tariefopbouw te tonen.')
    expect(elementState(tarieven, 'tariefopbouw-transparantie', doc(h(2, 'Tarieven'), offer), 8)).toBe('found')
    const left = p('Een plicht om de tariefopbouw te tonen is niet in de overeenkomsten opgenomen.')
    expect(elementState(tarieven, 'tariefopbouw-transparantie', doc(h(2, 'Tarieven'), offer, left), 8)).toBe('none')
    // Something else left out does not touch it.
    const other = p('Een korting op de tarieven is niet in de overeenkomsten opgenomen.')
    expect(elementState(tarieven, 'tariefopbouw-transparantie', doc(h(2, 'Tarieven'), offer, other), 8)).toBe('found')
  })
})

describe('what is put off and what is done', () => {
  it.each([
    ['De samenwerking is vastgelegd in een convenant dat alle colleges ondertekenden.', false],
    ['De samenwerking wordt vastgelegd in een convenant.', true],
    ['Wie namens de regio optreedt, wordt in de loop van 2027 aangewezen.', true],
    ['Wie namens de regio optreedt, werd in 2024 aangewezen.', false],
    ['Wij laten in 2027 een onderzoek naar de kostprijzen uitvoeren.', true],
    ['Wij lieten in 2024 een onderzoek naar de kostprijzen uitvoeren.', false],
    ['Komt er een landelijk contract, dan bekijken wij of aansluiten mogelijk is.', true],
    ['Komt een aanbieder in de problemen, dan nemen de andere aanbieders de jeugdigen over.', false],
  ])('%s → deferred %s', (sentence, expected) => {
    expect(defersSentence(sentence)).toBe(expected)
  })

  it('a wish given a date for its arrangements puts part of the opgave off', () => {
    const jzp = p(
      'JeugdzorgPlus kopen wij samen in met de regio Duinrand; dat staat in een convenant tot 2028 en Duinrand coördineert.',
    )
    const status = (...extra: ReturnType<typeof p>[]) =>
      statusOf(doc(h(2, 'Bovenregionale samenwerking'), jzp, ...extra), 5)
    expect(status()).toBe('addressed')
    expect(
      status(
        p('Ook voor de klinische jeugd-ggz willen wij met buurregio’s samenwerken. Die afspraken volgen in 2027.'),
      ),
    ).toBe('partial')
  })
})

describe('tariff method in other words', () => {
  it.each([
    ['Over de tarieven: een adviesbureau berekende per product wat een uur hulp echt kost.', 'found'],
    ['Over de tarieven: de uitkomsten van die berekening zijn de basis voor de tarieven.', 'found'],
    ['Over de tarieven: de kosten van de jeugdhulp stegen vorig jaar.', 'none'],
  ])('%s → %s', (sentence, expected) => {
    expect(elementState(tarieven, 'tariefmethode', prose(sentence), 8)).toBe(expected)
  })
})

describe('who wrote the vision with the region', () => {
  it('"Opgesteld met:" above a list says who took part', () => {
    const d = doc(p('Opgesteld met:'), ul('de jongerenraad van de regio'))
    expect(elementState(regiovisie, 'participatie', d, 1)).toBe('some')
    expect(
      elementState(regiovisie, 'participatie', doc(p('Verspreid onder:'), ul('de jongerenraad van de regio')), 1),
    ).toBe('none')
  })
})

describe('functions the region keeps available', () => {
  it.each([
    ['Pleegzorg, residentiële jeugdhulp en jeugd-ggz koopt iedere gemeente zelf in.', 'none'],
    ['Gemeenten die lokaal pleegzorg, residentiële jeugdhulp of jeugd-ggz inkopen, melden dat elkaar.', 'none'],
    ['Pleegzorg, residentiële jeugdhulp en jeugd-ggz kopen de gemeenten regionaal in.', 'found'],
  ])('%s → %s', (sentence, expected) => {
    expect(elementState(beschikbaarheid, 'functies', prose(sentence), 2)).toBe(expected)
  })

  it('a list of who took part names providers, not functions', () => {
    const items = ['aanbieders van pleegzorg', 'aanbieders van residentiële jeugdhulp', 'de crisisdienst']
    expect(elementState(beschikbaarheid, 'functies', doc(p('Aan deze visie dachten mee:'), ul(...items)), 2)).toBe(
      'none',
    )
    expect(elementState(beschikbaarheid, 'functies', doc(p('Regionaal ingekocht:'), ul(...items)), 2)).toBe('found')
  })

  it.each([
    ['een 24-uurs crisisdienst', ['crisis']],
    ['het 24-uursverblijf voor jongeren', ['residentieel']],
  ])('%s names %j', (words, keys) => {
    const n = normalize(words)
    expect(
      Object.entries(JEUGD_FUNCTIONS)
        .filter(([, re]) => re.test(n))
        .map(([k]) => k),
    ).toEqual(keys)
  })
})

describe('governance', () => {
  it.each([
    ['In één gemeente werd het voorstel aangehouden: een meerderheid van de raad wilde eerst de kosten weten.', 'none'],
    ['Besluiten van het bestuur vragen een meerderheid van twee derde en binden alle gemeenten.', 'found'],
  ])('binding: %s → %s', (sentence, expected) => {
    expect(elementState(governance, 'bindende-afspraken', prose(sentence), 4)).toBe(expected)
  })

  it('a convenant with the schools on one arrangement is not how the municipalities cooperate', () => {
    const schools = doc(h(3, 'Onderwijs en jeugdhulp'), p('De verdeling van de kosten is vastgelegd in een convenant.'))
    expect(elementState(governance, 'rechtsvorm', schools, 4)).toBe('none')
    const own = doc(h(3, 'Samenwerking'), p('De vijf gemeenten werken samen op basis van een convenant.'))
    expect(elementState(governance, 'rechtsvorm', own, 4)).toBe('found')
  })
})
