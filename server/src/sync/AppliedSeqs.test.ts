import { describe, expect, it } from 'vitest'
import { AppliedSeqs } from './AppliedSeqs.ts'

describe('AppliedSeqs', () => {
  it('moves up through consecutive numbers and knows what it holds', () => {
    const seqs = new AppliedSeqs(4)
    seqs.add(5)
    seqs.add(6)
    expect(seqs.upTo).toBe(6)
    expect(seqs.complete).toBe(true)
    expect(seqs.has(3)).toBe(true)
    expect(seqs.has(7)).toBe(false)
  })

  it('reports a hole until the missing number arrives, in any order', () => {
    const seqs = new AppliedSeqs(0)
    seqs.add(3)
    seqs.add(2)
    expect(seqs.upTo).toBe(0)
    expect(seqs.complete).toBe(false)
    expect(seqs.has(3)).toBe(true)
    seqs.add(1)
    expect(seqs.upTo).toBe(3)
    expect(seqs.complete).toBe(true)
  })

  it('fills every hole below what was loaded from the store, and keeps numbers above it', () => {
    const seqs = new AppliedSeqs(2)
    seqs.add(5)
    seqs.add(9)
    seqs.coverUpTo(7)
    expect(seqs.upTo).toBe(7)
    expect(seqs.complete).toBe(false)
    seqs.add(8)
    expect(seqs.upTo).toBe(9)
    expect(seqs.complete).toBe(true)
  })

  it('ignores numbers it already holds', () => {
    const seqs = new AppliedSeqs(10)
    seqs.add(3)
    seqs.coverUpTo(4)
    expect(seqs.upTo).toBe(10)
    expect(seqs.complete).toBe(true)
  })
})
