/** A span of a block's text: [start, end) offsets. */
export interface Span {
  start: number
  end: number
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'o.a bijv bv d.w.z m.b.t t.a.v t.b.v i.s.m z.s.m nr art ca incl excl e.d resp jl stb vs mr dr drs ir ing prof mw dhr evt max min ong zgn m.u.v a.s j.l vgl e.a p.m'.split(
    ' ',
  ),
)

/**
 * A unit longer than this is cut into pieces of at most this length (at a space where there is one),
 * so that no concept pattern ever runs on more than MAX_UNIT characters at once. Real sentences are far
 * shorter (the longest in the labelled samples is some 600 characters); a pasted blob without full
 * stops is judged piece by piece.
 */
export const MAX_UNIT = 2000

// Single characters only (never runs): the scanner below decides how far a run goes.
const SPACE = /\s/
const CLOSER = /["'’”)\]]/
const OPENER = /["'‘“([]/
const STARTER = /^[\p{Lu}\d€•]$/u

/** `/\s/` on one character, with the common cases answered from its code (this runs on every character). */
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c === 32 || (c >= 9 && c <= 13)) return true
  return c > 127 && SPACE.test(ch)
}
const isSentencePunct = (c: number): boolean => c === 46 || c === 33 || c === 63 // . ! ?
const isStarter = (text: string, i: number): boolean => {
  const cp = text.codePointAt(i)
  return cp !== undefined && STARTER.test(String.fromCodePoint(cp))
}

/**
 * A sentence end, found by one left-to-right scan (no regex backtracking, so linear in the text even for
 * long runs of spaces, dots or letters):
 *  - . ! ? (a run of them), closing quotes/brackets, whitespace, then a capital, digit, € or • (perhaps
 *    after an opening mark); `punct` is the punctuation that stays with the sentence;
 *  - a semicolon and whitespace (its clauses are judged apart);
 *  - a run of whitespace holding a hard line break.
 * These are the same matches as the global regex this replaces, which backtracked quadratically on
 * long runs of spaces or dots: ([.!?]+["'’”)\]]*)\s+(?=["'‘“([]?[\p{Lu}\d€•]) | ;\s+ | \s*\n\s*
 */
interface Boundary {
  index: number
  end: number
  punct: string
}

function nextBoundary(text: string, from: number): Boundary | null {
  let i = from
  while (i < text.length) {
    const code = text.charCodeAt(i)
    // Letters and digits are by far the most common: skip them without further tests.
    if (code > 63 && code < 128) {
      i++
      continue
    }
    const ch = text[i]!
    if (isSentencePunct(code)) {
      let j = i
      while (j < text.length && isSentencePunct(text.charCodeAt(j))) j++
      const runEnd = j
      while (j < text.length && CLOSER.test(text[j]!)) j++
      const punctEnd = j
      while (j < text.length && isSpace(text[j])) j++
      if (j > punctEnd && (isStarter(text, j) || (OPENER.test(text[j] ?? '') && isStarter(text, j + 1))))
        return { index: i, end: j, punct: text.slice(i, punctEnd) }
      // No sentence end starts anywhere in this run of punctuation: go on after it.
      i = runEnd
    } else if (code === 59) {
      let j = i + 1
      while (j < text.length && isSpace(text[j])) j++
      if (j > i + 1) return { index: i, end: j, punct: '' }
      i++
    } else if (isSpace(ch)) {
      let j = i
      let newline = false
      while (j < text.length && isSpace(text[j])) {
        if (text[j] === '\n') newline = true
        j++
      }
      if (newline) return { index: i, end: j, punct: '' }
      i = j
    } else i++
  }
  return null
}

/**
 * Splits a block's text into sentence units (sentences, and the clauses of a sentence split by a
 * semicolon), none longer than MAX_UNIT. Pure, linear and allocation-light: it runs on every block of a
 * 30,000-word document, on every typing pause.
 */
export function splitUnits(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (let b = nextBoundary(text, 0); b; b = nextBoundary(text, b.end)) {
    if (b.punct.startsWith('.')) {
      // The word before the full stop: an abbreviation, an initial or a list number does not end a sentence.
      let w = b.index
      while (w > start && !isSpace(text[w - 1])) w--
      const word = text.slice(w, b.index).toLowerCase()
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || (/^\d+$/.test(word) && onlySpace(text, start, w)))
        continue
    }
    push(spans, text, start, b.index + b.punct.length)
    start = b.end
  }
  push(spans, text, start, text.length)
  return spans
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false
  return true
}

/** Adds the trimmed span, cut into pieces of at most MAX_UNIT characters. */
function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  while (e - s > MAX_UNIT) {
    // Cut at the last space within the limit, or hard at the limit in a run without spaces.
    let cut = s + MAX_UNIT
    while (cut > s + MAX_UNIT / 2 && !isSpace(text[cut])) cut--
    if (!isSpace(text[cut])) {
      cut = s + MAX_UNIT
      // Never between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--
    }
    let pieceEnd = cut
    while (pieceEnd > s && isSpace(text[pieceEnd - 1])) pieceEnd--
    if (pieceEnd > s) spans.push({ start: s, end: pieceEnd })
    s = cut
    while (s < e && isSpace(text[s])) s++
  }
  if (e > s) spans.push({ start: s, end: e })
}
