// Collaboration benchmark: real y-websocket clients against real servers, each server in its own
// process, ours (compiled, with server/nodeFlags.json, authentication + durable SQLite storage, as `npm start`
// runs it) against
// the reference @y/websocket-server 0.1.1 (in memory, no authentication), in the same run.
//   pnpm bench   or   pnpm --filter @regiovisie/bench exec tsx collab.ts
// Scenarios (BENCH=room|crowd|all, default all):
//   room   CLIENTS=20 clients in one document, WRITERS=5 of them typing EDITS_PER_S=10 edits/s for
//          SECONDS=15, then a join of a 1,000-paragraph document; ROUNDS=3 rounds.
//   crowd  200 editors in one document, spread over 4 client processes, joining over 10 s, 20 of them typing 2 edits/s
//          for 15 s; CROWD_ROUNDS=1 round.
// Every round starts both servers afresh, alternating which goes first, and reports ours/reference
// per round; the summary gives the median and the spread (min–max) of those ratios, since this
// machine is noisy. Measured: propagation latency (edit → every other client) p50/p99, server CPU
// time during the load (user + system), the server's peak RSS during the load, join time.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { jsonToYUpdate } from '@regiovisie/server'
import { getTemplate } from '@regiovisie/templates'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ClientsJob, ClientsResult } from './collabClients.ts'

process.setMaxListeners(0)
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HERE = fileURLToPath(new URL('.', import.meta.url))
const ADMIN = 'bench-admin-token-0123456789'
const COLD_PARAGRAPHS = 1000
const COLD_RUNS = env('COLD_RUNS', 10)
const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Our documents start from the template; the reference's get the same content, so both serve as much. */
const TEMPLATE_STATE = jsonToYUpdate(
  await (getTemplate('nvo-jeugd') as NonNullable<ReturnType<typeof getTemplate>>).build({ title: 'Bench' }),
)

interface Scenario {
  name: string
  clients: number
  writers: number
  editsPerSecond: number
  seconds: number
  /** Client processes the clients are spread over. */
  processes: number
  rounds: number
  /** The clients join over this long (0: all at once). */
  joinOverMs: number
  /** Also measure joining a 1,000-paragraph document. */
  join: boolean
}

const SCENARIOS: Scenario[] = [
  {
    name: 'room',
    clients: env('CLIENTS', 20),
    writers: env('WRITERS', 5),
    editsPerSecond: env('EDITS_PER_S', 10),
    seconds: env('SECONDS', 15),
    processes: 1,
    rounds: env('ROUNDS', 3),
    joinOverMs: 0,
    join: true,
  },
  {
    name: 'crowd',
    clients: env('CROWD_CLIENTS', 200),
    writers: env('CROWD_WRITERS', 20),
    editsPerSecond: env('CROWD_EDITS_PER_S', 2),
    seconds: env('CROWD_SECONDS', 15),
    processes: env('CROWD_PROCESSES', 4),
    rounds: env('CROWD_ROUNDS', 1),
    // 200 people do not join in the same millisecond, and y-websocket renews each one's presence
    // every 15 s from its join: joined at once, all 200 renewals (40,000 messages) land together.
    joinOverMs: 10_000,
    join: false,
  },
]

interface Target {
  name: string
  wsUrl: string
  proc: ChildProcess
  /** A new document and `n` tokens for it ('' for the reference, which does not authenticate). */
  newRoom(n: number): Promise<{ room: string; tokens: string[] }>
}

type ServerKind = 'reference' | 'ours' | 'ours-cold'

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

async function start(kind: ServerKind, dataDir: string): Promise<Target> {
  const port = await freePort()
  if (kind === 'reference') {
    const proc = spawn(process.execPath, ['referenceServer.mjs'], {
      cwd: HERE,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitHttp(`http://127.0.0.1:${port}/`, proc)
    let n = 0
    const wsUrl = `ws://127.0.0.1:${port}`
    return {
      name: 'reference',
      wsUrl,
      proc,
      async newRoom(count) {
        const room = `bench-${n++}`
        // The reference keeps a document in memory after its last client left: seed it with the template.
        const seeder = connect(wsUrl, room, '')
        await seeder.synced
        Y.applyUpdate(seeder.doc, TEMPLATE_STATE)
        const check = connect(wsUrl, room, '')
        await check.synced
        while (check.doc.getXmlFragment('default').length === 0) await sleep(10)
        for (const c of [seeder, check]) {
          c.provider.destroy()
          c.doc.destroy()
        }
        return { room, tokens: Array(count).fill('') }
      },
    }
  }
  // SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", for looking into our server only.
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const { flags } = JSON.parse(readFileSync(join(ROOT, 'server', 'nodeFlags.json'), 'utf8')) as { flags: string[] }
  const proc = spawn(process.execPath, [...flags, ...nodeArgs, 'server/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...(kind === 'ours-cold' ? { ROOM_UNLOAD_DELAY_MS: '0' } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  await waitHttp(`${base}/healthz`, proc)
  return { name: kind, wsUrl: `ws://127.0.0.1:${port}/collab`, proc, newRoom: (n) => ourRoom(base, n) }
}

/** A document on our server and `n` tokens: up to 40 sessions (an invite makes 50 at once), 5 sockets each for 200. */
async function ourRoom(base: string, n: number): Promise<{ room: string; tokens: string[] }> {
  const r = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench', template: 'nvo-jeugd' }),
  })
  const doc = (await r.json()) as { id: string; invites: { editor: string } }
  const sessions: string[] = []
  for (let i = 0; i < Math.min(n, 40); i++) {
    const s = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        invite: doc.invites.editor,
        name: `Bench ${i}`,
        organisation: 'Bench',
        group: 'gemeente',
      }),
    })
    if (!s.ok) throw new Error(`session: HTTP ${s.status} ${await s.text()}`)
    sessions.push(((await s.json()) as { token: string }).token)
  }
  return { room: doc.id, tokens: Array.from({ length: n }, (_, i) => sessions[i % sessions.length] as string) }
}

