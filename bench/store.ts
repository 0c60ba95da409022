// Store benchmark: the sync server's hot path, `appendUpdate`, on a fresh SQLite file per round (WAL,
// synchronous=FULL, as the server runs it), then one load and one compaction of what was appended.
//   pnpm --filter @regiovisie/bench exec tsx store.ts      APPENDS=5000 ROUNDS=5
// Wall time includes the fsync of every commit, so it mostly measures the disk; CPU time (user +
// system of this process) is what the store's own code costs. The summary gives the median and the
// spread (min–max) over the rounds, since this machine is shared and noisy.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSecretBox, createSqliteStore } from '@regiovisie/server'
import * as Y from 'yjs'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const APPENDS = env('APPENDS', 5000)
const ROUNDS = env('ROUNDS', 5)

/** What one typist produces: one small update per keystroke. */
function keystrokes(n: number): Uint8Array[] {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < n; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)))
  return updates
}

interface Round {
  wallMs: number
  cpuMs: number
  loadMs: number
  compactMs: number
}

async function round(updates: Uint8Array[]): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'rv-bench-store-'))
  const store = createSqliteStore(join(dir, 'bench.sqlite'), { secrets: createSecretBox(Buffer.alloc(32, 7)) })
  try {
    await store.createDocument(
      {
        id: 'd1',
        title: 'Bench',
        template: 'nvo-jeugd',
        region: null,
        municipalities: [],
        ruleset: 'nvo-2020',
        downloadAllowed: false,
        theme: 'neutral',
        createdAt: new Date().toISOString(),
      },
      new Uint8Array([0, 0]),
      { owner: 'o', editor: 'e', commenter: 'c', viewer: 'v' },
    )
    const cpu = process.cpuUsage()
    const start = performance.now()
    for (const u of updates) await store.appendUpdate('d1', u)
    const wallMs = performance.now() - start
    const used = process.cpuUsage(cpu)
    const loadStart = performance.now()
    const state = await store.loadState('d1')
    const loadMs = performance.now() - loadStart
    if (state.updates.length !== updates.length) throw new Error(`loaded ${state.updates.length} updates`)
    const compactStart = performance.now()
    await store.compact('d1')
    const compactMs = performance.now() - compactStart
    return { wallMs, cpuMs: (used.user + used.system) / 1000, loadMs, compactMs }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const median = s[Math.floor(s.length / 2)] ?? 0
  return `${median.toFixed(0)} ms (${(s[0] ?? 0).toFixed(0)}–${(s.at(-1) ?? 0).toFixed(0)})`
}

const updates = keystrokes(APPENDS)
const rounds: Round[] = []
for (let i = 0; i < ROUNDS; i++) {
  const r = await round(updates)
  rounds.push(r)
  console.log(
    `round ${i + 1}: ${APPENDS} appends ${r.wallMs.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU` +
      ` (${((r.wallMs * 1000) / APPENDS).toFixed(0)} µs/append); load ${r.loadMs.toFixed(1)} ms, compact ${r.compactMs.toFixed(1)} ms`,
  )
}
console.log(`\n${APPENDS} appends, median (min–max) over ${ROUNDS} rounds:`)
console.log(`  wall     ${summary(rounds.map((r) => r.wallMs))}`)
console.log(`  CPU      ${summary(rounds.map((r) => r.cpuMs))}`)
console.log(`  load     ${summary(rounds.map((r) => r.loadMs))}`)
console.log(`  compact  ${summary(rounds.map((r) => r.compactMs))}`)
