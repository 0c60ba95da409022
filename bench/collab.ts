// Collaboration benchmark with real clients against real servers, each server in its own process:
// ours (authentication + durable SQLite storage) and the reference @y/websocket-server 0.1.1 (in memory).
//   pnpm bench            (or: pnpm --filter @regiovisie/bench exec tsx collab.ts)
// Load: CLIENTS clients in one document, WRITERS of them typing EDITS_PER_S edits/s for SECONDS.
// Prints propagation latency p50/p95/p99 (edit → every other client), connect-to-synced for a
// cold open of a 1,000-paragraph document, and server memory (RSS, peak).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

process.setMaxListeners(0)
const CLIENTS = Number(process.env.CLIENTS ?? 20)
const WRITERS = Number(process.env.WRITERS ?? 5)
const EDITS_PER_S = Number(process.env.EDITS_PER_S ?? 10)
const SECONDS = Number(process.env.SECONDS ?? 10)
const COLD_PARAGRAPHS = 1000
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 10)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ADMIN = 'bench-admin-token'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Target {
  name: string
  wsUrl: string
  /** Token for one client of `room` (our server authenticates; the reference does not). */
  newRoom(): Promise<{ room: string; token: () => Promise<string> }>
  proc: ChildProcess
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      const port = typeof a === 'object' && a ? a.port : 0
      s.close(() => resolve(port))
    })
  })
}

async function waitHttp(url: string, proc: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode})`)
    try {
      await fetch(url)
      return
    } catch {
      await sleep(100)
    }
  }
  throw new Error(`no answer from ${url}`)
}

async function startOurs(dataDir: string, unloadDelayMs?: number): Promise<Target> {
  const port = await freePort()
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'warn',
      ...(unloadDelayMs === undefined ? {} : { ROOM_UNLOAD_DELAY_MS: String(unloadDelayMs) }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  await waitHttp(`${base}/healthz`, proc)
  return {
    name:
      unloadDelayMs === 0 ? 'regiovisie, rooms unloaded at once (cold open)' : 'regiovisie (auth + SQLite, durable)',
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    proc,
    async newRoom() {
      const r = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Bench', template: 'nvo-jeugd' }),
      })
      const doc = (await r.json()) as { id: string; invites: { editor: string } }
      return {
        room: doc.id,
        token: async () => {
          const s = await fetch(`${base}/api/sessions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              invite: doc.invites.editor,
              name: 'Bench',
              organisation: 'Bench',
              group: 'gemeente',
            }),
          })
          return ((await s.json()) as { token: string }).token
        },
      }
    },
  }
}

async function startReference(): Promise<Target> {
  const port = await freePort()
  const proc = spawn(process.execPath, ['referenceServer.mjs'], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitHttp(`http://127.0.0.1:${port}/`, proc)
  let n = 0
  return {
    name: 'reference @y/websocket-server 0.1.1 (in memory)',
    wsUrl: `ws://127.0.0.1:${port}`,
    proc,
    async newRoom() {
      return { room: `bench-${n++}`, token: async () => '' }
    },
  }
}

function connect(target: Target, room: string, token: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(target.wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
  })
  return { doc, provider }
}

