// Writes src/checker/rulesetOutlines.json from the rules: run after changing an opgave's title or an
// element's todo (`pnpm --filter @regiovisie/shared gen:outlines`); rulesetOutlines.test.ts fails until then.
import { writeFileSync } from 'node:fs'
import { outlinesOfRules } from '../src/checker/rulesets/outlines.ts'

const target = new URL('../src/checker/rulesetOutlines.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(outlinesOfRules(), null, 2)}\n`)
console.log(`written ${target.pathname}`)
