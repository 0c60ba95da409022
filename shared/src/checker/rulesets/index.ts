import type { RuleSet } from '../engine/types.ts'
import { bwmo } from './bwmo.ts'
import { nvo2020 } from './nvo2020.ts'
import { wet2026 } from './wet2026.ts'

export { DEFAULT_RULESET } from '../rulesetIds.ts'

/** The rule sets by id. */
export const RULESETS: Readonly<Record<string, RuleSet>> = {
  'nvo-2020': nvo2020,
  'wet-2026': wet2026,
  'bw-mo': bwmo,
}

export function getRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(RULESETS, id) ? RULESETS[id] : undefined
}
