import { DEFAULT_RULESET, getRuleSet } from './rulesets/index.ts'
import { nvo2020 } from './rulesets/nvo2020.ts'

/** An opgave's number and title. */
export interface OpgaveDefinition {
  opgave: number
  title: string
}

/** The eight opgaven of the Norm voor Opdrachtgeverschap (Jeugd), numbering of VNG seed 002. */
export const NVO_OPGAVEN: readonly OpgaveDefinition[] = nvo2020.opgaven.map(({ opgave, rule }) => ({
  opgave,
  title: rule.title,
}))

/**
 * The opgaven of a rule set, in its order (opgave 1–12 under `wet-2026`, the BW/MO draft's own list):
 * what participation, the export's appendices and the template cover for a document with that rule
 * set. An unknown id gives the default rule set's, as the checker falls back to it.
 */
export function opgavenOf(ruleset: string): readonly OpgaveDefinition[] {
  const set = getRuleSet(ruleset) ?? getRuleSet(DEFAULT_RULESET)!
  return set.opgaven.map(({ opgave, rule }) => ({ opgave, title: rule.title }))
}
