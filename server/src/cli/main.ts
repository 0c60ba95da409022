import { runCli } from './runCli.ts'

// pnpm runs scripts from the workspace root; resolve paths against where the user typed them.
const cwd = process.env.INIT_CWD ?? process.cwd()

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd,
}).then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`Fout: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 2
  },
)
