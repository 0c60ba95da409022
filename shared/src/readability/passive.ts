import type { Word } from './words.ts'

/** Forms of "worden": with a past participle the passive voice ("wordt ingekocht", "werden gehoord"). */
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden'])
/** Forms of "zijn": with a past participle the passive of a finished act ("is vastgesteld", "zijn gehoord"). */
const ZIJN = new Set(['is', 'zijn', 'was', 'waren'])

/** Words that end a clause: a participle beyond them belongs to another verb. */
const CLAUSE_BREAK = new Set([
  'dat',
  'die',
  'omdat',
  'als',
  'wanneer',
  'want',
  'maar',
  'of',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'hoewel',
  'doordat',
  'waardoor',
  'waarin',
  'waarmee',
  'welke',
  'en',
  'heeft',
  'hebben',
  'had',
  'hadden',
])

/** How far a participle may stand after the auxiliary ("wordt in 2026 door alle raden vastgesteld"). */
const AFTER = 12
/** How far before ("die door de regio ingekocht wordt", "zodra het vastgesteld is"). */
const BEFORE = 2

/** Separable prefixes that stand before "ge" in a participle ("vastgesteld", "ingekocht", "meegenomen"). */
const SEPARABLE =
  'aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|tegen|vrij|neer|los|bekend|goed|deel|tot|plaats|kennis'
/** Weak participles: ge + stem + d/t ("geregeld", "gecontracteerd", "ingezet"). */
const WEAK = new RegExp(`^(?:${SEPARABLE})?ge[a-z]{2,14}[dt]$`)
/** Strong participles after ge or an unstressed prefix ("gegeven", "besproken", "onderzocht", "verwezen"). */
const STRONG = new RegExp(
  `^(?:${SEPARABLE})?(?:ge|be|ver|ont|onder|her|er)(?:geven|schreven|nomen|daan|zien|sproken|kozen|boden|holpen|lezen|houden|dragen|vonden|troffen|sloten|wezen|heven|bracht|dacht|zocht|kocht|kregen|laten|roepen|vangen|dwongen|trokken|bonden|wogen|meten|weven|slagen|steven|zegd|legd|vraagd)$`,
)
/**
 * Participles of verbs with an unstressed prefix (be-, ver-, ont-, er-, her-) take no "ge" and look
 * like nouns ("beleid", "besluit", "verband"), so they are recognised by the endings of weak verbs
 * only: -eerd, -eeld, -aald, -igd, -keld, -erd, -ngd, -rkt, -ekt, -und, -oemd, -eend, -uurd, -eed.
 */
const UNSTRESSED =
  /^(?:be|ver|ont|er|her|onder)[a-z]{1,14}(?:eerd|eeld|aald|igd|keld|erd|ngd|rkt|ekt|und|oemd|eend|uurd|eed)$/

/** Words that look like a participle but are nouns or adjectives in these texts. */
const NOT_PARTICIPLE = new Set([
  'gebied',
  'gezond',
  'geschikt',
  'gewend',
  'gerust',
  'gemiddeld',
  'geduld',
  'gezicht',
  'geest',
  'gedicht',
  'gebed',
  'gevecht',
  'gerecht',
  'gewicht',
  'geluid',
  'gebit',
  'gewest',
  'gezag',
  'gesprekt',
  'verkeerd',
  'geweld',
  'gebod',
  'genot',
  'gemoed',
  'geschrift',
  'gewricht',
])

/** Compounds that start with a noun in ge- and end in d or t ("gemeenteraad", "gezinsbond"). */
const NOUN_STARTS = ['gemeente', 'gezins', 'gebieds', 'gelds', 'gezondheids', 'geboorte']

/** Participles that "zijn" makes a perfect tense of, not a passive ("is gegroeid", "is veranderd"). */
const ZIJN_PERFECT = new Set([
  'geweest',
  'gebeurd',
  'gegroeid',
  'gestart',
  'gestopt',
  'gelukt',
  'mislukt',
  'geslaagd',
  'gedaald',
  'veranderd',
  'verhuisd',
  'gestegen',
  'gekomen',
  'gegaan',
  'gebleven',
  'opgegroeid',
  'toegenomen',
  'afgenomen',
  'uitgegroeid',
  'teruggekeerd',
  'ingestroomd',
  'uitgestroomd',
  'doorgestroomd',
  'overgestapt',
  'aangesloten',
])

/**
 * True when a (folded) word is a past participle: a weak one with "ge" (after a separable prefix or
 * not), a strong one after "ge" or an unstressed prefix, or a weak one of a be-/ver-/ont-verb by its
 * ending. Nouns on -heid, compounds on -gericht ("outputgericht") and -beleid are no participles.
 */
export function isParticiple(word: string): boolean {
  if (word.length < 5 || word.length > 30 || NOT_PARTICIPLE.has(word)) return false
  if (word.endsWith('heid') || word.endsWith('beleid') || word.endsWith('gebied')) return false
  if (NOUN_STARTS.some((start) => word.startsWith(start))) return false
  if (word.length > 7 && word.endsWith('gericht')) return false
  return WEAK.test(word) || STRONG.test(word) || UNSTRESSED.test(word)
}

/**
 * True when the sentence holds a passive construction: a form of "worden" with a past participle or
 * with "door" in the same clause ("wordt door de regio geregeld"), or a form of "zijn" with a past
 * participle ("is vastgesteld"). The clause is the words around the auxiliary up to a comma or a
 * conjunction. A heuristic that errs on the quiet side: "zijn" as a possessive or a perfect tense of
 * motion ("is gegroeid") can slip through, which is why it only ever advises.
 */
export function hasPassive(words: readonly Word[], text: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const aux = words[i]!.folded
    const worden = WORDEN.has(aux)
    if (!worden && !ZIJN.has(aux)) continue
    // After the auxiliary, to the end of its clause.
    for (let j = i + 1; j < words.length && j <= i + AFTER; j++) {
      const w = words[j]!
      if (CLAUSE_BREAK.has(w.folded) || commaBetween(text, words[j - 1]!, w)) break
      if (passiveWith(worden, w.folded) || (worden && w.folded === 'door')) return true
    }
    // Before it, in a subordinate clause's verb cluster.
    for (let j = i - 1; j >= 0 && j >= i - BEFORE; j--) {
      const w = words[j]!
      if (commaBetween(text, w, words[j + 1]!)) break
      if (passiveWith(worden, w.folded)) return true
      if (CLAUSE_BREAK.has(w.folded)) break
    }
  }
  return false
}

const passiveWith = (worden: boolean, word: string): boolean =>
  isParticiple(word) && (worden || !ZIJN_PERFECT.has(word))

/** True when a comma, semicolon, colon or dash stands between two neighbouring words. */
function commaBetween(text: string, a: Word, b: Word): boolean {
  for (let k = a.start + a.text.length; k < b.start; k++) {
    const c = text.charCodeAt(k)
    if (c === 44 || c === 59 || c === 58 || c === 8211 || c === 8212) return true
  }
  return false
}
