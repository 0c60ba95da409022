import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkDocument, localizeReport, RULESETS } from '@regiovisie/shared/checker'
import { describe, expect, it } from 'vitest'
import { fileToJson } from '../import/fileToJson.ts'

// Real texts, converted as the CLI converts them: the samples beside the project, the unseen
// batches and the CLI fixtures. Under every rule set, every finding the checker gives them must have
// English text (the catalogue is shared/src/checker/messages.en.ts).
const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(HERE, '../../..')
const DIRS = [
  resolve(ROOT, '../shared/samples'),
  join(HERE, 'fixtures'),
  ...['batch1', 'batch2', 'batch3'].map((b) => join(ROOT, 'tests/checker/unseen', b)),
].filter(existsSync)
const FILES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'LABELS.md')
    .map((f) => join(dir, f)),
)

describe('findings in English on real texts', () => {
  it('every finding under every rule set has English text; codes, statuses and evidence are unchanged', async () => {
    expect(FILES.length).toBeGreaterThan(5)
    const untranslated: string[] = []
    const seen = new Set<string>()
    for (const file of FILES) {
      const doc = await fileToJson(file)
      for (const set of Object.values(RULESETS)) {
        const report = checkDocument(doc, { ruleset: set.id })
        const en = localizeReport(report, 'en')
        for (const f of [...(en.findings ?? []), ...en.opgaven.flatMap((o) => o.findings)]) {
          seen.add(
            f.code.replace(/^opgave-\d+\./, '').replace(/^(?!uitgesteld$|alleen-genoemd$).*/, f.message.split(':')[0]!),
          )
          if (f.lang !== 'en') untranslated.push(`${file.slice(ROOT.length - 4)} (${set.id}) ${f.code}: ${f.message}`)
        }
        expect(en.opgaven.every((o) => o.titleLang === 'en')).toBe(true)
        expect(en.opgaven.map((o) => [o.status, o.findings.map((f) => [f.code, f.severity, f.evidence])])).toEqual(
          report.opgaven.map((o) => [o.status, o.findings.map((f) => [f.code, f.severity, f.evidence])]),
        )
      }
    }
    expect(untranslated).toEqual([])
    // The texts exercise every form of finding.
    for (const form of ['Found', 'Partly found', 'Not found yet', 'uitgesteld', 'alleen-genoemd'])
      expect([...seen]).toContain(form)
  })
})
