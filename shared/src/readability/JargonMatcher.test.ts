import { describe, expect, it } from 'vitest'
import { JargonMatcher } from './JargonMatcher.ts'
import { JARGON_NL } from './jargon.nl.ts'
import { wordsIn } from './words.ts'

const matcher = new JargonMatcher(JARGON_NL)
const terms = (sentence: string) => matcher.match(wordsIn(sentence)).map((m) => m.entry.term)

describe('JargonMatcher', () => {
  it.each([
    ['the term as listed', 'De regio regelt de specialistische jeugdhulp.', ['specialistische jeugdhulp']],
    ['the adjective with -e', 'Wij kopen specialistische functies in.', ['specialistisch']],
    ['the adjective without -e', 'Het specialistisch aanbod blijft.', ['specialistisch']],
    [
      'a phrase listed inflected, written uninflected',
      'Zorg die specialistisch jeugdhulp heet.',
      ['specialistische jeugdhulp'],
    ],
    ['an adjective with -e and a halved vowel', 'Wij werken aan integrale zorg.', ['integraal']],
    ['the adjective itself', 'Dat gaat integraal.', ['integraal']],
    ['a plural', 'Het gaat om meerdere domeinen.', ['domein']],
    ['capitals and no diaeresis', 'CONTINUITEIT staat voorop.', ['continuïteit']],
    ['a compound that starts with the term', 'De transformatiegelden zijn op.', ['transformatie']],
    ['the longer phrase before its own word', 'Het sociaal domein groeit.', ['sociaal domein']],
    ['the longer phrase with an inflection', 'De continuïteit van zorg staat voorop.', ['continuïteit van zorg']],
    [
      'several terms in one sentence',
      'Onze inkoopstrategie en de uitvoeringsvariant volgen uit het opdrachtgeverschap.',
      ['inkoopstrategie', 'uitvoeringsvariant', 'opdrachtgeverschap'],
    ],
    ['an irregular plural listed as a form', 'Er zijn twee inkoopstrategieën.', ['inkoopstrategie']],
    [
      'a phrase whose last word starts a compound',
      'Wij spreken specialistische jeugdhulpaanbieders.',
      ['specialistische jeugdhulp'],
    ],
  ])('finds %s', (_name, sentence, expected) => {
    expect(terms(sentence)).toEqual(expected)
  })

  it.each([
    ['plain words', 'Je krijgt hulp dicht bij huis.'],
    ['a word that only starts like a term', 'Het gebouw is toegankelijk voor iedereen.'],
    ['the last words of a phrase alone', 'Dat blijft zo, van zorg gesproken.'],
    ['a short term inside a longer word', 'De regionale aanpak werkt.'],
  ])('finds nothing in %s', (_name, sentence) => {
    expect(terms(sentence)).toEqual([])
  })

  it('holds at least 40 terms, each with a plain alternative that differs from it', () => {
    expect(JARGON_NL.length).toBeGreaterThanOrEqual(40)
    for (const entry of JARGON_NL) {
      expect(entry.plain.trim().length).toBeGreaterThan(0)
      expect(entry.plain.toLowerCase()).not.toBe(entry.term.toLowerCase())
    }
    expect(new Set(JARGON_NL.map((e) => e.term)).size).toBe(JARGON_NL.length)
  })
})
