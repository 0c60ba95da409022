import { readFileSync } from 'node:fs'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeReadability, type ReadabilityReport } from '@regiovisie/shared/readability'
import { describe, expect, it } from 'vitest'
import { contentToJson } from '../import/fileToJson.ts'

// The readability indicator on texts whose audience we know, from the unseen set
// (tests/checker/unseen): versions "in gewone taal" written for youth and parents, against council
// proposals, information letters, notes and policy plans written for councillors and officials. The
// indicator was tuned on these (its thresholds), so this guards the separation; it proves no accuracy
// on texts it has not seen.
const UNSEEN = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/checker/unseen')
const PLAIN = ['batch1/b1-jongeren.md', 'batch3/ouders-en-jongeren.md', 'batch7/b1-versie.md']
const OFFICIAL = [
  'batch1/raadsnota-achterbaan.md',
  'batch7/raadsvoorstel.md',
  'batch3/gemeenteraad-besluit.md',
  'batch6/kadernota-2026.md',
  'batch9/notitie-ambtelijk.md',
  'batch8/voortgangsbrief.md',
  'batch8/beleidsplan.md',
  'batch4/beleidsplan-lang.md',
]

const report = (file: string): ReadabilityReport =>
  analyzeReadability(contentToJson(readFileSync(join(UNSEEN, file), 'utf8'), extname(file)))

interface Figures {
  sentenceLength: number
  longSentences: number
  longWords: number
  passive: number
  jargonPer100: number
  sectionsGood: number
}

function figures(files: string[]): Figures {
  const reports = files.map(report)
  const sum = (f: (r: ReadabilityReport) => number) => reports.reduce((s, r) => s + f(r), 0)
  const sentences = sum((r) => r.total.sentences)
  const words = sum((r) => r.total.words)
  const judged = reports.flatMap((r) => r.sections.filter((s) => s.level !== null))
  return {
    sentenceLength: words / sentences,
    longSentences: sum((r) => r.total.longSentences) / sentences,
    longWords: sum((r) => r.total.longWords) / words,
    passive: sum((r) => r.total.passiveSentences) / sentences,
    jargonPer100: (sum((r) => r.total.jargon) / words) * 100,
    sectionsGood: judged.filter((s) => s.level === 'good').length / judged.length,
  }
}

describe('the readability indicator on texts for youth and parents and texts for councils', () => {
  it.each(PLAIN)('calls the plain-language version %s "goed leesbaar"', (file) => {
    expect(report(file).level).toBe('good')
  })

  it.each(OFFICIAL)('calls the official text %s harder than that', (file) => {
    expect(report(file).level).not.toBe('good')
  })

  it('separates the two kinds clearly on every signal, and per section', () => {
    const plain = figures(PLAIN)
    const official = figures(OFFICIAL)
    expect(plain.sentenceLength).toBeLessThan(0.75 * official.sentenceLength)
    expect(plain.longSentences).toBeLessThan(0.25 * official.longSentences)
    expect(plain.longWords).toBeLessThan(0.6 * official.longWords)
    expect(plain.passive).toBeLessThan(0.3 * official.passive)
    expect(plain.jargonPer100).toBeLessThan(0.3 * official.jargonPer100)
    expect(plain.sectionsGood).toBeGreaterThanOrEqual(0.85)
    expect(official.sectionsGood).toBeLessThanOrEqual(0.25)
  })
})
