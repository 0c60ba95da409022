import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type CheckReport, checkDocument } from '@regiovisie/shared/checker'
import { fileToJson, ImportError } from '../import/fileToJson.ts'
import { formatReport } from './formatReport.ts'

const USAGE = `Gebruik: pnpm regiovisie check <bestand> [--json]

Toetst een regiovisie (Markdown, tekst, HTML of ProseMirror-JSON) aan de Norm voor Opdrachtgeverschap.
Exitcode 0: alle opgaven uitgewerkt · 1: niet alle opgaven uitgewerkt · 2: fout.`

class UsageError extends Error {}

async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCli>
  try {
    parsed = parseCli(argv)
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const [command, ...files] = positionals
  if (command !== 'check') throw new UsageError(command ? `onbekend commando "${command}"` : 'geen commando gegeven')
  if (files.length !== 1) throw new UsageError('geef precies één bestand')
  // pnpm runs scripts from the workspace root; resolve paths against where the user typed them.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), files[0] as string)
  let report: CheckReport
  try {
    report = checkDocument(await fileToJson(file))
  } catch (err) {
    if (err instanceof ImportError) throw new ImportError(`${files[0]}: ${err.message}`)
    throw err
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
  return report.complete ? 0 : 1
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  })
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) console.error(`Fout: ${err.message}\n\n${USAGE}`)
    else if (err instanceof ImportError) console.error(`Fout: ${err.message}`)
    else console.error(`Fout: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(2)
  },
)
