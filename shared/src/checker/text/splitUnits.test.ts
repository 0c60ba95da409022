import { describe, expect, it } from 'vitest'
import { splitUnits } from './splitUnits.ts'

const split = (t: string) => splitUnits(t).map(({ start, end }) => t.slice(start, end))

describe('splitUnits', () => {
  it('splits sentences and semicolon clauses', () => {
    expect(split('Eén. Twee zijn er; drie ook! Vier?')).toEqual(['Eén.', 'Twee zijn er', 'drie ook!', 'Vier?'])
  })
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(split('Dit geldt o.a. voor Stb. 2024, 69 en voor 1.230 uur. Klaar.')).toEqual([
      'Dit geldt o.a. voor Stb. 2024, 69 en voor 1.230 uur.',
      'Klaar.',
    ])
  })
  it('splits at hard line breaks', () => {
    expect(split('Regel een\nRegel twee')).toEqual(['Regel een', 'Regel twee'])
  })
})
