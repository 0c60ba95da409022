import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckReport } from '@regiovisie/shared/checker'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './runCli.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const dir = mkdtempSync(join(tmpdir(), 'regiovisie-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir })
  return { code, stdout, stderr }
}

const KADER = `# Beleidskader Jeugd Waterland 2025–2028

Welke uitvoeringsvariant wij kiezen, werken wij uit in de inkoopstrategie.
Het regionale inkoopbureau voert het contractbeheer uit voor alle gemeenten.
`
const STRATEGIE = `Inkoopstrategie Jeugd Waterland

Alle gemeenten passen de taakgerichte uitvoeringsvariant toe. Alle gemeenten gebruiken één
modelovereenkomst met dezelfde voorwaarden.
`

describe('regiovisie check', () => {
  it('checks one file: exit 1 when not every opgave is addressed, with the findings in Dutch', async () => {
    const r = await cli('check', file('kader.md', KADER))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('6. Administratieve lasten beperken: gedeeltelijk')
    expect(r.stdout).toContain('[opgave-6.uitgesteld]')
  })

  it('checks several files together (.md and .txt) and prints one JSON report', async () => {
    const r = await cli('check', 'kader.md', file('inkoop.txt', STRATEGIE), '--json')
    const report = JSON.parse(r.stdout) as CheckReport
    expect(report.opgaven[5]?.status).toBe('addressed')
    expect(report.documents?.map((d) => d.name)).toEqual(['kader.md', 'inkoop.txt'])
  })

  it('uses the rule set asked for', async () => {
    const report = JSON.parse((await cli('check', 'kader.md', '--json', '--ruleset', 'wet-2026')).stdout) as CheckReport
    expect(report.ruleset).toBe('wet-2026')
    expect(report.opgaven).toHaveLength(12)
  })

  it.each([
    [['check', 'bestaat-niet.md'], 'bestaat-niet.md: bestand niet gevonden'],
    [['check', 'leeg.md'], 'het bestand is leeg'],
    [['check', 'visie.odt'], 'wordt niet ondersteund'],
    [['check', 'kader.md', '--ruleset', 'jeugd-1999'], 'onbekende regelset'],
    [['check'], 'geef ten minste één bestand'],
    [['controleer', 'kader.md'], 'onbekend commando'],
    [['check', 'kader.md', '--onbekend'], 'Fout'],
  ])('exits 2 with a message on stderr for %j', async (argv, message) => {
    file('leeg.md', '')
    file('visie.odt', 'x')
    const r = await cli(...argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(message)
  })

  it('as a process: `npm run --silent regiovisie -- check <file> --json` (no pnpm needed) prints exactly one JSON object; exit 2 for a missing file', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'regiovisie', '--', 'check', join(dir, 'kader.md'), '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(ok.status).toBe(1)
    expect((JSON.parse(ok.stdout) as CheckReport).opgaven).toHaveLength(8)
    const missing = spawnSync('npm', ['run', '--silent', 'regiovisie', '--', 'check', join(dir, 'nee.md')], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('bestand niet gevonden')
  }, 30_000)
})
