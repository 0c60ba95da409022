import { requiredLiterals } from './requiredLiterals.ts'

interface Pattern {
  id: number
  /** Literals one of which must occur for the pattern to match; null: always run the pattern. */
  literals: string[] | null
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
  private scanner: { re: RegExp; ids: Map<string, number[]>; size: number } | undefined

  /** The pattern's id and literals, registering it on first sight. */
  pattern(re: RegExp): Pattern {
    let p = this.patterns.get(re)
    if (!p) {
      p = { id: this.count++, literals: re.flags === '' ? requiredLiterals(re.source) : null }
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

  private build(): NonNullable<CueIndex['scanner']> {
    const literals = [...this.literalIds.keys()].sort((a, b) => b.length - a.length)
    // A match of "crisisplek" must also tell the patterns that need "crisis": prefixes share ids.
    const ids = new Map<string, number[]>()
    for (const lit of literals) {
      const all = new Set<number>()
      for (let n = 2; n <= lit.length; n++) for (const id of this.literalIds.get(lit.slice(0, n)) ?? []) all.add(id)
      ids.set(lit, [...all])
    }
    const source = literals.map((l) => l.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')
    return { re: new RegExp(source || '(?!)', 'g'), ids, size: this.count }
  }

  /**
   * For each text, a bit set (`words` Uint32 per text) of the patterns whose literals occur in it.
   * Patterns registered later are not in it (callers treat them as "may match").
   */
  scan(texts: readonly string[]): { bits: Uint32Array; words: number; size: number } {
    this.scanner ??= this.build()
    const { re, ids, size } = this.scanner
    const words = Math.ceil(size / 32) || 1
    const bits = new Uint32Array(texts.length * words)
    texts.forEach((text, t) => {
      const base = t * words
      re.lastIndex = 0
      for (let m = re.exec(text); m; m = re.exec(text)) {
        for (const id of ids.get(m[0]) ?? []) bits[base + (id >>> 5)]! |= 1 << (id & 31)
        // Overlapping literals ("regio" and "gio…") start at later positions: resume one further on.
        re.lastIndex = m.index + 1
      }
    })
    return { bits, words, size }
  }
}

/** The index shared by every check: rules' patterns are module constants, registered once. */
export const CUES = new CueIndex()
