import type { RuleSet } from '../engine/types.ts'
import { nvo2020 } from './nvo2020.ts'

export const DEFAULT_RULESET = 'nvo-2020'

/** The rule sets by id. */
export const RULESETS: Readonly<Record<string, RuleSet>> = {
  'nvo-2020': nvo2020,
}

export function getRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(RULESETS, id) ? RULESETS[id] : undefined
}
