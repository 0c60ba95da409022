import { describe, expect, it } from 'vitest'
import { Corpus } from './corpus.ts'
import { prose } from './testDoc.ts'

// A staged roll-out: what is in place in part already, and the rest following on a date, is no
// deferral. Sentences are written for these tests, not taken from any sample.
describe('the rest follows on a date', () => {
  it.each([
    ['In drie van de vijf gemeenten draait al een jeugdconsulent op school; de andere twee volgen in 2026.', false],
    ['Een deel van de teams werkt al met één plan per gezin. De overige teams volgen per 2027.', false],
    ['Wij werken met een jeugdconsulent op school; de andere gemeenten volgen in 2026.', true],
    ['In drie van de vijf gemeenten draait al een jeugdconsulent. De uitwerking volgt in 2026.', true],
    ['De andere twee gemeenten volgen in 2026.', true],
  ])('%s → deferred %s', (text, expected) => {
    const corpus = new Corpus(prose(text))
    const last = corpus.units[corpus.units.length - 1]!
    expect(corpus.deferred(last)).toBe(expected)
  })
})
