import { RULESETS } from './index.ts'

/** An opgave as a template or a report lists it, without its rules. */
export interface OpgaveOutline {
  opgave: number
  title: string
  /** What the checker asks for each core element, in order. */
  todos: string[]
}

/** A rule set without its rules: its domain and its opgaven in order. */
export interface RuleSetOutline {
  domain: string
  opgaven: OpgaveOutline[]
}

/** The outlines of the rule sets, from the rules themselves (the source of `rulesetOutlines.json`). */
export function outlinesOfRules(): Record<string, RuleSetOutline> {
  return Object.fromEntries(
    Object.entries(RULESETS).map(([id, set]) => [
      id,
      {
        domain: set.domain,
        opgaven: set.opgaven.map(({ opgave, rule }) => ({
          opgave,
          title: rule.title,
          todos: rule.elements.filter((e) => e.core !== false).map((e) => e.todo),
        })),
      },
    ]),
  )
}
