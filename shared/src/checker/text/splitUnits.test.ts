import { describe, expect, it } from 'vitest'
import { MAX_UNIT, splitUnits } from './splitUnits.ts'

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
  it('keeps a date or an amount after an abbreviation in its sentence', () => {
    expect(split('Vastgesteld d.d. 3 juli 2025 door het bestuur. Daarna de raden.')).toEqual([
      'Vastgesteld d.d. 3 juli 2025 door het bestuur.',
      'Daarna de raden.',
    ])
    expect(split('Wachttijd gem. 15 weken.')).toEqual(['Wachttijd gem. 15 weken.'])
  })
  it('finds sentences after quotes and questions', () => {
    expect(split('Wat nu? Wij kiezen. "Goed zo." Klaar!')).toEqual(['Wat nu?', 'Wij kiezen.', '"Goed zo."', 'Klaar!'])
  })
  it('stays linear on a long paragraph of ordinary sentences (the segmenter only sees short pieces)', () => {
    const text = 'De regio koopt jeugdhulp in bij vaste partners. '.repeat(8000)
    const started = Date.now()
    expect(splitUnits(text)).toHaveLength(8000)
    expect(Date.now() - started).toBeLessThan(2000)
  })
  it('splits at hard line breaks', () => {
    expect(split('Regel een\nRegel twee')).toEqual(['Regel een', 'Regel twee'])
  })
  it('keeps the text of an over-long unit, in pieces of at most MAX_UNIT characters', () => {
    const text = `${'woord '.repeat(1000)}einde.\n${'x'.repeat(5000)}`
    const spans = splitUnits(text)
    expect(spans.every(({ start, end }) => end - start <= MAX_UNIT)).toBe(true)
    const pieces = spans.map(({ start, end }) => text.slice(start, end))
    expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    expect(pieces.slice(-3).map((p) => p.length)).toEqual([2000, 2000, 1000])
  })
  it('stays linear on long runs of spaces, dots and letters', () => {
    const started = Date.now()
    for (const text of [
      `a${' '.repeat(160_000)}b`,
      '.'.repeat(160_000),
      `${'x'.repeat(100_000)}. Volgende zin.`,
      `.${')'.repeat(100_000)} x`,
      '.) '.repeat(50_000),
    ])
      splitUnits(text)
    // Some 50 ms on an idle machine; quadratic scanning took seconds. Generous for a busy CI machine.
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
