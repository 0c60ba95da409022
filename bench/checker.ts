/**
 * Checker benchmark: builds a ~30,000-word regiovisie from the labelled samples (../shared/samples,
 * each repeated with its figures varied so no two copies are identical) and times `checkDocument`.
 * The checker runs on every typing pause in the browser: the median must stay well under 50 ms.
 *
 *   pnpm --filter @regiovisie/bench exec tsx checker.ts [--words 30000] [--runs 40]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkDocument } from '@regiovisie/shared/checker'
import type { JSONContent } from '@regiovisie/shared/schema'

const { values } = parseArgs({
  options: { words: { type: 'string', default: '30000' }, runs: { type: 'string', default: '40' } },
})
const TARGET_WORDS = Number(values.words)
const RUNS = Number(values.runs)
const SAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/samples')

const text = (t: string): JSONContent[] => (t ? [{ type: 'text', text: t.replace(/\*\*|\*/g, '') }] : [])
const paragraph = (t: string): JSONContent => ({ type: 'paragraph', content: text(t) })

/** A small Markdown reader (headings, paragraphs, lists, tables): enough for the samples. */
function markdownToDoc(md: string): JSONContent[] {
  const out: JSONContent[] = []
  let list: JSONContent | null = null
  let table: JSONContent | null = null
  for (const line of md.split('\n')) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line)
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line)
    const row = /^\|(.*)\|\s*$/.exec(line)
    if (!item) list = null
    if (!row) table = null
    if (heading) out.push({ type: 'heading', attrs: { level: heading[1]!.length }, content: text(heading[2]!) })
    else if (item) {
      if (!list) {
        list = { type: 'bulletList', content: [] }
        out.push(list)
      }
      list.content!.push({ type: 'listItem', content: [paragraph(item[1]!)] })
    } else if (row) {
      if (/^[\s|:-]+$/.test(row[1]!)) continue
      if (!table) {
        table = { type: 'table', content: [] }
        out.push(table)
      }
      const cell = table.content!.length === 0 ? 'tableHeader' : 'tableCell'
      const cells = row[1]!.split('|').map((c) => ({ type: cell, content: [paragraph(c.trim())] }))
      table.content!.push({ type: 'tableRow', content: cells })
    } else if (line.trim() && !/^---+$/.test(line.trim())) out.push(paragraph(line.trim()))
  }
  return out
}

function buildDocument(): { doc: JSONContent; words: number } {
  const samples = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.md') && f !== 'LABELS.md')
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
  const content: JSONContent[] = []
  let words = 0
  for (let copy = 0; words < TARGET_WORDS; copy++) {
    for (const md of samples) {
      // Vary the figures per copy, so that no two copies of a sentence are the same text.
      const varied = md.replace(/\d+/g, (n) => String(Number(n) + copy))
      content.push(...markdownToDoc(varied))
      words += varied.split(/\s+/).filter(Boolean).length
      if (words >= TARGET_WORDS) break
    }
  }
  return { doc: { type: 'doc', content }, words }
}

const { doc, words } = buildDocument()
for (let i = 0; i < 5; i++) checkDocument(doc) // warm up the JIT
const wall: number[] = []
const cpu: number[] = []
for (let i = 0; i < RUNS; i++) {
  const start = performance.now()
  const startCpu = process.cpuUsage()
  checkDocument(doc)
  const used = process.cpuUsage(startCpu)
  wall.push(performance.now() - start)
  cpu.push((used.user + used.system) / 1000)
}
// CPU time as well as wall time: on a busy machine (other processes on the same cores) wall time
// includes waiting for a core, CPU time does not.
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1)
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`
}
console.log(`checker: ${words} words, ${RUNS} runs: wall ${stats(wall)}; cpu ${stats(cpu)}`)
