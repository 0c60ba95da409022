/** A span of a block's text: [start, end) offsets. */
export interface Span {
  start: number
  end: number
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'o.a bijv bv d.w.z m.b.t t.a.v t.b.v i.s.m z.s.m nr art ca incl excl e.d resp jl stb vs mr dr drs ir ing prof mw dhr evt max min ong zgn m.u.v a.s j.l vgl e.a p.m d.d gem jan feb mrt apr jun jul aug sep sept okt nov dec'.split(
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
const OPENER = /["'‘“([]/
const STARTER = /^[\p{Lu}\d€•]$/u

/** `/\s/` on one character, with the common cases answered from its code (this runs on every character). */
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c === 32 || (c >= 9 && c <= 13)) return true
  return c > 127 && SPACE.test(ch)
}
const isMark = (c: number): boolean => c === 46 || c === 33 || c === 63 // . ! ?
const isStarter = (text: string, i: number): boolean => {
  const cp = text.codePointAt(i)
  return cp !== undefined && STARTER.test(String.fromCodePoint(cp))
}

/** The rest of a footnote mark after its "[" ("9] "), up to the next sentence. */
const FOOTNOTE_REST = /^\d{1,3}\]\s+/

/** A sentence mark, up to three closing quotes or brackets, then a space: where a sentence may end inside a piece. */
const INNER_END = /[.!?](["'’”)\]]{0,3}|\[\d{1,3}\])\s/

/** Dutch sentences, from the platform (ICU's sentence rules; in Node and every browser). */
const SENTENCES = new Intl.Segmenter('nl', { granularity: 'sentence' })

/**
 * Splits a block's text into sentence units (sentences, and the clauses of a sentence split by a
 * semicolon), none longer than MAX_UNIT. Hard line breaks and semicolons end a unit (list lines, clauses
 * judged apart); within those pieces `Intl.Segmenter` finds the sentences, and a full stop after an
 * abbreviation, an initial or a list number ("o.a.", "J. de Vries", "3.") does not end one, which ICU
 * has no Dutch exceptions for. V8's segmenter takes time quadratic in the length of the string it is
 * given, so it is only ever given a piece of at most MAX_UNIT characters: linear in the block overall.
 */
export function splitUnits(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1
    // A piece ends at a hard line break, at "; " and at the end of the text.
    if (c === 10 || c === -1 || (c === 59 && isSpace(text[i + 1]))) {
      for (const piece of pieces(text, start, i)) sentences(spans, text, piece.start, piece.end)
      start = i + 1
    }
  }
  return spans
}

/** The trimmed span cut into pieces of at most MAX_UNIT characters (at a space where there is one). */
function pieces(text: string, start: number, end: number): Span[] {
  const out: Span[] = []
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  while (e - s > MAX_UNIT) {
    // Cut after the last sentence mark within the limit, else at the last space, else hard at the
    // limit in a run without spaces.
    let cut = s + MAX_UNIT
    while (cut > s + MAX_UNIT / 2 && !(isSpace(text[cut]) && isMark(text.charCodeAt(cut - 1)))) cut--
    if (cut <= s + MAX_UNIT / 2) {
      cut = s + MAX_UNIT
      while (cut > s + MAX_UNIT / 2 && !isSpace(text[cut])) cut--
    }
    if (!isSpace(text[cut])) {
      cut = s + MAX_UNIT
      // Never between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--
    }
    let pieceEnd = cut
    while (pieceEnd > s && isSpace(text[pieceEnd - 1])) pieceEnd--
    if (pieceEnd > s) out.push({ start: s, end: pieceEnd })
    s = cut
    while (s < e && isSpace(text[s])) s++
  }
  if (e > s) out.push({ start: s, end: e })
  return out
}

/** The sentences of one piece (at most MAX_UNIT characters), trimmed, added to `spans`. */
function sentences(spans: Span[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end)
  // Most pieces (headings, list lines, table cells, one-sentence paragraphs) have no sentence mark
  // followed by a space before their end: one sentence, no need to ask the segmenter.
  if (!INNER_END.test(piece)) {
    push(spans, text, start, end)
    return
  }
  let from = 0
  for (const { index, segment } of SENTENCES.segment(piece)) {
    let to = index + segment.length
    if (to <= from) continue
    // ICU ends "… de raden.[" before a footnote mark's number: the sentence ends after the mark.
    if (piece.charCodeAt(to - 1) === 91) {
      const mark = FOOTNOTE_REST.exec(piece.slice(to, to + 8))
      if (mark && isStarter(piece, to + mark[0].length)) to += mark[0].length
    }
    if (to < piece.length && !endsSentence(piece, from, to)) continue
    pushAtDashes(spans, text, start + from, start + to)
    from = to
  }
  if (from < piece.length) pushAtDashes(spans, text, start + from, end)
}

/**
 * A sentence mark, a dash and a capital: a new sentence that ICU does not see ("… zodat ik geen formulieren
 * invul. — Onze afspraak: Alle zes gemeenten …").
 */
const DASH_START = /[.!?] [-\u2013\u2014] (?=[\p{Lu}\d])/gu
function pushAtDashes(spans: Span[], text: string, start: number, end: number): void {
  const sentence = text.slice(start, end)
  let from = 0
  for (const m of sentence.matchAll(DASH_START)) {
    push(spans, text, start + from, start + m.index + 1)
    from = m.index + 2
  }
  push(spans, text, start + from, end)
}

/**
 * Whether ICU's sentence end at `to` stands: not after an abbreviation, an initial or a list number,
 * and followed by what starts a sentence (a capital, a digit, €, • or an opening mark before one).
 */
function endsSentence(piece: string, from: number, to: number): boolean {
  let e = to
  while (e > from && isSpace(piece[e - 1])) e--
  // Never right after an opening bracket: "… de gemeenteraden.[9] In 2027 …" keeps its footnote mark.
  const last = piece.charCodeAt(e - 1)
  if (last === 91 || last === 40) return false
  if (last === 46) {
    let w = e - 1
    while (w > from && !isSpace(piece[w - 1])) w--
    const word = piece.slice(w, e - 1).toLowerCase()
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || (/^\d+$/.test(word) && onlySpace(piece, from, w)))
      return false
  }
  const next = OPENER.test(piece[to] ?? '') ? to + 1 : to
  return isStarter(piece, next)
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  if (e > s) spans.push({ start: s, end: e })
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false
  return true
}
