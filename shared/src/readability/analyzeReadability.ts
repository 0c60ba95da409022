import type { JSONContent } from '@tiptap/core'
import { type Block, toBlocks } from '../checker/outline.ts'
import { JargonMatcher } from './JargonMatcher.ts'
import { JARGON_NL, type JargonEntry } from './jargon.nl.ts'
import { hasPassive } from './passive.ts'
import { readingSections } from './sections.ts'
import { sentenceSpans } from './sentences.ts'
import { isLongWord } from './syllables.ts'
import type { HardSentence, ReadabilityReport, ReadabilityStats, SectionReadability } from './types.ts'
import { LONG_SENTENCE_WORDS, verdict } from './verdict.ts'
import { hasLetter, wordsIn } from './words.ts'

/** How many of the hardest sentences a section lists. */
export const MAX_HARD_SENTENCES = 3

const emptyStats = (): ReadabilityStats => ({
  sentences: 0,
  words: 0,
  longSentences: 0,
  longWords: 0,
  passiveSentences: 0,
  jargon: 0,
})

// Built on first use, not at import: compiling the list stems every form, and a page that never shows
// the indicator need not pay for it.
let builtIn: JargonMatcher | undefined
function builtInMatcher(): JargonMatcher {
  if (!builtIn) builtIn = new JargonMatcher(JARGON_NL)
  return builtIn
}

/** Difficulty of a sentence, to rank the hardest: every word, long words, jargon and the passive weigh extra. */
const difficulty = (s: HardSentence): number => s.words + 2 * s.longWords + 4 * s.jargon.length + (s.passive ? 5 : 0)

/** A sentence is listed only when it is hard for a reason a writer can act on. */
const isHard = (s: HardSentence): boolean =>
  s.words > LONG_SENTENCE_WORDS || s.longWords >= 4 || s.jargon.length >= 2 || (s.passive && s.jargon.length > 0)

class SectionScan {
  readonly stats = emptyStats()
  readonly hardest: HardSentence[] = []
  readonly jargon = new Map<JargonEntry, number>()

  constructor(private readonly matcher: JargonMatcher) {}

  /** A paragraph or list item: sentences, words, passive, jargon. */
  paragraph(block: Block): void {
    const text = block.text
    for (const span of sentenceSpans(text)) {
      const words = wordsIn(text, span.start, span.end)
      if (words.length === 0) continue
      let longWords = 0
      for (const w of words) if (hasLetter(w.text) && isLongWord(w.text)) longWords++
      const passive = hasPassive(words, text)
      const terms = this.terms(words)
      const s = this.stats
      s.sentences++
      s.words += words.length
      s.longWords += longWords
      if (words.length > LONG_SENTENCE_WORDS) s.longSentences++
      if (passive) s.passiveSentences++
      const sentence: HardSentence = {
        text: text.slice(span.start, span.end),
        from: block.from + span.start,
        to: block.from + span.end,
        block: block.index,
        words: words.length,
        longWords,
        passive,
        jargon: terms,
      }
      if (isHard(sentence)) this.keep(sentence)
    }
  }

  /**
   * A table row: its cells are labels and figures, not sentences. Its jargon is listed with the
   * alternatives but not scored (the scores are per word of running text).
   */
  tableRow(block: Block): void {
    this.terms(wordsIn(block.text), false)
  }

  private terms(words: ReturnType<typeof wordsIn>, scored = true): string[] {
    const found: string[] = []
    for (const m of this.matcher.match(words)) {
      this.jargon.set(m.entry, (this.jargon.get(m.entry) ?? 0) + 1)
      if (scored) this.stats.jargon++
      if (!found.includes(m.entry.term)) found.push(m.entry.term)
    }
    return found
  }

  /** Keeps the MAX_HARD_SENTENCES hardest, hardest first (first come first on a tie). */
  private keep(sentence: HardSentence): void {
    const d = difficulty(sentence)
    let at = this.hardest.findIndex((h) => difficulty(h) < d)
    if (at < 0) at = this.hardest.length
    if (at >= MAX_HARD_SENTENCES) return
    this.hardest.splice(at, 0, sentence)
    if (this.hardest.length > MAX_HARD_SENTENCES) this.hardest.pop()
  }
}

const add = (into: ReadabilityStats, from: ReadabilityStats): void => {
  for (const key of Object.keys(into) as (keyof ReadabilityStats)[]) into[key] += from[key]
}

/**
 * How readable each chapter of a document is for a general public (taalniveau B1): sentence length,
 * long sentences, long words, passive constructions and policy jargon, with a calm level, the reasons,
 * the hardest sentences (with positions to select them) and a plain alternative for each jargon term.
 * `jargon` replaces the built-in list (JARGON_NL); pass a JargonMatcher to compile a list once.
 * Pure and linear in the length of the text (sentences are cut into bounded pieces, every scan runs
 * once over the words), so it can run after every typing pause in the browser.
 */
export function analyzeReadability(
  doc: JSONContent,
  jargon?: readonly JargonEntry[] | JargonMatcher,
): ReadabilityReport {
  const matcher = jargon instanceof JargonMatcher ? jargon : jargon ? new JargonMatcher(jargon) : builtInMatcher()
  const total = emptyStats()
  const sections: SectionReadability[] = readingSections(toBlocks(doc)).map(({ heading, blocks }) => {
    const scan = new SectionScan(matcher)
    for (const block of blocks) {
      if (block.type === 'tableRow') scan.tableRow(block)
      else if (block.type === 'paragraph') scan.paragraph(block)
    }
    add(total, scan.stats)
    const { level, reasons } = verdict(scan.stats)
    return {
      heading: heading?.text ?? '',
      from: heading ? heading.from : null,
      ...(heading?.opgave !== undefined ? { opgave: heading.opgave } : {}),
      stats: scan.stats,
      level,
      reasons,
      hardest: scan.hardest,
      jargon: [...scan.jargon]
        .sort((a, b) => b[1] - a[1])
        .map(([entry, count]) => ({ term: entry.term, plain: entry.plain, count })),
    }
  })
  return { sections, total, ...verdict(total) }
}
