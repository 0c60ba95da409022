// Vowel letters of Dutch words, with and without accents (lower case). A diaeresis (ä, ë, ï, ö, ü)
// starts a new syllable: "continuïteit", "coördinatie", "beëindigen".
const VOWELS = 'aeiouyàáâèéêìíîòóôùúû'
const DIAERESES = 'äëïöü'
// Pairs that Dutch (and the loanwords of policy texts) pronounce as two syllables although the letters
// touch: "materiaal", "radio", "situatie", "evaluatie", "ideaal", "theorie", "actueel".
const SPLIT_PAIRS = new Set(['ia', 'io', 'iu', 'ua', 'uo', 'ea', 'eo', 'ue'])

/**
 * A simple Dutch syllable count by vowel groups: every run of vowels is one syllable, except where a
 * diaeresis or one of the pairs above starts a new one. Good to within a syllable for most words
 * ("organisatie" 5, "jeugdhulpaanbieders" 5; "bureau" counts 3), which is all a readability signal
 * needs. At least 1 for a word with a letter. Linear in the word's length.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase()
  let count = 0
  let letters = false
  let previous = '' // the previous character when it was a vowel, else ''
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!
    if (DIAERESES.includes(ch)) {
      count++
      previous = ch
      letters = true
    } else if (VOWELS.includes(ch)) {
      if (!previous || SPLIT_PAIRS.has(previous + ch)) count++
      previous = ch
      letters = true
    } else {
      previous = ''
      if (!letters && /\p{L}/u.test(ch)) letters = true
    }
  }
  return Math.max(count, letters ? 1 : 0)
}

/** Letters beyond this make a word long whatever its syllables (compounds: "jeugdhulpregio", "zorgaanbieders"). */
export const LONG_WORD_LETTERS = 13
/** Syllables from which a word counts as long. */
export const LONG_WORD_SYLLABLES = 4

/** A long word, for a reader at B1: four syllables or more, or more than 13 letters. */
export function isLongWord(word: string): boolean {
  return word.length > LONG_WORD_LETTERS || countSyllables(word) >= LONG_WORD_SYLLABLES
}
