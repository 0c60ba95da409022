/**
 * Export benchmark: builds a ~30,000-word regiovisie (chapters, sections, paragraphs with marks and
 * links, nested lists, tables) and times the exports as the server makes them.
 *   - DOCX (docx library, with the TOC's page numbers laid out): median and p95, target < 2 s
 *   - PDF (our HTML printed by Chromium through playwright-core): median and p95, target < 6 s
 *   - ten exports at once (five DOCX, five PDF): wall time and peak memory of this process and of
 *     its Chromium processes, which the renderer's concurrency limit (2 pages) keeps bounded.
 *
 *   pnpm --filter @regiovisie/bench exec tsx export.ts [--words 30000] [--runs 7]
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createPdfRenderer, type ExportFormat, exportDocument } from '@regiovisie/server/export'
import { type ExportContent, exampleExport, toHtml, toMarkdown } from '@regiovisie/shared/export'
import type { JSONContent } from '@regiovisie/shared/schema'

const { values } = parseArgs({
  options: { words: { type: 'string', default: '30000' }, runs: { type: 'string', default: '7' } },
})
const TARGET_WORDS = Number(values.words)
const RUNS = Number(values.runs)
const { bold, bulletList, doc, heading, italic, link, orderedList, paragraph, table, text } = exampleExport

const VOCABULARY = (
  'de regio borgt samen met de gemeenten aanbieders jeugdigen ouders en professionals de beschikbaarheid ' +
  'van specialistische jeugdhulp wij maken afspraken over toegang inkoop tarieven continuïteit en ' +
  'monitoring zodat elk kind tijdig passende hulp krijgt dicht bij huis waar dat kan en regionaal waar dat moet'
).split(' ')

/** A deterministic sentence generator: the same document on every run and machine. */
function words(n: number, seed: number): string {
  const out: string[] = []
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    out.push(VOCABULARY[x % VOCABULARY.length]!)
  }
  const s = out.join(' ')
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`
}

function bigDocument(targetWords: number): { doc: JSONContent; words: number } {
  const blocks: JSONContent[] = [heading(1, 'Regiovisie Jeugdhulp Benchmarkregio 2026–2030', { section: 'titel' })]
  let count = 0
  let seed = 1
  const w = (n: number) => {
    count += n
    return words(n, seed++)
  }
  for (let chapter = 1; count < targetWords; chapter++) {
    blocks.push(
      heading(
        2,
        chapter <= 8 ? `Opgave ${chapter}. Hoofdstuk ${chapter}` : `Hoofdstuk ${chapter}`,
        chapter <= 8 ? { opgave: chapter } : {},
      ),
    )
    for (let section = 1; section <= 5 && count < targetWords; section++) {
      blocks.push(heading(3, `Paragraaf ${chapter}.${section}`))
      for (let p = 0; p < 5; p++) {
        blocks.push(
          paragraph(
            text(w(60)),
            bold(w(4)),
            text(' '),
            italic(w(6)),
            text(' '),
            link(w(3), 'https://example.nl/regio'),
            text(w(20)),
          ),
        )
      }
      blocks.push(bulletList(w(12), [paragraph(w(10)), bulletList(w(8), w(8))], w(12)))
      blocks.push(orderedList(1, w(15), w(15), w(15)))
      if (section === 3) {
        blocks.push(
          table(['Onderdeel', 'Afspraak', 'Eigenaar'], ...Array.from({ length: 8 }, () => [w(2), w(12), w(2)])),
        )
      }
    }
  }
  return { doc: doc(...blocks), words: count }
}

const { doc: bigDoc, words: wordCount } = bigDocument(TARGET_WORDS)
const base = exampleExport.exampleExportContent()
const content: ExportContent = { ...base, doc: bigDoc }

const ms = (start: number) => performance.now() - start
function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return { median: at(0.5), p95: at(0.95) }
}
const fmt = (n: number) => `${Math.round(n)} ms`
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`

