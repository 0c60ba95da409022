export { analyzeReadability, MAX_HARD_SENTENCES } from './analyzeReadability.ts'
export { JargonMatcher } from './JargonMatcher.ts'
export { JARGON_NL, type JargonEntry } from './jargon.nl.ts'
export { countSyllables, isLongWord } from './syllables.ts'
export type {
  HardSentence,
  JargonUse,
  ReadabilityLevel,
  ReadabilityReason,
  ReadabilityReport,
  ReadabilityStats,
  SectionReadability,
} from './types.ts'
export { LONG_SENTENCE_WORDS, THRESHOLDS } from './verdict.ts'
