import { describe, expect, it } from 'vitest'
import { hasPassive, isParticiple } from './passive.ts'
import { wordsIn } from './words.ts'

const passive = (sentence: string) => hasPassive(wordsIn(sentence), sentence)

describe('hasPassive', () => {
  it.each([
    ['worden with a weak participle', 'De hulp wordt door de regio ingekocht.'],
    ['worden with the participle far after it', 'De visie wordt in het voorjaar van 2026 door alle raden vastgesteld.'],
    ['worden with a strong participle', 'De contracten worden voor vier jaar gesloten.'],
    ['worden with "door" and an unknown verb', 'Het plan werd door jongeren herschreven.'],
    ['the participle before the auxiliary in a subordinate clause', 'Dit is hulp die regionaal ingekocht wordt.'],
    ['a modal with worden', 'De tarieven moeten jaarlijks worden geïndexeerd.'],
    ['an impersonal passive', 'Er wordt hard gewerkt aan kortere wachttijden.'],
    ['zijn with a participle', 'De regiovisie is door alle raden vastgesteld.'],
    ['zijn with a be-participle', 'De kosten zijn eerlijk verdeeld.'],
    ['zijn with a strong participle', 'Met de scholen is afgesproken dat er één plan komt.'],
  ])('finds %s', (_name, sentence) => {
    expect(passive(sentence)).toBe(true)
  })

  it.each([
    ['an active sentence', 'De regio koopt de hulp samen in.'],
    ['worden as a copula', 'Jongeren worden volwassen en willen zelf kiezen.'],
    ['worden with a noun', 'Dat wordt een flinke klus.'],
    ['a perfect tense of zijn', 'Het aantal jongeren in de hulp is sinds 2020 gegroeid.'],
    ['a participle in another clause', 'Wij zijn blij dat jongeren hebben meegedacht.'],
    ['a participle after a comma', 'Het plan is klaar, samen opgesteld met ouders.'],
    ['a noun in ge- that ends in d', 'Nu is de gemeenteraad aan de beurt.'],
    ['a noun in be- that ends in d', 'Het beleid is duidelijk.'],
    ['zijn as a possessive', 'Een jongere en zijn ouders kiezen samen.'],
    ['an adjective in -gericht', 'De variant is taakgericht.'],
  ])('leaves alone %s', (_name, sentence) => {
    expect(passive(sentence)).toBe(false)
  })
})

describe('isParticiple', () => {
  it.each([
    'geregeld',
    'gecontracteerd',
    'ingekocht',
    'vastgesteld',
    'meegenomen',
    'besproken',
    'onderzocht',
    'betaald',
  ])('%s is one', (word) => {
    expect(isParticiple(word)).toBe(true)
  })
  it.each(['gebied', 'gezondheid', 'gemeenteraad', 'beleid', 'besluit', 'verband', 'gemiddeld', 'outputgericht'])(
    '%s is none',
    (word) => {
      expect(isParticiple(word)).toBe(false)
    },
  )
})
