import type { JSONContent } from '@tiptap/core'
import { Corpus } from './corpus.ts'
import { CUES } from './text/CueIndex.ts'

/**
 * Self-check of the literal prefilter: the patterns (of every check run so far) that match a sentence
 * of `doc` without any of the literals the prefilter scans for. Must be empty; a pattern listed here
 * would be skipped wrongly. For tests and diagnostics, not for the hot path.
 */
export function prefilterMisses(doc: JSONContent): string[] {
  const units = new Corpus(doc).units.map((u) => u.norm)
  const misses: string[] = []
  for (const [re, literals] of CUES.registered()) {
    if (!literals) continue
    for (const norm of units)
      if (re.test(norm) && !literals.some((l) => norm.includes(l)))
        misses.push(`/${re.source.slice(0, 60)}/ on "${norm.slice(0, 60)}"`)
  }
  return misses
}
