import { describe, expect, it } from 'vitest'
import { outlineOf } from './rulesetOutlines.ts'
import { DEFAULT_RULESET, RULESETS } from './rulesets/index.ts'
import { outlinesOfRules } from './rulesets/outlines.ts'

describe('rulesetOutlines.json', () => {
  it('is what the rules say (after changing a title or a todo: pnpm --filter @regiovisie/shared gen:outlines)', () => {
    const live = outlinesOfRules()
    for (const id of Object.keys(RULESETS)) expect(outlineOf(id), id).toEqual(live[id])
  })
  it('gives the default rule set for an unknown id', () => {
    expect(outlineOf('bestaat-niet')).toEqual(outlineOf(DEFAULT_RULESET))
    expect(outlineOf('toString')).toEqual(outlineOf(DEFAULT_RULESET))
  })
})
