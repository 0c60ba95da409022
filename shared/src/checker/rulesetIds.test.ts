import { describe, expect, it } from 'vitest'
import { isRulesetId, RULESET_IDS } from './rulesetIds.ts'
import { RULESETS } from './rulesets/index.ts'

describe('RULESET_IDS', () => {
  it('names exactly the rule sets there are', () => {
    expect([...RULESET_IDS].sort()).toEqual(Object.keys(RULESETS).sort())
  })
  it.each([
    ['nvo-2020', true],
    ['bw-mo', true],
    ['toString', false],
    ['', false],
  ])('%s → %s', (id, known) => {
    expect(isRulesetId(id)).toBe(known)
  })
})