/**
 * Memory of this process (RSS) and of its Chromium processes (PSS: shared pages counted once, as
 * summing the RSS of Chromium's many processes would count its shared libraries many times), in kB.
 */
function memory(): { node: number; chromium: number } {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number])
  const tree = new Set([process.pid])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, ppid] of rows) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  let chromium = 0
  for (const pid of tree) {
    if (pid === process.pid) continue
    try {
      chromium += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
    } catch {
      // The process ended between ps and now.
    }
  }
  return { node: process.memoryUsage().rss / 1024, chromium }
}

/** Runs `work`, sampling memory every 100 ms. */
async function peakDuring(work: () => Promise<unknown>) {
  const before = memory()
  let peak = { ...before }
  const sampler = setInterval(() => {
    const m = memory()
    peak = { node: Math.max(peak.node, m.node), chromium: Math.max(peak.chromium, m.chromium) }
  }, 100)
  const start = performance.now()
  try {
    await work()
  } finally {
    clearInterval(sampler)
  }
  return { wall: ms(start), before, peak }
}

async function time(format: ExportFormat, renderer: ReturnType<typeof createPdfRenderer>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await exportDocument({ format, ...content }, renderer)
    samples.push(ms(start))
  }
  return samples
}

const renderer = createPdfRenderer({ timeoutMs: 60_000 })
try {
  console.log(`document: ${wordCount.toLocaleString('en')} words, ${bigDoc.content!.length} top-level blocks`)

  let start = performance.now()
  const html = toHtml(content)
  console.log(`html: ${fmt(ms(start))} (${Math.round(html.length / 1024)} kB)`)
  start = performance.now()
  toMarkdown(content)
  console.log(`markdown: ${fmt(ms(start))}`)

  // Warm-up: JIT, and Chromium's launch (paid once per server, on the first PDF).
  start = performance.now()
  await exportDocument({ format: 'docx', ...content }, renderer)
  const docxCold = ms(start)
  start = performance.now()
  const firstPdf = await exportDocument({ format: 'pdf', ...content }, renderer)
  const pdfCold = ms(start)

  const docx = stats(await time('docx', renderer))
  const pdf = stats(await time('pdf', renderer))
  console.log(
    `docx: median ${fmt(docx.median)}, p95 ${fmt(docx.p95)} over ${RUNS} runs (first: ${fmt(docxCold)}); target < 2000 ms`,
  )
  console.log(
    `pdf:  median ${fmt(pdf.median)}, p95 ${fmt(pdf.p95)} over ${RUNS} runs (first, with browser launch: ${fmt(pdfCold)}; ${Math.round(firstPdf.body.length / 1024)} kB); target < 6000 ms`,
  )

  // One PDF alone, then ten exports at once: the renderer prints two pages at a time and queues
  // the rest, so the peak with ten should be about that of two, not ten.
  const single = await peakDuring(() => exportDocument({ format: 'pdf', ...content }, renderer))
  console.log(
    `1 pdf alone: ${fmt(single.wall)}; peak: node RSS ${mb(single.peak.node)}, chromium PSS ${mb(single.peak.chromium)} (idle before: ${mb(single.before.chromium)})`,
  )
  const formats: ExportFormat[] = ['pdf', 'docx', 'pdf', 'docx', 'pdf', 'docx', 'pdf', 'docx', 'pdf', 'docx']
  const ten = await peakDuring(() =>
    Promise.all(formats.map((format) => exportDocument({ format, ...content }, renderer))),
  )
  console.log(
    `10 at once (5 pdf, 5 docx): ${fmt(ten.wall)} wall; peak: node RSS ${mb(ten.peak.node)}, chromium PSS ${mb(ten.peak.chromium)}, ` +
      `together ${mb(ten.peak.node + ten.peak.chromium)}; node maxRSS over the whole run ${mb(process.resourceUsage().maxRSS)}`,
  )
} finally {
  await renderer.close()
}
