import { describe, expect, it } from 'vitest'
import { elementState, prose } from '../testDoc.ts'
import { bovenregionaal } from './bovenregionaal.ts'
import { regiovisie } from './regiovisie.ts'

// A few English words for a summary written for partners abroad, where they are unambiguous.
// Sentences are written for these tests, not taken from any sample.
describe('English summaries', () => {
  it.each([
    [
      'drawn up with the groups named',
      'The vision was drawn up together with the Jongerenraad, the Ouderpanel, 30 jeugdhulpaanbieders, the gecertificeerde instelling, Veilig Thuis, the lokale teams, huisartsen and the GGD.',
      'found',
    ],
    ['no one consulted', 'The vision describes young people, parents and providers.', 'none'],
  ])('participation: %s', (_name, text, expected) => {
    expect(elementState(regiovisie, 'participatie', prose(text), 1)).toBe(expected)
  })

  it.each([
    [
      'purchased with other regions',
      'JeugdzorgPlus is purchased together with two other Dutch youth care regions under a convenant; Dalrijk is the coordinating region and signs the contracts.',
      'found',
    ],
    ['no other region', 'JeugdzorgPlus is purchased by the region itself.', 'none'],
  ])('functions with other regions: %s', (_name, text, expected) => {
    expect(elementState(bovenregionaal, 'functies-bovenregionaal', prose(text), 5)).toBe(expected)
  })
})
