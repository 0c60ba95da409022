import { getRuleSet } from '@regiovisie/shared/checker'

export interface RulesetName {
  /** The rule set's label without a trailing "(concept)": the interface marks drafts itself. */
  name: string
  draft: boolean
}

/** How the interface names a rule set; an unknown id is shown as it is. */
export function rulesetName(id: string): RulesetName {
  const ruleSet = getRuleSet(id)
  if (!ruleSet) return { name: id, draft: false }
  return { name: ruleSet.label.replace(/\s*\(concept\)\s*$/i, ''), draft: ruleSet.draft === true }
}
