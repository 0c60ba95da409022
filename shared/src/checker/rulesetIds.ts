/**
 * The ids of the rule sets, without the rules: what a server needs to validate a document's rule set
 * without loading the checker (`rulesetIds.test.ts` keeps it equal to `RULESETS`).
 */
export const RULESET_IDS: readonly string[] = ['nvo-2020', 'wet-2026', 'bw-mo']

/** The rule set a document gets when it names none (or an unknown one). */
export const DEFAULT_RULESET = 'nvo-2020'

export function isRulesetId(id: string): boolean {
  return RULESET_IDS.includes(id)
}
