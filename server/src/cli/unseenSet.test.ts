import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { figures, measureFolder } from './agreement.ts'

// Regiovisies written for the checker without sight of its rules, each labelled by its writer and
// blind by a second reader (tests/checker/unseen/batch*/labels.*.json). Only cells where both agree
// count. A batch is added unseen: its first-sight figure is reported before any rule is changed for it.
const UNSEEN = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/checker/unseen')
const BATCHES = ['batch1', 'batch2', 'batch3', 'batch4', 'batch5']

describe('the checker on regiovisies written without sight of its rules', () => {
  for (const batch of BATCHES) {
    it(`${batch}: never addressed where the readers found the opgave missing, and agrees on most cells`, async () => {
      const { cells } = await measureFolder(join(UNSEEN, batch))
      const f = figures(cells)
      expect(f.addressedWhereMissing).toBe(0)
      expect(f.agree / f.cells).toBeGreaterThanOrEqual(0.85)
      expect(f.binaryAgree / f.cells).toBeGreaterThanOrEqual(0.95)
    })
  }
})
