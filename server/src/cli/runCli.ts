import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type CheckReport, checkDocuments, RULESETS } from '@regiovisie/shared/checker'
import { fileToJson } from '../import/fileToJson.ts'
import { ImportError } from '../import/ImportError.ts'
import { formatReport } from './formatReport.ts'

export const USAGE = `Gebruik: pnpm regiovisie check <bestand>... [--json] [--ruleset ${Object.keys(RULESETS).join('|')}]

Toetst een regiovisie aan de Norm voor Opdrachtgeverschap. Bestanden: Markdown (.md), tekst (.txt, ook
gekopieerd uit een PDF), HTML (.html), Word (.docx) of ProseMirror-JSON (.json). Meerdere bestanden
(bijvoorbeeld een beleidskader en een inkoopstrategie) worden samen getoetst.
Exitcode 0: alle opgaven uitgewerkt · 1: niet alle opgaven uitgewerkt · 2: fout.`

/** A mistake in how the CLI was called: shown with the usage, exit code 2. */
export class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Directory relative paths are resolved against. */
  cwd: string
}

/** Runs the CLI and returns its exit code; never exits the process itself (so tests can call it). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (err) {
    if (err instanceof UsageError) io.stderr(`Fout: ${err.message}\n\n${USAGE}\n`)
    else io.stderr(`Fout: ${err instanceof Error ? err.message : String(err)}\n`)
    return 2
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCli>
  try {
    parsed = parseCli(argv)
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  const [command, ...files] = positionals
  if (command !== 'check') throw new UsageError(command ? `onbekend commando "${command}"` : 'geen commando gegeven')
  if (files.length === 0) throw new UsageError('geef ten minste één bestand')
  const ruleset = values.ruleset
  if (!Object.hasOwn(RULESETS, ruleset))
    throw new UsageError(`onbekende regelset "${ruleset}"; kies uit ${Object.keys(RULESETS).join(', ')}`)

  const docs = []
  for (const file of files) {
    try {
      docs.push({ name: basename(file), doc: await fileToJson(resolve(io.cwd, file)) })
    } catch (err) {
      if (err instanceof ImportError) throw new ImportError(`${file}: ${err.message}`)
      throw err
    }
  }
  const report: CheckReport = checkDocuments(docs, { ruleset })
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
  return report.complete ? 0 : 1
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      ruleset: { type: 'string', default: 'nvo-2020' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
}
