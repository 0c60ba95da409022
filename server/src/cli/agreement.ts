import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkDocuments, type OpgaveStatus } from '@regiovisie/shared/checker'
import { fileToJson } from '../import/fileToJson.ts'

/**
 * How far the checker agrees with human labels on a folder of regiovisies.
 *
 * A folder holds documents and one or more `labels.<reader>.json` files:
 * `{ "<file>": { "ruleset": "nvo-2020", "opgaven": { "1": "addressed" | "partial" | "missing-mention" | "missing", … },
 *   "borderline": [n, …] } }`. A cell counts when every reader gave it the same status (mention only
 * counts as missing, as in the checker); cells where readers differ are left out and reported.
 *
 *   pnpm checker:agreement tests/checker/unseen/batch1 [more folders…]
 */

type Status = 'A' | 'P' | 'M'
interface FileLabels {
  ruleset: string
  opgaven: Record<string, string>
  borderline?: number[]
}

const toStatus = (label: string): Status =>
  label === 'addressed' ? 'A' : label === 'partial' ? 'P' : label.startsWith('missing') ? 'M' : (fail(label) as never)
const fromReport = (s: OpgaveStatus): Status => (s === 'addressed' ? 'A' : s === 'partial' ? 'P' : 'M')

function fail(label: string): never {
  throw new Error(`unknown label "${label}"`)
}

export interface Cell {
  file: string
  opgave: number
  human: Status
  checker: Status
  borderline: boolean
}

export interface Agreement {
  cells: Cell[]
  /** Cells the readers labelled differently (left out of the figures). */
  disputed: Array<{ file: string; opgave: number; labels: string[] }>
}

/** Reads the labels of `dir` and runs the checker on each labelled document. */
export async function measureFolder(dir: string, readers?: string[]): Promise<Agreement> {
  const files = readdirSync(dir).filter((f) => /^labels\.[\w-]+\.json$/.test(f))
  const chosen = readers ? files.filter((f) => readers.includes(f.split('.')[1] ?? '')) : files
  if (chosen.length === 0) throw new Error(`no labels in ${dir}`)
  const sets = chosen.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, FileLabels>)
  const result: Agreement = { cells: [], disputed: [] }
  for (const file of Object.keys(sets[0] ?? {})) {
    const path = join(dir, file)
    if (!existsSync(path)) throw new Error(`labelled file ${path} does not exist`)
    const first = sets[0]?.[file] as FileLabels
    const json = await fileToJson(path)
    const report = checkDocuments([{ name: file, doc: json }], { ruleset: first.ruleset as never })
    for (const { opgave, status } of report.opgaven) {
      const labels = sets.map((s) => s[file]?.opgaven[String(opgave)])
      if (labels.some((l) => l === undefined)) continue
      const statuses = new Set(labels.map((l) => toStatus(l as string)))
      if (statuses.size > 1) {
        result.disputed.push({ file, opgave, labels: labels as string[] })
        continue
      }
      result.cells.push({
        file,
        opgave,
        human: [...statuses][0] as Status,
        checker: fromReport(status),
        borderline: sets.some((s) => s[file]?.borderline?.includes(opgave)),
      })
    }
  }
  return result
}

export interface Figures {
  cells: number
  agree: number
  /** "addressed or not" agreement. */
  binaryAgree: number
  /** Checker said addressed where the readers found the opgave missing. */
  addressedWhereMissing: number
  confusion: Record<Status, Record<Status, number>>
}

export function figures(cells: Cell[]): Figures {
  const confusion = { A: { A: 0, P: 0, M: 0 }, P: { A: 0, P: 0, M: 0 }, M: { A: 0, P: 0, M: 0 } }
  for (const c of cells) confusion[c.human][c.checker]++
  return {
    cells: cells.length,
    agree: cells.filter((c) => c.human === c.checker).length,
    binaryAgree: cells.filter((c) => (c.human === 'A') === (c.checker === 'A')).length,
    addressedWhereMissing: confusion.M.A,
    confusion,
  }
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`)

export function formatFigures(label: string, f: Figures): string {
  const rows = (['A', 'P', 'M'] as const).map(
    (h) => `    ${h}   ${(['A', 'P', 'M'] as const).map((c) => String(f.confusion[h][c]).padStart(4)).join('')}`,
  )
  return [
    `${label}: ${f.cells} cells · agree ${f.agree} (${pct(f.agree, f.cells)}) · addressed-or-not ${f.binaryAgree} (${pct(f.binaryAgree, f.cells)}) · addressed where missing ${f.addressedWhereMissing}`,
    '  readers ↓ / checker →  A   P   M',
    ...rows,
  ].join('\n')
}

async function main(argv: string[]): Promise<void> {
  const readerArg = argv.find((a) => a.startsWith('--readers='))
  const readers = readerArg?.slice('--readers='.length).split(',')
  const dirs = argv.filter((a) => !a.startsWith('--'))
  const all: Cell[] = []
  for (const dir of dirs) {
    const { cells, disputed } = await measureFolder(dir, readers)
    all.push(...cells)
    for (const file of new Set(cells.map((c) => c.file))) {
      const own = cells.filter((c) => c.file === file)
      const line = own
        .map((c) => `${c.opgave}:${c.human}${c.checker === c.human ? '' : `→${c.checker}`}${c.borderline ? '*' : ''}`)
        .join(' ')
      console.log(`${file.padEnd(30)} ${line}`)
    }
    for (const d of disputed) console.log(`  disputed ${d.file} opgave ${d.opgave}: ${d.labels.join(' / ')}`)
    console.log(formatFigures(dir, figures(cells)))
  }
  if (dirs.length > 1) console.log(formatFigures('all', figures(all)))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(2)
  })
}
