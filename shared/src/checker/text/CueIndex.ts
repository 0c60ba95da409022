import { requiredLiterals } from './requiredLiterals.ts'

export interface Pattern {
  id: number
  re: RegExp
  /** Literals one of which must occur for the pattern to match; null: always run the pattern. */
  literals: string[] | null
}

/** Several patterns as one bit mask, to ask whether a sentence may match any of them with a few ANDs. */
export interface PatternSet {
  /** Numbers the sets, for the per-sentence memo of `Corpus.matchesAny`. */
  id: number
  patterns: readonly Pattern[]
  mask: Uint32Array
  /** The highest id in the set: a sentence scanned before it was registered may match anything. */
  maxId: number
  /** A pattern without literals is in the set: any sentence may match. */
  unfiltered: boolean
}

let setCount = 0

/** A set made once (per rule or element) and kept: each new set takes an id in every sentence's memo. */
export function patternSet(patterns: readonly Pattern[]): PatternSet {
  const maxId = Math.max(-1, ...patterns.map((p) => p.id))
  const mask = new Uint32Array((maxId >>> 5) + 1)
  for (const p of patterns) mask[p.id >>> 5]! |= 1 << (p.id & 31)
  return { id: setCount++, patterns, mask, maxId, unfiltered: patterns.some((p) => p.literals === null) }
}

/**
 * Which patterns can possibly match a sentence, found with one scan for the literals every pattern
 * needs (derived from its source) instead of running every pattern on every sentence.
 *
 * Patterns are registered on first use and never change, so this is a memo of derived data: it does
 * not change any result, and a pattern seen first while a document is checked is simply run on every
 * sentence of that document.
 */
export class CueIndex {
  private readonly patterns = new Map<RegExp, Pattern>()
  private readonly literalIds = new Map<string, number[]>()
  private count = 0
  private scanner: Scanner | undefined

  /** The pattern's id and literals, registering it on first sight. */
  pattern(re: RegExp): Pattern {
    let p = this.patterns.get(re)
    if (!p) {
      p = { id: this.count++, re, literals: re.flags === '' ? requiredLiterals(re.source) : null }
      this.patterns.set(re, p)
      for (const lit of p.literals ?? []) {
        const ids = this.literalIds.get(lit)
        if (ids) ids.push(p.id)
        else this.literalIds.set(lit, [p.id])
      }
      this.scanner = undefined
    }
    return p
  }

  /** The patterns registered so far with their literals (for tests of the prefilter). */
  registered(): [RegExp, string[] | null][] {
    return [...this.patterns].map(([re, p]) => [re, p.literals])
  }

  /** Number of patterns known now: bit sets built now cover ids below it. */
  get size(): number {
    return this.count
  }

  private build(): Scanner {
    return new Scanner(this.literalIds, this.count)
  }

  /**
   * For each text, a bit set (`words` Uint32 per text) of the patterns whose literals occur in it.
   * Patterns registered later are not in it (callers treat them as "may match").
   */
  scan(texts: readonly string[]): { bits: Uint32Array; words: number; size: number } {
    this.scanner ??= this.build()
    const scanner = this.scanner
    const words = Math.ceil(scanner.size / 32) || 1
    const bits = new Uint32Array(texts.length * words)
    for (let t = 0; t < texts.length; t++) scanner.scan(texts[t]!, bits, t * words)
    return { bits, words, size: scanner.size }
  }
}

/**
 * An Aho–Corasick automaton over every registered literal: one pass over a text, one table lookup per
 * character, finds every occurrence of every literal (overlapping ones too). Linear in the text
 * whatever the literals, unlike one large alternation tried again at every position.
 *
 * The alphabet is the characters the literals use (lower-case ASCII after `normalize`, and a few marks);
 * any other character maps to a symbol no literal has, which leads back to the root.
 */
class Scanner {
  readonly size: number
  /** Character code (below 128) → symbol; 0 for characters no literal uses. */
  private readonly symbols = new Uint8Array(128)
  /** Characters of 128 and above that a literal uses (rare: normally none after normalising). */
  private readonly wideSymbols = new Map<number, number>()
  private readonly alphabet: number
  /** The full transition table: `next[state * alphabet + symbol]`. */
  private readonly next: Uint16Array | Uint32Array
  /** Per state: the pattern ids of every literal that ends there (its own and its suffixes'), or undefined. */
  private readonly outputs: (Uint32Array | undefined)[]

  constructor(literalIds: ReadonlyMap<string, readonly number[]>, size: number) {
    this.size = size
    let symbolCount = 1
    const symbolOf = (code: number): number => {
      if (code < 128) {
        if (this.symbols[code] === 0) this.symbols[code] = symbolCount++
        return this.symbols[code]!
      }
      let s = this.wideSymbols.get(code)
      if (s === undefined) {
        s = symbolCount++
        this.wideSymbols.set(code, s)
      }
      return s
    }
    // The trie, with sparse edges while it is built.
    const edges: Map<number, number>[] = [new Map()]
    const own: (number[] | undefined)[] = [undefined]
    for (const [literal, ids] of literalIds) {
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const symbol = symbolOf(literal.charCodeAt(i))
        let to = edges[state]!.get(symbol)
        if (to === undefined) {
          to = edges.length
          edges.push(new Map())
          own.push(undefined)
          edges[state]!.set(symbol, to)
        }
        state = to
      }
      own[state] = [...(own[state] ?? []), ...ids]
    }
    // Breadth first: each state's failure link, its full row of transitions and its outputs.
    const alphabet = symbolCount
    // Two bytes a cell while the states fit (some thousands of literals make some ten thousand states).
    const next =
      edges.length <= 0xffff ? new Uint16Array(edges.length * alphabet) : new Uint32Array(edges.length * alphabet)
    const fail = new Uint32Array(edges.length)
    const outputs: (Uint32Array | undefined)[] = new Array(edges.length)
    const queue: number[] = []
    for (const [symbol, to] of edges[0]!) {
      next[symbol] = to
      queue.push(to)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const f = fail[state]!
      for (let symbol = 0; symbol < alphabet; symbol++) next[state * alphabet + symbol] = next[f * alphabet + symbol]!
      for (const [symbol, to] of edges[state]!) {
        next[state * alphabet + symbol] = to
        fail[to] = state === 0 ? 0 : next[f * alphabet + symbol]!
        queue.push(to)
      }
      const inherited = outputs[f]
      const mine = own[state]
      outputs[state] = mine ? Uint32Array.from(new Set([...mine, ...(inherited ?? [])])) : inherited
    }
    this.alphabet = alphabet
    this.next = next
    this.outputs = outputs
  }

  /** Sets in `bits` (from `base`) the bit of every pattern one of whose literals occurs in `text`. */
  scan(text: string, bits: Uint32Array, base: number): void {
    const { symbols, wideSymbols, alphabet, next, outputs } = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      const symbol = code < 128 ? symbols[code]! : (wideSymbols.get(code) ?? 0)
      state = next[state * alphabet + symbol]!
      const out = outputs[state]
      if (out !== undefined) for (let k = 0; k < out.length; k++) bits[base + (out[k]! >>> 5)]! |= 1 << (out[k]! & 31)
    }
  }
}

/** The index shared by every check: rules' patterns are module constants, registered once. */
export const CUES = new CueIndex()
