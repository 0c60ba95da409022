import { BROKEN_WORD, NUMBERED_HEADING, opensBlock, SENTENCE_END } from './lineShapes.ts'

/** What the lines of one text say about its layout, measured once before any line is read. */
export interface TextLayout {
  /** How long a line of running text is: the median length of the lines over 40 characters. */
  typical: number
  /**
   * The width the text is wrapped at: nine in ten lines over 40 characters are no longer. Text that is
   * not wrapped (a paragraph per line) gets the length of its long paragraphs, which no title reaches.
   */
  wrap: number
  /** Numbering depths (1 for "3", 2 for "3.2") at which this text numbers paragraphs rather than titles. */
  numberedParagraphs: ReadonlySet<number>
}

/** The phrase goes on: a lower-case word, or a bracket or punctuation that no sentence starts with. */
const GOES_ON = /^[\p{Ll}(),;]/u
/** A figure: "24 uur per dag", "2026", "€ 250.000". */
const FIGURE = /^[\d€$£]/
/** A sentence ends inside the line and the next begins ("1.4 Vaststelling. Het bestuur heeft …"). */
const SENTENCE_INSIDE = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u
/** Lines a title cannot end like: a finished sentence or a comma. */
const PROSE_END = /[.!?,]["'”’)]*$/
/** A numbered line with at most this many words after its number is short enough to be a title. */
const TITLE_WORDS = 3
/** The measured wrap width is a percentile, and proportional fonts wrap a few characters early or late. */
const WRAP_SLACK = 0.9

const depth = (number: string): number => number.split('.').length
const inCapitals = (line: string): boolean => line === line.toUpperCase() && line !== line.toLowerCase()
const wordCount = (line: string): number => line.split(' ').filter(Boolean).length
/** The next word would not have fitted on the line: the line ends where the text wrapped it. */
const fills = (line: string, next: string, wrap: number): boolean =>
  line.length + 1 + (/^\S*/.exec(next)?.[0].length ?? 0) > wrap * WRAP_SLACK

/**
 * Whether the sentence on `line` goes on in `next` (both trimmed; `next` empty or undefined when a blank
 * line or the end follows), so that the two lines belong in one paragraph. Never when `line` ends a
 * sentence, or `next` opens a block of its own or is a title in capitals; otherwise when
 * - `next` goes on with a lower-case word, a bracket or a comma, or `line` ends in a broken word;
 * - `line`, not in capitals, fills the text's wrap width: the first word of `next` would not have fitted;
 * - `line` is numbered at a depth where this text numbers paragraphs, has more words than a short title,
 *   and `next` begins with a figure ("3.2 De regio houdt voor crisisopvang" / "24 uur per dag …").
 * A short numbered title ("3.2 Beschikbaarheid") so stays apart from a figure under it.
 */
export function continuesOnto(line: string, next: string | undefined, layout: TextLayout): boolean {
  if (!next || SENTENCE_END.test(line) || opensBlock(next)) return false
  // A line in capitals that ends no sentence is a title, whatever stands above it.
  if (inCapitals(next) && !SENTENCE_END.test(next)) return false
  if (GOES_ON.test(next) || BROKEN_WORD.test(line)) return true
  if (inCapitals(line)) return false
  if (fills(line, next, layout.wrap)) return true
  const numbered = NUMBERED_HEADING.exec(line)
  return (
    numbered !== null &&
    FIGURE.test(next) &&
    layout.numberedParagraphs.has(depth(numbered[1] ?? '')) &&
    wordCount(line) - 1 > TITLE_WORDS
  )
}

/** Measures `lines` (trimmed, without page furniture) in one pass over them and one sort of their lengths. */
export function measureLayout(lines: readonly string[]): TextLayout {
  const long = lines.map((l) => l.length).filter((n) => n > 40)
  long.sort((a, b) => a - b)
  const typical = long[Math.floor(long.length / 2)] ?? 80
  const wrap = long[Math.floor(long.length * 0.9)] ?? 80
  // Per depth, numbered lines that read as running text against those that may be titles.
  const prose = new Map<number, number>()
  const titles = new Map<number, number>()
  lines.forEach((line, i) => {
    const numbered = NUMBERED_HEADING.exec(line)
    if (!numbered) return
    const next = lines[i + 1] || undefined
    const d = depth(numbered[1] ?? '')
    const reads =
      PROSE_END.test(line) ||
      SENTENCE_INSIDE.test(line) ||
      (next !== undefined && !opensBlock(next) && (GOES_ON.test(next) || fills(line, next, wrap)))
    const counts = reads ? prose : titles
    counts.set(d, (counts.get(d) ?? 0) + 1)
  })
  const numberedParagraphs = new Set<number>()
  for (const [d, n] of prose) if (n >= 2 && n >= (titles.get(d) ?? 0)) numberedParagraphs.add(d)
  return { typical, wrap, numberedParagraphs }
}
