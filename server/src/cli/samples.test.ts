import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CheckReport, checkDocuments, type OpgaveStatus, prefilterMisses } from '@regiovisie/shared/checker'
import { describe, expect, it } from 'vitest'
import { fileToJson } from '../import/fileToJson.ts'
import { runCli } from './runCli.ts'

// The labelled samples live beside the project: <repo>/../shared/samples.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const SAMPLES = resolve(ROOT, '../shared/samples')
const LABELS = join(SAMPLES, 'LABELS.md')
const present = existsSync(LABELS)
if (!present)
  console.warn(`Skipped the sample agreement test: ${LABELS} is not there (the samples sit beside the project).`)

/** LABELS.md cell → status; "missing (mention only)" counts as missing. */
function label(cell: string): OpgaveStatus {
  const c = cell.trim().toLowerCase()
  if (c.startsWith('addressed')) return 'addressed'
  if (c.startsWith('partial')) return 'partial'
  if (c.startsWith('missing')) return 'missing'
  throw new Error(`unknown label "${cell}"`)
}

interface Row {
  name: string
  files: string[]
  ruleset: string
  /** Labelled status per opgave number. */
  want: Map<number, OpgaveStatus>
}

/** The rows of the two label tables: opgaven 1–8 per file, and the Wet 2026 items (9–12) for its file. */
function readLabels(): Row[] {
  const rows: Row[] = []
  const lines = readFileSync(LABELS, 'utf8').split('\n')
  const tables: string[][][] = []
  let table: string[][] | null = null
  for (const line of lines) {
    if (!line.startsWith('|')) {
      table = null
      continue
    }
    const cells = line.split('|').slice(1, -1)
    if (cells.every((c) => /^\s*-+\s*$/.test(c))) continue
    if (!table) {
      table = []
      tables.push(table)
    }
    table.push(cells)
  }
  const [overview, wet] = tables
  for (const cells of overview!.slice(1)) {
    const name = cells[0]!.trim()
    const want = new Map<number, OpgaveStatus>()
    for (let n = 1; n <= 8; n++) want.set(n, label(cells[n]!))
    const file = /^[\w-]+\.md/.exec(name)?.[0]
    const files = file ? [file] : ['scattered-part-a.md', 'scattered-part-b.md'] // "scattered A + B combined"
    rows.push({ name, files, ruleset: 'nvo-2020', want })
  }
  for (const cells of wet!.slice(1)) {
    const file = cells[0]!.trim()
    const row = rows.find((r) => r.files.length === 1 && r.files[0] === file)!
    row.ruleset = 'wet-2026'
    cells.slice(1).forEach((cell, i) => {
      row.want.set(9 + i, label(cell))
    })
  }
  return rows
}

async function check(files: string[], ruleset: string): Promise<CheckReport> {
  let out = ''
  const code = await runCli(['check', ...files.map((f) => resolve(SAMPLES, f)), '--json', '--ruleset', ruleset], {
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      throw new Error(t)
    },
    cwd: ROOT,
  })
  const report = JSON.parse(out) as CheckReport
  expect(code).toBe(report.complete ? 0 : 1)
  return report
}

const STATUSES: OpgaveStatus[] = ['addressed', 'partial', 'missing']

/** Wraps a line at `width` characters, as a PDF viewer's copy does. */
function wrap(line: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) out.push(current)
  return out
}

/**
 * The sample as text copied from a PDF: no Markdown, no blank lines, lines wrapped at 80 characters,
 * the title repeated at the top of every page of 40 lines and "Pagina n van m" at the bottom.
 */
