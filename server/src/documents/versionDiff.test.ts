import type { DiffSegment } from '@regiovisie/shared/versions'
import { describe, expect, it } from 'vitest'
import { myersDiff } from './boundedDiff.ts'
import { diffTexts } from './versionDiff.ts'

const side = (segments: DiffSegment[], skip: DiffSegment['type']) =>
  segments
    .filter((s) => s.type !== skip)
    .map((s) => s.text)
    .join('')

/** A small deterministic random number generator (Park–Miller). */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 16807) % 2147483647
    return (state - 1) / 2147483646
  }
}

/** Random texts of a few paragraphs from a small vocabulary, so that they share words. */
function randomText(random: () => number): string {
  const words = ['de', 'regio', 'jeugd', 'inkoop', 'Wij', 'plan', '2026', '.', ',']
  const paragraphs = Math.floor(random() * 5)
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]).join(
      random() < 0.1 ? '  ' : ' ',
    ),
  ).join('\n')
}

function lcsLength(a: number[], b: number[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!)
  return t[a.length]![b.length]!
}

describe('myersDiff', () => {
  it('finds a shortest edit script', () => {
    const random = seeded(1)
    for (let n = 0; n < 2000; n++) {
      const gen = () => Array.from({ length: Math.floor(random() * 10) }, () => Math.floor(random() * 4))
      const a = gen()
      const b = gen()
      const runs = myersDiff(a, b, 100, { steps: 1e9 })!
      const edits = runs.filter((r) => r.op !== '=').reduce((s, r) => s + r.n, 0)
      expect(edits).toBe(a.length + b.length - 2 * lcsLength(a, b))
    }
  })

  it('gives up beyond the edit limit or the budget', () => {
    const a = Array.from({ length: 5000 }, (_, i) => i)
    const b = a.map((i) => i + 10_000)
    expect(myersDiff(a, b, 100, { steps: 1e9 })).toBeNull()
    expect(myersDiff(a, b, 10_000, { steps: 1000 })).toBeNull()
  })
})

describe('diffTexts', () => {
  it('rebuilds both texts from its segments, limited or not', () => {
    const random = seeded(7)
    for (let n = 0; n < 3000; n++) {
      const a = randomText(random)
      const b = random() < 0.5 ? randomText(random) : a.replace('regio', 'provincie').replace('\n', '\nNieuw.\n')
      const { segments } = diffTexts(a, b, n % 2 ? { maxEdits: 3, steps: 50 } : { maxEdits: 1500, steps: 1e7 })
      expect(side(segments, 'insert')).toBe(a)
      expect(side(segments, 'delete')).toBe(b)
    }
  })

  it('shows word changes inside a changed paragraph and counts words', () => {
    const diff = diffTexts(
      'Eerste alinea.\nDeze zin verdwijnt straks.\nSlot.',
      'Eerste alinea.\nDeze zin is nieuw.\nSlot.',
    )
    expect(diff.segments).toEqual([
      { type: 'equal', text: 'Eerste alinea.\nDeze zin ' },
      { type: 'delete', text: 'verdwijnt straks.\n' },
      { type: 'insert', text: 'is nieuw.\n' },
      { type: 'equal', text: 'Slot.' },
    ])
    expect([diff.inserted, diff.deleted]).toEqual([2, 2])
  })

  it('shows a rewrite beyond the limits as removed and added, quickly', () => {
    const text = (prefix: string) =>
      Array.from({ length: 300 }, (_, p) =>
        Array.from({ length: 100 }, (_, w) => `${prefix}${p * 100 + w}`).join(' '),
      ).join('\n')
    const started = performance.now()
    const diff = diffTexts(text('a'), text('b'))
    expect(performance.now() - started).toBeLessThan(1000)
    expect([diff.inserted, diff.deleted]).toEqual([30_000, 30_000])
  })
})
