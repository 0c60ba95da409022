import { describe, expect, it } from 'vitest'
import { doc, elementState, p, prose, ul } from '../testDoc.ts'
import { regionaleVormen } from './regionaleVormen.ts'

describe('Wet 2026, regionaal gecontracteerde vormen van jeugdhulp', () => {
  it.each([
    [doc(p('Vanaf 2027 contracteren wij regionaal:'), ul('crisishulp', 'pleegzorg', 'jeugdreclassering')), 'found'],
    [prose('Wij kopen pleegzorg regionaal in.'), 'none'],
    [prose('Jeugdhulp is belangrijk.'), 'none'],
  ])('%#', (d, expected) => {
    expect(elementState(regionaleVormen, 'vormen', d, 11)).toBe(expected)
  })
})
