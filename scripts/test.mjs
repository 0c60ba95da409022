// `npm test`: unit, integration and end-to-end tests on a fresh clone. The integration tier needs
// PostgreSQL and the e2e tier needs Chromium; where one is missing this fails with what to install,
// unless that tier is skipped explicitly (SKIP_PG=1, SKIP_E2E=1). It never passes silently without them.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { bootstrap, root } from './bootstrap.mjs'

const pnpm = bootstrap()
const skipE2E = process.env.SKIP_E2E === '1'
const skipPg = process.env.SKIP_PG === '1'
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const problems = []

if (!skipE2E && !existsSync(chromium)) {
  problems.push(
    `Chromium not found at ${chromium}: install it (Debian/Ubuntu: apt-get install -y chromium), set CHROMIUM_PATH, or set SKIP_E2E=1 to skip the browser tests explicitly.`,
  )
}
if (!skipPg) {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import pg from 'pg'; const c = new pg.Client({ connectionString: ${JSON.stringify(url)}, connectionTimeoutMillis: 3000 }); await c.connect(); await c.end()`,
    ],
    { cwd: join(root, 'tests'), encoding: 'utf8' },
  )
  if (probe.status !== 0) {
    problems.push(
      `PostgreSQL is not reachable at ${url}: start it, point TEST_DATABASE_URL at one, or set SKIP_PG=1 to skip the PostgreSQL tests explicitly.`,
    )
  }
}
if (problems.length) {
  for (const p of problems) console.error(`\n✗ ${p}`)
  process.exit(1)
}
if (skipE2E) console.warn('! SKIP_E2E=1: the end-to-end browser tests are skipped.')
if (skipPg) console.warn('! SKIP_PG=1: the PostgreSQL tests are skipped.')

function run(args) {
  const r = spawnSync(pnpm, args, { cwd: root, stdio: 'inherit' })
  return r.status ?? 1
}

console.log('\n— typecheck —')
if (run(['-r', 'typecheck']) !== 0) process.exit(1)

const report = join(root, '.vitest-report.json')
rmSync(report, { force: true })
const projects = ['unit', 'integration', ...(skipE2E ? [] : ['e2e'])].flatMap((p) => ['--project', p])
const status = run([
  'exec',
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
])
try {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  console.log(
    `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  )
} catch {
  // No report: vitest failed before running; its own output says why.
}
process.exit(status)
