import type { ReadabilityLevel, ReadabilityReason, ReadabilityStats } from './types.ts'

/** A sentence with more words than this is long (the usual B1 advice: at most 15 to 20 words). */
export const LONG_SENTENCE_WORDS = 20

/**
 * The thresholds, per signal: from `attention` on it counts one point, from `hard` two. Set on the
 * unseen set's versions "in gewone taal" against its council texts and policy plans
 * (server/src/cli/readabilityValidation.test.ts): the plain versions stay below the `attention` values
 * on average, the official texts cross most of them.
 */
export const THRESHOLDS = {
  /** Average words per sentence. */
  sentenceLength: { attention: 14, hard: 18 },
  /** Share of sentences of more than 20 words. */
  longSentences: { attention: 0.15, hard: 0.3 },
  /** Share of words that are long. */
  longWords: { attention: 0.08, hard: 0.12 },
  /** Share of sentences in the passive. */
  passive: { attention: 0.15, hard: 0.3 },
  /** Jargon terms per 100 words. */
  jargon: { attention: 1, hard: 2.5 },
} as const

/**
 * Shares of words and sentences say little about a handful of words: below this many, only sentence
 * length counts (one sentence of 40 words is long however short its section).
 */
export const MIN_WORDS_FOR_SHARES = 25

/** Points from which a text is "let op" and "moeilijk". */
const LEVEL_POINTS = { attention: 2, hard: 5 }

const points = (value: number, t: { attention: number; hard: number }): number =>
  value >= t.hard ? 2 : value >= t.attention ? 1 : 0

/**
 * The level of some text and the reasons, weightiest first. Each signal that crosses its `attention`
 * threshold is a reason; a single one (one point) still reads "goed leesbaar", since one habit alone
 * rarely makes a text hard. Null when there is no sentence to judge.
 * The order of `scored` matters: the first two are about sentence length, the rest are shares.
 */
export function verdict(stats: ReadabilityStats): { level: ReadabilityLevel | null; reasons: ReadabilityReason[] } {
  if (stats.sentences === 0 || stats.words === 0) return { level: null, reasons: [] }
  const average = stats.words / stats.sentences
  const scored: { reason: ReadabilityReason; points: number }[] = [
    {
      reason: { code: 'sentenceLength', average },
      points: points(average, THRESHOLDS.sentenceLength),
    },
    {
      reason: { code: 'longSentences', share: stats.longSentences / stats.sentences },
      points: points(stats.longSentences / stats.sentences, THRESHOLDS.longSentences),
    },
    {
      reason: { code: 'longWords', share: stats.longWords / stats.words },
      points: points(stats.longWords / stats.words, THRESHOLDS.longWords),
    },
    {
      reason: { code: 'passive', share: stats.passiveSentences / stats.sentences },
      points: points(stats.passiveSentences / stats.sentences, THRESHOLDS.passive),
    },
    {
      reason: { code: 'jargon', count: stats.jargon },
      points: points((stats.jargon / stats.words) * 100, THRESHOLDS.jargon),
    },
  ]
  if (stats.words < MIN_WORDS_FOR_SHARES) for (const s of scored.slice(2)) s.points = 0
  const total = scored.reduce((sum, s) => sum + s.points, 0)
  const level: ReadabilityLevel =
    total >= LEVEL_POINTS.hard ? 'hard' : total >= LEVEL_POINTS.attention ? 'attention' : 'good'
  const reasons = scored
    .filter((s) => s.points > 0)
    .sort((a, b) => b.points - a.points)
    .map((s) => s.reason)
  return { level, reasons }
}
