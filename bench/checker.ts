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

/** The samples repeated to ~TARGET_WORDS words; `salt` varies every figure so that no sentence repeats. */
function buildDocument(salt = 0): { doc: JSONContent; words: number } {
  const samples = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.md') && f !== 'LABELS.md')
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
  const content: JSONContent[] = []
  let words = 0
  for (let copy = 0; words < TARGET_WORDS; copy++) {
    for (const md of samples) {
      // Vary the figures per copy, so that no two copies of a sentence are the same text.
      const varied = md.replace(/\d+/g, (n) => String(Number(n) + copy + salt * 1000))
      content.push(...markdownToDoc(varied))
      words += varied.split(/\s+/).filter(Boolean).length
      if (words >= TARGET_WORDS) break
    }
  }
  return { doc: { type: 'doc', content }, words }
}

/**
 * Two cases, each over RUNS runs:
 *  - cold: a document none of whose sentences the checker has seen before (the first check of a document);
 *  - typing: the same document with one paragraph changed before each run, as the editor checks it
 *    after every typing pause (the checker remembers what it found in sentences it has seen).
 */
const { doc, words } = buildDocument()
for (let i = 0; i < 5; i++) checkDocument(buildDocument(100 + i).doc) // warm up the JIT
const colds = Array.from({ length: RUNS }, (_, i) => buildDocument(1 + i).doc)

function measure(docs: () => JSONContent): { wall: number[]; cpu: number[] } {
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const input = docs()
    const start = performance.now()
    const startCpu = process.cpuUsage()
    checkDocument(input)
    const used = process.cpuUsage(startCpu)
    wall.push(performance.now() - start)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall, cpu }
}

let cold = 0
const coldRuns = measure(() => colds[cold++]!)
checkDocument(doc)
let typed = 0
const paragraphs = (doc.content ?? []).filter((n) => n.type === 'paragraph')
const typingRuns = measure(() => {
  // One paragraph gets a word more, as a writer types.
  const p = paragraphs[(typed * 37) % paragraphs.length]!
  p.content = [{ type: 'text', text: `${p.content?.[0]?.text ?? ''} woord${typed++}` }]
  return doc
})

// CPU time as well as wall time: on a busy machine (other processes on the same cores) wall time
// includes waiting for a core, CPU time does not.
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1)
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`
}
console.log(
  `checker cold (new document): ${words} words, ${RUNS} runs: wall ${stats(coldRuns.wall)}; cpu ${stats(coldRuns.cpu)}`,
)
console.log(`checker typing (one paragraph changed): wall ${stats(typingRuns.wall)}; cpu ${stats(typingRuns.cpu)}`)
