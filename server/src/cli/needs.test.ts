import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Corpus } from '../../../shared/src/checker/corpus.ts'
import { RULESETS } from '../../../shared/src/checker/rulesets/index.ts'
import { CUES, patternSet } from '../../../shared/src/checker/text/CueIndex.ts'
import { fileToJson } from '../import/fileToJson.ts'

// An element's `needs` lets the engine skip a unit by its cue bits without calling `match`. That is
// only right if `match` never finds anything in a unit it skips: checked here on every labelled
// document the project has (the samples and every unseen batch), for every rule set.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const UNSEEN = join(ROOT, 'tests/checker/unseen')
const SAMPLES = resolve(ROOT, '../shared/samples')

function documents(): string[] {
  const files: string[] = []
  for (const batch of readdirSync(UNSEEN).filter((d) => d.startsWith('batch'))) {
    for (const f of readdirSync(join(UNSEEN, batch))) if (/\.(md|txt|html)$/.test(f)) files.push(join(UNSEEN, batch, f))
  }
  if (existsSync(SAMPLES))
    for (const f of readdirSync(SAMPLES)) if (f.endsWith('.md') && f !== 'LABELS.md') files.push(join(SAMPLES, f))
  return files
}

describe("an element's needs never hide a match", () => {
  it('match finds nothing in any unit whose cue bits rule out every pattern the element needs', async () => {
    const files = documents()
    expect(files.length).toBeGreaterThan(80)
    let skipped = 0
    for (const file of files) {
      const corpus = new Corpus(await fileToJson(file))
      for (const ruleset of Object.values(RULESETS)) {
        for (const { opgave, rule } of ruleset.opgaven) {
          for (const element of rule.elements) {
            if (!element.needs) continue
            const needs = element.needs
            const patterns = patternSet(
              (needs instanceof RegExp ? [needs] : Object.values(needs)).map((re) => CUES.pattern(re)),
            )
            for (const u of corpus.units) {
              if (corpus.mayMatch(u, patterns)) continue
              skipped++
              const keys = element.match(corpus, u, opgave)
              if (keys?.length) expect.fail(`${element.id} skips "${u.text}" (${file}) but matches ${String(keys)}`)
            }
          }
        }
      }
    }
    // The prefilter must actually skip units, or it is not worth having.
    expect(skipped).toBeGreaterThan(10_000)
  })
})
