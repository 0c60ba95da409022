/**
 * Readability benchmark: times `analyzeReadability` on a ~30,000-word document (the unseen regiovisies
 * of tests/checker/unseen, converted by the importer and put one after the other) and on hostile
 * 200,000-character paragraphs. It runs on every typing pause in the browser, like the checker.
 *
 *   pnpm --filter @regiovisie/bench exec tsx readability.ts [--runs 30]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { analyzeReadability, JARGON_NL, JargonMatcher } from '@regiovisie/shared/readability'
import type { JSONContent } from '@regiovisie/shared/schema'
import { contentToJson } from '../server/src/import/fileToJson.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } })
const RUNS = Number(values.runs)
const UNSEEN = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/checker/unseen')

function corpusDocument(): JSONContent {
  const content: JSONContent[] = []
  for (const batch of readdirSync(UNSEEN).filter((d) => d.startsWith('batch'))) {
    for (const file of readdirSync(join(UNSEEN, batch)).filter((f) => !f.startsWith('labels'))) {
      content.push(...(contentToJson(readFileSync(join(UNSEEN, batch, file), 'utf8'), extname(file)).content ?? []))
    }
  }
  return { type: 'doc', content }
}

const para = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const withHeading = (text: string): JSONContent => ({
  type: 'doc',
  content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Opgave 1' }] }, para(text)],
})
const DENSE =
  'In het kader van het regionale opdrachtgeverschap wordt de continuïteit van de specialistische jeugdhulp door de gezamenlijke gemeenten geborgd via een integrale inkoopstrategie. '

const cases: [string, JSONContent][] = [
  ['unseen corpus as one document', corpusDocument()],
  ['200k: dense policy sentences', withHeading(DENSE.repeat(2000).slice(0, 200_000))],
  ['200k: no full stop', withHeading('transformatie integraal wordt geregeld '.repeat(6000).slice(0, 200_000))],
  ['200k: one word', withHeading('a'.repeat(200_000))],
  ['200k: abbreviations', withHeading('m.b.t. '.repeat(30_000).slice(0, 200_000))],
]

/** Wall-clock and CPU milliseconds of `run` (CPU time is what counts on a machine shared with other work). */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  run()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const compile = timed(() => new JargonMatcher(JARGON_NL))
console.log(
  `compiling the jargon list (${JARGON_NL.length} terms): ${compile.wall.toFixed(1)} ms (cpu ${compile.cpu.toFixed(1)})`,
)
for (const [name, doc] of cases) {
  let words = 0
  const first = timed(() => {
    words = analyzeReadability(doc).total.words
  })
  const runs = Array.from({ length: RUNS }, () => timed(() => analyzeReadability(doc)))
  console.log(
    `${name.padEnd(32)} ${String(words).padStart(6)} words  first ${first.wall.toFixed(1)} ms  median ${median(runs.map((r) => r.wall)).toFixed(1)} ms (cpu ${median(runs.map((r) => r.cpu)).toFixed(1)} ms)`,
  )
}
