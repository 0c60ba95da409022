import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'rv-npm-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

let made: string | null = null

/** A PATH with Node, npm and the usual tools, but no pnpm: a newcomer's machine after `npm start`. */
function pathWithoutPnpm(): string {
  if (made) return made
  const bin = join(work, 'bin')
  made = bin
  mkdirSync(bin, { recursive: true })
  const nodeDir = dirname(process.execPath)
  for (const name of readdirSync(nodeDir)) {
    if (name === 'pnpm' || name === 'pnpx') continue
    symlinkSync(join(nodeDir, name), join(bin, name))
  }
  return bin
}

function npm(args: string[]) {
  return spawnSync('npm', args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, PATH: pathWithoutPnpm() },
  })
}

describe('the README’s commands work with only Node and npm', () => {
  it('has no pnpm on the PATH it tests with', () => {
    const r = spawnSync('sh', ['-c', 'command -v pnpm'], { env: { PATH: pathWithoutPnpm() } })
    expect(r.status).not.toBe(0)
  })

  it('runs the checker on files: npm run --silent regiovisie -- check <file>... --json', () => {
    const file = join(work, 'visie.md')
    writeFileSync(file, '# Regiovisie\n\n## Opgave 1\n\nDe raden stellen de visie vast.\n')
    const r = npm(['run', '--silent', 'regiovisie', '--', 'check', file, '--json'])
    expect([0, 1], r.stderr).toContain(r.status)
    const report = JSON.parse(r.stdout) as { opgaven: unknown[] }
    expect(report.opgaven.length).toBeGreaterThanOrEqual(8)
    const missing = npm(['run', '--silent', 'regiovisie', '--', 'check', join(work, 'nope.md')])
    expect(missing.status).toBe(2)
  })

  it('shows in the README only commands that npm runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm run --silent regiovisie -- check <file>...')
    expect(readme).not.toMatch(/`pnpm (regiovisie|test:unit|test:e2e|test:integration|lint|bench|dev)/)
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts
    // No script calls a bare `pnpm`: the ones that need it go through scripts/pnpm.mjs (PATH or .tools/).
    for (const [name, command] of Object.entries(scripts)) expect(command, name).not.toMatch(/(^|&& )pnpm /)
  })
})
