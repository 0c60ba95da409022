import { describe, expect, it } from 'vitest'
import { MAX_PIECE, sentenceSpans } from './sentences.ts'

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end))

describe('sentenceSpans', () => {
  it.each([
    ['two plain sentences', 'Wij kopen samen in. Dat scheelt geld.', ['Wij kopen samen in.', 'Dat scheelt geld.']],
    ['a question and an exclamation', 'Ben je 18? Dan stopt je hulp niet!', ['Ben je 18?', 'Dan stopt je hulp niet!']],
    ['no full stop at the end', 'Een lijstitem zonder punt', ['Een lijstitem zonder punt']],
    ['spaces around are left out', '   Hallo daar.   ', ['Hallo daar.']],
    [
      'an abbreviation before a capital does not end the sentence',
      'Dit geldt m.b.t. Jeugdzorg Plus en o.a. Veilig Thuis. Daarna volgt meer.',
      ['Dit geldt m.b.t. Jeugdzorg Plus en o.a. Veilig Thuis.', 'Daarna volgt meer.'],
    ],
    ['a lower-case word after a full stop stays in the sentence', 'Zie bijv. de bijlage.', ['Zie bijv. de bijlage.']],
    ['an empty paragraph has no sentences', '', []],
    ['only spaces have none either', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('cuts a paragraph without full stops into pieces no longer than MAX_PIECE, at spaces, losing no word', () => {
    const text = 'woord '.repeat(2000)
    const spans = sentenceSpans(text)
    expect(spans.length).toBeGreaterThan(2)
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_PIECE)
    expect(split(text).join(' ')).toBe(text.trim())
  })

  it('cuts a long run of letters without any space too', () => {
    const spans = sentenceSpans('a'.repeat(5000))
    expect(spans.map((s) => s.end - s.start)).toEqual([1000, 1000, 1000, 1000, 1000])
  })
})