async function synced(p: WebsocketProvider): Promise<void> {
  while (!p.synced) await sleep(2)
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

async function load(target: Target) {
  const { room, token } = await target.newRoom()
  const clients = []
  for (let i = 0; i < CLIENTS; i++) clients.push(connect(target, room, await token()))
  await Promise.all(clients.map((c) => synced(c.provider)))
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  clients.forEach((c, index) => {
    c.doc.getMap('bench').observe((event) => {
      if (event.transaction.local) return
      const now = performance.now()
      for (const key of event.keysChanged) {
        const seq = c.doc.getMap('bench').get(key)
        const t = sentAt.get(`${key}:${seq}`)
        if (t !== undefined) latencies.push(now - t)
      }
    })
    void index
  })
  const writers = clients.slice(0, WRITERS)
  const total = EDITS_PER_S * SECONDS
  await Promise.all(
    writers.map(async (w, wi) => {
      await sleep((1000 / EDITS_PER_S / WRITERS) * wi)
      const text = w.doc.getXmlFragment('default')
      for (let seq = 1; seq <= total; seq++) {
        w.doc.transact(() => {
          const p = new Y.XmlElement('paragraph')
          p.insert(0, [new Y.XmlText(`w${wi} edit ${seq} `)])
          text.insert(text.length, [p])
          sentAt.set(`w${wi}:${seq}`, performance.now())
          w.doc.getMap('bench').set(`w${wi}`, seq)
        })
        await sleep(1000 / EDITS_PER_S)
      }
    }),
  )
  await sleep(1000)
  const expected = WRITERS * total * (CLIENTS - 1)
  const mem = memory(target.proc.pid as number)
  for (const c of clients) {
    c.provider.destroy()
    c.doc.destroy()
  }
  latencies.sort((a, b) => a - b)
  return { latencies, expected, mem }
}

async function coldOpen(target: Target) {
  const { room, token } = await target.newRoom()
  const writer = connect(target, room, await token())
  await synced(writer.provider)
  writer.doc.transact(() => {
    const f = writer.doc.getXmlFragment('default')
    for (let i = 0; i < COLD_PARAGRAPHS; i++) {
      const p = new Y.XmlElement('paragraph')
      p.insert(0, [
        new Y.XmlText(`Alinea ${i}: de regio borgt de beschikbaarheid van jeugdhulp met meerjarige contracten.`),
      ])
      f.insert(f.length, [p])
    }
  })
  await sleep(1500)
  writer.provider.destroy()
  writer.doc.destroy()
  const times: number[] = []
  for (let run = 0; run < COLD_RUNS; run++) {
    await sleep(300) // our server unloads (compacts) the room when the last client leaves
    const t = await token()
    const t0 = performance.now()
    const c = connect(target, room, t)
    await synced(c.provider)
    times.push(performance.now() - t0)
    const paragraphs = c.doc.getXmlFragment('default').length
    if (paragraphs < COLD_PARAGRAPHS) throw new Error(`cold open got ${paragraphs} paragraphs`)
    c.provider.destroy()
    c.doc.destroy()
  }
  return times.sort((a, b) => a - b)
}

const fmt = (n: number) => n.toFixed(1).padStart(7)

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'rv-bench-'))
  console.log(
    `collab bench: ${CLIENTS} clients in one document, ${WRITERS} typing ${EDITS_PER_S} edits/s for ${SECONDS} s; cold open of ${COLD_PARAGRAPHS} paragraphs ×${COLD_RUNS}\n`,
  )
  console.log(
    `${'server'.padEnd(48)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'recv'.padStart(9)}  ${'open p50'.padStart(8)} ${'open p95'.padStart(8)}  ${'rss MB'.padStart(7)} ${'peak MB'.padStart(7)}`,
  )
  for (const start of [() => startReference(), () => startOurs(dataDir), () => startOurs(dataDir, 0)]) {
    const target = await start()
    try {
      const { latencies, expected, mem } = await load(target)
      const cold = await coldOpen(target)
      console.log(
        `${target.name.padEnd(48)} ${fmt(percentile(latencies, 50))} ${fmt(percentile(latencies, 95))} ${fmt(percentile(latencies, 99))} ${`${latencies.length}/${expected}`.padStart(9)}  ${fmt(percentile(cold, 50)).padStart(8)} ${fmt(percentile(cold, 95)).padStart(8)}  ${fmt(mem.rss)} ${fmt(mem.peak)}`,
      )
    } finally {
      target.proc.kill('SIGKILL')
    }
  }
  console.log(
    [
      '',
      'latency = edit → other client, ms; recv = edits received by other clients / expected;',
      'open = connect → synced for a 1,000-paragraph document whose last client left 300 ms before: the reference keeps it',
      'in memory, ours keeps it warm for ROOM_UNLOAD_DELAY_MS (10 s) after compacting; the third row unloads at once and',
      'loads it from SQLite (truly cold). Memory is the server process (RSS at the end of the load, and peak).',
    ].join('\n'),
  )
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
