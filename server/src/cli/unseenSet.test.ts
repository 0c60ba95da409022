import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type Cell, figures, measureFolder } from './agreement.ts'

// Regiovisies written for the checker without sight of its rules, each labelled by its writer and
// blind by a second reader (tests/checker/unseen/batch*/labels.*.json). Only cells where both agree
// count. A batch is added unseen: its first-sight figure is reported before any rule is changed for it.
const UNSEEN = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/checker/unseen')
// A batch counts once it has labels (a writer may still be at work on a new one).
const BATCHES = readdirSync(UNSEEN).filter(
  (d) => d.startsWith('batch') && readdirSync(join(UNSEEN, d)).some((f) => f.startsWith('labels.')),
)

describe('the checker on regiovisies written without sight of its rules', () => {
  const all: Cell[] = []
  for (const batch of BATCHES) {
    it(`${batch}: never addressed where the readers found the opgave missing`, async () => {
      const { cells } = await measureFolder(join(UNSEEN, batch))
      all.push(...cells)
      expect(figures(cells).addressedWhereMissing).toBe(0)
    })
  }

  it('agrees with the readers on at least 90% of all cells and 95% on addressed or not', () => {
    const f = figures(all)
    expect(f.cells).toBeGreaterThan(250)
    expect(f.agree / f.cells).toBeGreaterThanOrEqual(0.9)
    expect(f.binaryAgree / f.cells).toBeGreaterThanOrEqual(0.95)
  })
})
