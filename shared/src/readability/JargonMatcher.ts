import { inflections } from '../checker/text/stemmer.ts'
import type { JargonEntry } from './jargon.nl.ts'
import { type Word, wordsIn } from './words.ts'

/** A term found in a sentence: which entry, and the words it covers. */
export interface JargonMatch {
  entry: JargonEntry
  /** Index of the first word of the match in the sentence's words. */
  first: number
  /** Number of words the match covers. */
  length: number
}

interface Pattern {
  entry: JargonEntry
  /** Per word of the term, its forms (folded). */
  words: readonly ReadonlySet<string>[]
  /** The last word's forms that may also start a compound ("transformatie" in "transformatiegelden"). */
  heads: readonly string[]
}

/** A form must be this long before a compound may start with it: "kader" would find "kaderwet" but also "kadert". */
const MIN_HEAD = 6
/** Words longer than this are no term and no compound of one (a pasted blob). */
const MAX_WORD = 60

/**
 * Finds the terms of a jargon list in the words of a sentence. Compiled once from the data: each word
 * of a term with its inflections (the checker's rules: the forms Dutch spelling makes that the Snowball
 * stemmer takes to the same stem), the term's last word also at the start of a compound. Matching
 * looks up each word in a map, so it is linear in the number of words; at each word the longest term
 * wins and its words are not matched again.
 */
export class JargonMatcher {
  private readonly byFirst = new Map<string, Pattern[]>()
  private readonly byHead = new Map<string, Pattern[]>()
  /** Lengths of the compound heads, longest first. */
  private readonly headLengths: number[]

  constructor(entries: readonly JargonEntry[]) {
    const lengths = new Set<string>()
    for (const entry of entries) {
      for (const variant of [entry.term, ...(entry.forms ?? [])]) {
        const words = wordsIn(variant).map((w) => w.folded)
        if (words.length === 0) continue
        const forms = words.map(wordForms)
        const last = forms.at(-1)!
        const heads = [...last].filter((f) => f.length >= MIN_HEAD)
        const pattern: Pattern = { entry, words: forms, heads }
        for (const form of forms[0]!) add(this.byFirst, form, pattern)
        if (words.length === 1) for (const head of heads) add(this.byHead, head, pattern)
        for (const head of heads) lengths.add(String(head.length))
      }
    }
    this.headLengths = [...lengths].map(Number).sort((a, b) => b - a)
    // Longest terms first, so that the first match found at a word is the longest.
    for (const list of [...this.byFirst.values(), ...this.byHead.values()])
      list.sort((a, b) => b.words.length - a.words.length)
  }

  /** The terms in `words` (one sentence), left to right, none overlapping. */
  match(words: readonly Word[]): JargonMatch[] {
    const found: JargonMatch[] = []
    for (let i = 0; i < words.length; ) {
      const length = this.matchAt(words, i)
      if (length) {
        found.push({ ...length, first: i })
        i += length.length
      } else i++
    }
    return found
  }

  private matchAt(words: readonly Word[], i: number): Omit<JargonMatch, 'first'> | null {
    const first = words[i]!.folded
    if (first.length > MAX_WORD) return null
    for (const pattern of this.byFirst.get(first) ?? []) {
      if (this.fits(pattern, words, i)) return { entry: pattern.entry, length: pattern.words.length }
    }
    // A single-word term at the start of a compound.
    if (first.length <= MIN_HEAD) return null
    for (const n of this.headLengths) {
      if (n >= first.length) continue
      const candidates = this.byHead.get(first.slice(0, n))
      if (candidates?.[0]) return { entry: candidates[0].entry, length: 1 }
    }
    return null
  }

  private fits(pattern: Pattern, words: readonly Word[], i: number): boolean {
    const n = pattern.words.length
    if (i + n > words.length) return false
    for (let k = 1; k < n; k++) {
      const word = words[i + k]!.folded
      const forms = pattern.words[k]!
      if (forms.has(word)) continue
      // The last word may start a compound ("specialistische jeugdhulpaanbieders").
      if (k === n - 1 && word.length <= MAX_WORD && pattern.heads.some((h) => word.startsWith(h))) continue
      return false
    }
    return true
  }
}

/**
 * A term's word with its inflections; a word listed inflected ("specialistische") also brings its
 * base form and that form's inflections, when the base inflects to it.
 */
function wordForms(word: string): Set<string> {
  const forms = new Set([word, ...inflections(word)])
  for (const base of [word.replace(/e$/, ''), word.replace(/en$/, '')]) {
    if (base === word || base.length < 4) continue
    const family = inflections(base)
    if (family.includes(word)) for (const f of family) forms.add(f)
  }
  return forms
}

function add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(pattern)) list.push(pattern)
  } else map.set(key, [pattern])
}
