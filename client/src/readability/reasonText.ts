import { LONG_SENTENCE_WORDS, type ReadabilityReason, THRESHOLDS } from '@regiovisie/shared/readability'
import type { Dictionary } from '../i18n/nl.ts'

const percent = (share: number) => Math.round(share * 100)

/** One reason in the interface's words, with its figure. */
export function reasonText(t: Dictionary, reason: ReadabilityReason, format: (n: number) => string): string {
  switch (reason.code) {
    case 'sentenceLength':
      return t.readabilityReasonSentenceLength(format(reason.average), THRESHOLDS.sentenceLength.attention)
    case 'longSentences':
      return t.readabilityReasonLongSentences(percent(reason.share), LONG_SENTENCE_WORDS)
    case 'longWords':
      return t.readabilityReasonLongWords(percent(reason.share))
    case 'passive':
      return t.readabilityReasonPassive(percent(reason.share))
    case 'jargon':
      return t.readabilityReasonJargon(reason.count)
  }
}
