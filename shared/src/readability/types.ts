/** Counts over some text: a section or the whole document. */
export interface ReadabilityStats {
  sentences: number
  words: number
  /** Sentences of more than LONG_SENTENCE_WORDS words. */
  longSentences: number
  /** Words of four syllables or more, or more than 13 letters (numbers not counted). */
  longWords: number
  /** Sentences with a passive construction. */
  passiveSentences: number
  /** Policy terms from the jargon list in running text (not in tables), every occurrence counted. */
  jargon: number
}

/** The overall impression: calm words, never a block. */
export type ReadabilityLevel = 'good' | 'attention' | 'hard'

/** Why a section is harder to read, with the figure behind it (the interface words it). */
export type ReadabilityReason =
  | { code: 'sentenceLength'; average: number }
  | { code: 'longSentences'; share: number }
  | { code: 'longWords'; share: number }
  | { code: 'passive'; share: number }
  | { code: 'jargon'; count: number }

/** One of the hardest sentences of a section. */
export interface HardSentence {
  /** The sentence as written (at most one segmenter piece, so never more than ~1,000 characters). */
  text: string
  /** ProseMirror positions: select from…to to show it. */
  from: number
  to: number
  /** Index of its block, as in the checker's outline. */
  block: number
  words: number
  longWords: number
  passive: boolean
  /** The jargon terms in it, as the list writes them. */
  jargon: string[]
}

/** A jargon term used in a section, with its plain alternative. */
export interface JargonUse {
  term: string
  plain: string
  count: number
}

export interface SectionReadability {
  /** The heading's text; '' for the text before the first heading. */
  heading: string
  /** ProseMirror position of the heading's text, to go there (null before the first heading). */
  from: number | null
  /** The template's opgave number of the heading, if it has one. */
  opgave?: number
  stats: ReadabilityStats
  /** Null when the section has no running text yet. */
  level: ReadabilityLevel | null
  /** What makes it harder, the weightiest first; empty when it reads well. */
  reasons: ReadabilityReason[]
  /** At most MAX_HARD_SENTENCES, hardest first; only sentences that are hard for a reason. */
  hardest: HardSentence[]
  /** Terms in order of how often they occur. */
  jargon: JargonUse[]
}

export interface ReadabilityReport {
  sections: SectionReadability[]
  /** The whole document's counts, and its level. */
  total: ReadabilityStats
  level: ReadabilityLevel | null
  reasons: ReadabilityReason[]
}
