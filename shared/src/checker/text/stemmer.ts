// The Dutch Snowball stemmer (maintained in nlp.js). Imported by file: the package's index also loads
// sentiment lexicons and a tokenizer the checker does not use.
// @ts-expect-error: the package ships no types; its `stemWord(word: string): string` is all we use.
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js'

const stemmer: { stemWord(word: string): string } = new StemmerNl()
const STEMS = new Map<string, string>()

/** The Snowball stem of a lower-case Dutch word ("crisisplekken" → "crisisplek", "gemeenten" → "gemeent"). */
export function stem(word: string): string {
  let s = STEMS.get(word)
  if (s === undefined) {
    s = stemmer.stemWord(word)
    STEMS.set(word, s)
  }
  return s
}

const VOWEL = /[aeiou]/
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/

/**
 * The inflected forms of a Dutch word: the candidates that Dutch spelling makes of it (plural -en, -s,
 * -'s, -n, -eren; adjective -e; a doubled final consonant "plek" → "plekken"; a halved double vowel
 * "jaar" → "jaren"; f → v and s → z before -en; -heid → -heden), kept only when the stemmer reduces
 * them to the same stem as the word. So the stemmer, not a hand list, decides what counts as the same
 * word, and matching stays one compiled regular expression with no stemming at check time.
 */
export function inflections(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [word]
  const last = word.at(-1)!
  const before = word.slice(0, -1)
  const candidates = [word, `${word}s`, `${word}'s`, `${word}n`, `${word}eren`]
  if (last !== 'e') candidates.push(`${word}e`, `${word}en`)
  if (CONSONANT.test(last) && VOWEL.test(word.at(-2)!) && !VOWEL.test(word.at(-3)!))
    candidates.push(`${word}${last}en`, `${word}${last}e`)
  const doubled = /([aeou])\1([bcdfghjklmnpqrstvwxz])$/.exec(word)
  if (doubled) {
    const halved = `${word.slice(0, -3)}${doubled[1]}${doubled[2] === 'f' ? 'v' : doubled[2] === 's' ? 'z' : doubled[2]}`
    candidates.push(`${halved}en`, `${halved}e`)
  }
  if (last === 'f') candidates.push(`${before}ven`, `${before}ve`)
  if (last === 's' && !word.endsWith('ss')) candidates.push(`${before}zen`, `${before}ze`)
  if (word.endsWith('heid')) candidates.push(`${word.slice(0, -4)}heden`)
  const base = stem(word)
  return [...new Set(candidates.filter((c) => c === word || stem(c) === base))]
}
