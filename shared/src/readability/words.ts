/** A word of a sentence: its text as written and where it starts in the paragraph. */
export interface Word {
  text: string
  /** Lower case, accents and diaereses removed, typographic apostrophe as "'": for matching. */
  folded: string
  start: number
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MARKS = /\p{M}/gu

/** A letter or digit at `i` (one UTF-16 unit; ASCII answered from its code, since this runs on every character). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  return LETTER_OR_DIGIT.test(text[i]!)
}
// An apostrophe or hyphen joins two parts of one word: "regio's", "jeugd-ggz".
const isJoiner = (c: number): boolean => c === 39 || c === 45 || c === 8217

/** Lower case without accents: "Continuïteit" → "continuiteit". */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(MARKS, '').replace(/’/g, "'")
  }
  return lower
}

/**
 * The words of `text` from `start` to `end`, in order, with offsets into `text`: runs of letters and
 * digits, joined by a single apostrophe or hyphen. One scan over the characters: linear.
 */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = []
  let i = start
  while (i < end) {
    if (!isWordChar(text, i)) {
      i++
      continue
    }
    const from = i
    while (i < end && (isWordChar(text, i) || (isJoiner(text.charCodeAt(i)) && i + 1 < end && isWordChar(text, i + 1))))
      i++
    const word = text.slice(from, i)
    words.push({ text: word, folded: fold(word), start: from })
  }
  return words
}

/** True when a word has a letter: a number or a date counts towards sentence length, never as a long word. */
export function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true
    if (c > 127 && /\p{L}/u.test(word[i]!)) return true
  }
  return false
}