/** utime + stime of a process (all its threads), or of one thread with `tid`, in seconds. */
function cpuSeconds(pid: number, tid?: number): number {
  const stat = readFileSync(tid ? `/proc/${pid}/task/${tid}/stat` : `/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/** CPU seconds per thread name (threads of one name summed). */
function threadCpu(pid: number): Map<string, number> {
  const byName = new Map<string, number>()
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()
      const label = Number(tid) === pid ? 'main' : process.env.BENCH_THREADS === 'tid' ? `${name}:${tid}` : name
      byName.set(label, (byName.get(label) ?? 0) + cpuSeconds(pid, Number(tid)))
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byName
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** Starts one client process with its job; resolves once its clients are synced. */
async function clientProcess(job: ClientsJob) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'collabClients.ts'], {
    cwd: HERE,
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream })
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve)
      proc.once('exit', (code) => reject(new Error(`client process exited (${code})`)))
    })
  proc.stdin?.write(`${JSON.stringify({ job })}\n`)
  const ready = await next()
  if (ready !== 'ready') throw new Error(`client process said ${ready}`)
  return {
    go: (startAt: number) => proc.stdin?.write(`${JSON.stringify({ startAt })}\n`),
    result: async () => JSON.parse(await next()) as ClientsResult,
  }
}

interface LoadFigures {
  p50: number
  p99: number
  received: number
  expected: number
  cpu: number
  /** Of which the main thread (the event loop): the rest is V8's helpers and libuv's. */
  mainCpu: number
  rss: number
}

async function load(target: Target, s: Scenario): Promise<LoadFigures> {
  const { room, tokens } = await target.newRoom(s.clients)
  const per = Math.ceil(s.clients / s.processes)
  const procs = await Promise.all(
    Array.from({ length: s.processes }, (_, i) =>
      clientProcess({
        wsUrl: target.wsUrl,
        room,
        tokens: tokens.slice(i * per, (i + 1) * per),
        firstClient: i * per,
        writers: s.writers,
        editsPerSecond: s.editsPerSecond,
        seconds: s.seconds,
        joinOverMs: s.joinOverMs,
      }),
    ),
  )
  const pid = target.proc.pid as number
  // Every join sends presence to every other client: let that settle before the typing starts.
  await sleep(s.clients > 50 ? 3000 : 500)
  const cpuBefore = cpuSeconds(pid)
  const mainBefore = cpuSeconds(pid, pid)
  const threadsBefore = threadCpu(pid)
  const startAt = performance.timeOrigin + performance.now() + 200
  for (const p of procs) p.go(startAt)
  const results = await Promise.all(procs.map((p) => p.result()))
  const cpu = cpuSeconds(pid) - cpuBefore
  const mainCpu = cpuSeconds(pid, pid) - mainBefore
  // BENCH_THREADS=1: where the server's CPU went, per thread (BENCH_THREADS=tid: each thread apart).
  if (process.env.BENCH_THREADS) {
    const after = threadCpu(pid)
    const spent = [...after].map(([name, t]) => `${name} ${(t - (threadsBefore.get(name) ?? 0)).toFixed(2)}`)
    console.log(`  ${target.name} threads: ${spent.join(', ')}`)
  }
  if (process.env.BENCH_THREADS)
    console.log(`  per process: ${results.map((r) => `${r.latencies.length}/${r.expected}`).join(' ')}`)
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b)
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    received: latencies.length,
    expected: results.reduce((sum, r) => sum + r.expected, 0),
    cpu,
    mainCpu,
    rss: peakRssMb(pid),
  }
}

function connect(wsUrl: string, room: string, token: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
  })
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider, synced }
}

/** Median time from connect to synced for a 1,000-paragraph document whose last client left 300 ms before. */
async function joinLarge(target: Target): Promise<number> {
  const { room, tokens } = await target.newRoom(COLD_RUNS + 1)
  const writer = connect(target.wsUrl, room, tokens[0] as string)
  await writer.synced
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
    await sleep(300)
    const t0 = performance.now()
    const c = connect(target.wsUrl, room, tokens[run + 1] as string)
    await c.synced
    times.push(performance.now() - t0)
    const paragraphs = c.doc.getXmlFragment('default').length
    if (paragraphs < COLD_PARAGRAPHS) throw new Error(`join got ${paragraphs} paragraphs`)
    c.provider.destroy()
    c.doc.destroy()
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  )
}

async function measure(kind: ServerKind, s: Scenario, dataDir: string) {
  const target = await start(kind, dataDir)
  try {
    const figures = kind === 'ours-cold' ? null : await load(target, s)
    const join = s.join ? await joinLarge(target) : Number.NaN
    return { figures, join }
  } finally {
    // SIGTERM lets a profiled server write its profile; the reference dies at once either way.
    target.proc.kill(process.env.SERVER_NODE_ARGS ? 'SIGTERM' : 'SIGKILL')
  }
}

const f1 = (n: number, w = 7) => (Number.isNaN(n) ? '–' : n.toFixed(1)).padStart(w)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor((s.length - 1) / 2)] as number
}

async function runScenario(s: Scenario, dataDir: string) {
  console.log(
    `\n## ${s.name}: ${s.clients} clients in one document (${s.processes} client process${s.processes > 1 ? 'es' : ''}), ${s.writers} typing ${s.editsPerSecond} edits/s for ${s.seconds} s${s.join ? `; join of a ${COLD_PARAGRAPHS}-paragraph document` : ''}, ${s.rounds} round(s)\n`,
  )
  console.log(
    `${'round server'.padEnd(22)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'received'.padStart(15)} ${'CPU s'.padStart(7)} ${'main s'.padStart(7)} ${'RSS MB'.padStart(7)} ${'join ms'.padStart(7)}`,
  )
  const ratios: Record<string, number[]> = { p50: [], p99: [], cpu: [], rss: [], join: [], coldJoin: [] }
  for (let round = 1; round <= s.rounds; round++) {
    const order: ServerKind[] = round % 2 ? ['reference', 'ours'] : ['ours', 'reference']
    const got: Partial<Record<ServerKind, Awaited<ReturnType<typeof measure>>>> = {}
    for (const kind of order) {
      got[kind] = await measure(kind, s, dataDir)
      const { figures: f, join } = got[kind]
      if (f) {
        console.log(
          `${`${round} ${kind}`.padEnd(22)} ${f1(f.p50)} ${f1(f.p99)} ${`${f.received}/${f.expected}`.padStart(15)} ${f1(f.cpu)} ${f1(f.mainCpu)} ${f1(f.rss)} ${f1(join)}`,
        )
      }
    }
    if (s.join) {
      const cold = await measure('ours-cold', s, dataDir)
      console.log(`${`${round} ours, unloaded`.padEnd(22)} ${''.padStart(55)} ${f1(cold.join)}`)
      ratios.coldJoin?.push(cold.join / (got.reference?.join as number))
    }
    const ref = got.reference?.figures as LoadFigures
    const ours = got.ours?.figures as LoadFigures
    ratios.p50?.push(ours.p50 / ref.p50)
    ratios.p99?.push(ours.p99 / ref.p99)
    ratios.cpu?.push(ours.cpu / ref.cpu)
    ratios.rss?.push(ours.rss / ref.rss)
    if (s.join) ratios.join?.push((got.ours?.join as number) / (got.reference?.join as number))
  }
  console.log('\nours / reference: median [min–max] over the rounds')
  for (const [metric, xs] of Object.entries(ratios)) {
    if (xs.length === 0) continue
    console.log(
      `  ${metric.padEnd(9)} ${median(xs).toFixed(2)}×  [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`,
    )
  }
}

async function main() {
  const build = spawnSync('node', ['build.mjs'], { cwd: join(ROOT, 'server'), stdio: 'inherit' })
  if (build.status !== 0) throw new Error('building the server failed')
  const which = process.env.BENCH ?? 'all'
  const dataDir = mkdtempSync(join(tmpdir(), 'rv-bench-'))
  try {
    for (const s of SCENARIOS) if (which === 'all' || which === s.name) await runScenario(s, dataDir)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(
    [
      '',
      'p50/p99 = edit → each other client, ms; received = edits the other clients got / expected;',
      'CPU = server user+system time during the load (main = its event-loop thread); RSS = server peak resident memory;',
      'join = connect → synced for a 1,000-paragraph document 300 ms after its last client left: the reference keeps',
      'it in memory, ours keeps it warm for ROOM_UNLOAD_DELAY_MS after compacting; "ours, unloaded" unloads at once',
      'and loads it from SQLite (coldJoin is that against the reference).',
    ].join('\n'),
  )
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
