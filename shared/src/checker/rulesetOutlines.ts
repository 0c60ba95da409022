import { DEFAULT_RULESET } from './rulesetIds.ts'
import OUTLINES from './rulesetOutlines.json' with { type: 'json' }
import type { RuleSetOutline } from './rulesets/outlines.ts'

export type { OpgaveOutline, RuleSetOutline } from './rulesets/outlines.ts'

/** An opgave's number and title. */
export interface OpgaveDefinition {
  opgave: number
  title: string
}

const outlines: Readonly<Record<string, RuleSetOutline>> = OUTLINES

/**
 * The opgaven of a rule set with their titles and what the checker asks for, without loading the
 * checker's rules (some 10 MB per server process): what the template, participation and the export
 * need. Generated from the rules (`shared/scripts/writeRulesetOutlines.ts`; `rulesetOutlines.test.ts`
 * keeps it equal). An unknown id gives the default rule set's, as the checker falls back to it.
 */
export function outlineOf(ruleset: string): RuleSetOutline {
  return (Object.hasOwn(outlines, ruleset) ? outlines[ruleset] : outlines[DEFAULT_RULESET]) as RuleSetOutline
}

/**
 * The opgaven of a rule set, in its order (opgave 1–12 under `wet-2026`, the BW/MO draft's own list):
 * what participation, the export's appendices and the template cover for a document with that rule set.
 */
export function opgavenOf(ruleset: string): readonly OpgaveDefinition[] {
  return outlineOf(ruleset).opgaven.map(({ opgave, title }) => ({ opgave, title }))
}

/** The eight opgaven of the Norm voor Opdrachtgeverschap (Jeugd), numbering of VNG seed 002. */
export const NVO_OPGAVEN: readonly OpgaveDefinition[] = opgavenOf(DEFAULT_RULESET)