function asPdfCopy(markdown: string): string {
  const lines: string[] = []
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/\*\*|\*/g, '')
    if (!line.trim() || /^-{3,}$/.test(line.trim())) continue
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
      if (!cells.every((c) => /^-+$/.test(c))) lines.push(cells.join('   '))
    } else if (line.startsWith('#')) lines.push(line.replace(/^#+\s*/, ''))
    else {
      const item = /^\s*(?:[-*]|(\d+\.))\s+(.*)$/.exec(line)
      if (item) {
        const [first, ...rest] = wrap(item[2]!, 78)
        lines.push(`${item[1] ?? '•'} ${first}`, ...rest.map((r) => `  ${r}`))
      } else lines.push(...wrap(line, 80))
    }
  }
  const title = lines[0]!
  const pages = Math.ceil(lines.length / 40)
  const out: string[] = []
  for (let page = 0; page < pages; page++)
    out.push(title, ...lines.slice(page * 40, page * 40 + 40), `Pagina ${page + 1} van ${pages}`)
  return out.join('\n')
}

describe.skipIf(!present)('the checker on the labelled samples (../shared/samples)', () => {
  it('agrees with LABELS.md in at least 90% of the cells, and never says addressed where the label is missing', async () => {
    const rows = readLabels()
    expect(rows.length).toBeGreaterThanOrEqual(8)
    const confusion = new Map<string, number>()
    const disagreements: string[] = []
    const falseAddressed: string[] = []
    let agree = 0
    let cells = 0
    const lines: string[] = []
    for (const row of rows) {
      const report = await check(row.files, row.ruleset)
      let got = ''
      let want = ''
      for (const [opgave, expected] of row.want) {
        const actual = report.opgaven.find((o) => o.opgave === opgave)?.status ?? 'missing'
        cells++
        if (actual === expected) agree++
        else disagreements.push(`${row.name} opgave ${opgave}: label ${expected}, checker ${actual}`)
        if (expected === 'missing' && actual === 'addressed') falseAddressed.push(`${row.name} opgave ${opgave}`)
        confusion.set(`${expected}>${actual}`, (confusion.get(`${expected}>${actual}`) ?? 0) + 1)
        want += expected[0]!.toUpperCase()
        got += actual[0]!.toUpperCase()
      }
      lines.push(`  ${row.name.padEnd(42)} label ${want}  checker ${got}`)
    }
    const pad = (s: string | number) => String(s).padStart(10)
    const table = [
      `Sample agreement: ${agree}/${cells} cells (${((100 * agree) / cells).toFixed(1)}%)`,
      ...lines,
      '',
      `  ${'label \\ checker'.padEnd(16)}${STATUSES.map(pad).join('')}`,
      ...STATUSES.map((l) => `  ${l.padEnd(16)}${STATUSES.map((c) => pad(confusion.get(`${l}>${c}`) ?? 0)).join('')}`),
      ...disagreements.map((d) => `  differs: ${d}`),
    ].join('\n')
    console.log(table)
    expect(falseAddressed).toEqual([])
    expect(agree / cells).toBeGreaterThanOrEqual(0.9)
  })

  it('gives the same statuses for each sample copied from a PDF (.txt with hard line breaks and page headers)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiovisie-pdf-'))
    try {
      for (const row of readLabels().filter((r) => r.files.length === 1)) {
        const file = row.files[0]!
        const txt = join(dir, file.replace(/\.md$/, '.txt'))
        writeFileSync(txt, asPdfCopy(readFileSync(join(SAMPLES, file), 'utf8')))
        const fromMarkdown = (await check(row.files, row.ruleset)).opgaven.map((o) => o.status)
        const fromPdf = (await check([txt], row.ruleset)).opgaven.map((o) => o.status)
        expect(fromPdf, file).toEqual(fromMarkdown)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('never skips a pattern that matches: every match contains one of the literals the prefilter scans for', async () => {
    const misses: string[] = []
    for (const row of readLabels()) {
      for (const file of row.files) {
        const doc = await fileToJson(join(SAMPLES, file))
        // Register every rule set's patterns first, then look for matches the prefilter would skip.
        for (const ruleset of ['nvo-2020', 'wet-2026', 'bw-mo']) checkDocuments([{ name: file, doc }], { ruleset })
        misses.push(...prefilterMisses(doc))
      }
    }
    expect(misses).toEqual([])
  })
})
