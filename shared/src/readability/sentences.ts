/** A sentence of a paragraph: [start, end) offsets into the paragraph's text, surrounding spaces left out. */
export interface SentenceSpan {
  start: number
  end: number
}

/**
 * The segmenter sees at most this many characters at once. V8's sentence segmenter slows down more
 * than linearly on very long strings; cut into pieces of bounded length, a pasted 200,000-character
 * paragraph costs the same per character as a short one. A real sentence is far shorter (in the
 * checker's labelled samples the longest is some 600 characters), so a cut only ever splits a blob.
 */
export const MAX_PIECE = 1000

// Abbreviations after which ICU's segmenter ends a sentence where Dutch does not ("m.b.t. Jeugdzorg").
const ABBREVIATIONS = new Set(
  'o.a bijv bv d.w.z m.b.t t.a.v t.b.v i.s.m z.s.m nr art ca incl excl e.d resp mr dr drs ir ing prof mw dhr evt max min ong zgn m.u.v vgl e.a p.m blz jl'.split(
    ' ',
  ),
)

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' })

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 // . ! ?

/**
 * Where to end the piece that starts at `from`: after the last sentence end (". ") or else the last
 * space in the second half of the window, else at the window's end. Looking only at the second half
 * makes every piece at least MAX_PIECE / 2 long, so the scans add up to linear.
 */
function pieceEnd(text: string, from: number): number {
  const limit = from + MAX_PIECE
  if (limit >= text.length) return text.length
  const half = from + MAX_PIECE / 2
  let space = -1
  for (let i = limit; i > half; i--) {
    if (!isSpace(text.charCodeAt(i))) continue
    if (isStop(text.charCodeAt(i - 1))) return i
    if (space < 0) space = i
  }
  return space > 0 ? space : limit
}

/** The word before a sentence's final full stop, lower case ("m.b.t" of "… m.b.t."). */
function lastWordBeforeStop(text: string, start: number, end: number): string {
  let e = end
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--
  if (e <= start || text.charCodeAt(e - 1) !== 46) return ''
  let s = e - 1
  while (s > start && !isSpace(text.charCodeAt(s - 1)) && e - s < 12) s--
  return text.slice(s, e - 1).toLowerCase()
}

/**
 * True when the segmenter could find no more than one sentence: no . ! ? followed by a space or a line
 * break inside the text. Most list items and many paragraphs are like that, and a call to the
 * segmenter costs some 20 µs however short the text.
 */
function oneSentence(text: string): boolean {
  if (text.length > MAX_PIECE) return false
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false
    if (isStop(c) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) return false
  }
  return true
}

/**
 * The sentences of one paragraph, by the browser's own Dutch sentence segmenter (Intl.Segmenter), in
 * pieces of at most MAX_PIECE characters; a full stop after a common abbreviation does not end a
 * sentence. Linear in the length of the text.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  if (oneSentence(text)) {
    let start = 0
    let end = text.length
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    return start === end ? [] : [{ start, end }]
  }
  const spans: SentenceSpan[] = []
  let pending: SentenceSpan | null = null
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (start === end) return
    if (pending) {
      pending.end = end
    } else pending = { start, end }
    if (ABBREVIATIONS.has(lastWordBeforeStop(text, pending.start, pending.end))) return
    spans.push(pending)
    pending = null
  }
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from)
    const piece = text.slice(from, to)
    for (const { index, segment } of segmenter.segment(piece)) push(from + index, from + index + segment.length)
    from = to
  }
  if (pending) spans.push(pending)
  return spans
}
