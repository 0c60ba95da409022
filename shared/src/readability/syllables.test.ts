import { describe, expect, it } from 'vitest'
import { countSyllables, isLongWord } from './syllables.ts'

describe('countSyllables', () => {
  it.each([
    ['hulp', 1],
    ['jeugd', 1],
    ['ouders', 2],
    ['gemeente', 3],
    ['jongeren', 3],
    ['organisatie', 5],
    ['continuïteit', 5],
    ['coördinatie', 5],
    ['situatie', 4],
    ['ideaal', 3],
    ['specialistische', 6],
    ['jeugdhulpaanbieders', 5],
    ['2026', 0],
    ['GGD', 1],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n)
  })
})

describe('isLongWord', () => {
  it.each([
    ['organisatie', true],
    ['gemeenteraad', true],
    ['zorgaanbieders', true], // 14 letters
    ['jongeren', false],
    ['wachttijd', false],
    ['hulp', false],
  ])('%s: %s', (word, long) => {
    expect(isLongWord(word)).toBe(long)
  })
})
