import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckReport } from '@regiovisie/shared/checker'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli.ts'

// Two regiovisies written for these tests, in other words and another layout than the samples:
// one that addresses every opgave, one that only names, intends and defers, and one in between.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

async function report(file: string, ruleset = 'nvo-2020'): Promise<CheckReport> {
  let out = ''
  await runCli(['check', file, '--json', '--ruleset', ruleset], {
    stdout: (t) => (out += t),
    stderr: () => {},
    cwd: FIXTURES,
  })
  return JSON.parse(out) as CheckReport
}

async function statuses(file: string, ruleset?: string): Promise<string> {
  return (await report(file, ruleset)).opgaven.map((o) => o.status[0]!.toUpperCase()).join('')
}

describe('regiovisies the rules were not written from', () => {
  it('addresses every opgave of a complete vision in other vocabulary (koers, kwetsbaar aanbod, contactpunt, lumpsum)', async () => {
    expect(await statuses('zuidoever.md')).toBe('AAAAAAAA')
  })

  it('finds nothing in a vision that only names, intends, negates and defers', async () => {
    expect(await statuses('noordkaap.md')).toBe('MMMMMMMM')
  })

  it('tells partial from addressed in a vision that quotes the NvO per chapter, defers and negates', async () => {
    // 1 colleges only · 2 continuity deferred · 3 only the NvO text · 4 convenant, no aanspreekpunt ·
    // 5 named regions and a coordinating region · 6 variant only · 7 decision later · 8 indexation only
    expect(await statuses('rivierenland.md')).toBe('PPMPAPMP')
  })

  it('says a BW/MO vision checked as Jeugd is about another field, and checks it with the BW/MO draft', async () => {
    expect((await report('westkust-bwmo.md')).findings?.map((f) => f.code)).toContain('document.ander-domein')
    // opgaven 1, 2, 4–8 and the four BW/MO topics 9–12
    expect(await statuses('westkust-bwmo.md', 'bw-mo')).toBe('AAPMMMMAMMA')
  })
})
