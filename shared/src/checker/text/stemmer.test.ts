import { describe, expect, it } from 'vitest'
import { inflections, stem } from './stemmer.ts'

describe('the Dutch stemmer behind the vocabulary', () => {
  it.each([
    ['crisisplekken', 'crisisplek'],
    ['jeugdhulpaanbieders', 'jeugdhulpaanbieder'],
    ['overeenkomsten', 'overeenkomst'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected)
  })

  it.each([
    ['plek', 'plekken'],
    ['jaar', 'jaren'],
    ['gemeente', 'gemeenten'],
    ['specialistisch', 'specialistische'],
    ['wachtlijst', 'wachtlijsten'],
  ])('counts %s and %s as one word', (word, form) => {
    expect(inflections(word)).toContain(form)
  })

  it('keeps derivations apart: another word is not an inflection', () => {
    expect(inflections('raad')).not.toContain('raadpleging')
    expect(inflections('plan')).not.toContain('planning')
  })

  it('leaves short words and words with other characters alone', () => {
    expect(inflections('wet')).toEqual(['wet'])
    expect(inflections('24-uurs')).toEqual(['24-uurs'])
  })
})
