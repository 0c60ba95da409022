// One load-generating process of the collaboration benchmark (started by collab.ts, several at once
// for a crowd, so the clients are not limited by one event loop). Reads its job as JSON on stdin:
// connects its clients, prints "ready" once all are synced, starts typing at `startAt` (epoch ms,
// the same for every process), and prints the latencies it saw as JSON when the load is over.
//
// Every edit adds a paragraph and pushes [writer, seq, sentAt] to a log array; a client receiving
// that entry records now − sentAt. Clocks are the same machine's (performance.timeOrigin + now()).
import { createInterface } from 'node:readline'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface ClientsJob {
  wsUrl: string
  room: string
  /** One token per client ('' for the reference server, which does not authenticate). */
  tokens: string[]
  /** Global number of this process's first client; clients numbered below `writers` type. */
  firstClient: number
  writers: number
  editsPerSecond: number
  seconds: number
  /** Spread the clients' joins over this long (people join a meeting one by one, so their presence renewals do too). */
  joinOverMs: number
}

export interface ClientsResult {
  latencies: number[]
  /** Edits this process's clients should have received from other clients. */
  expected: number
}

process.setMaxListeners(0)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const clock = () => performance.timeOrigin + performance.now()

async function run(job: ClientsJob, startAt: Promise<number>): Promise<ClientsResult> {
  const clients = []
  for (const token of job.tokens) {
    if (job.joinOverMs > 0) await sleep(job.joinOverMs / job.tokens.length)
    clients.push(join(token))
  }
  function join(token: string) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(job.wsUrl, job.room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: token ? { token } : {},
    })
    return { doc, provider }
  }
  await Promise.all(
    clients.map(
      ({ provider }) =>
        new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve()))),
    ),
  )
  const latencies: number[] = []
  for (const { doc } of clients) {
    doc.getArray<[number, number, number]>('bench-log').observe((event) => {
      if (event.transaction.local) return
      const now = clock()
      for (const change of event.changes.delta) {
        for (const entry of (change.insert as [number, number, number][] | undefined) ?? []) {
          latencies.push(now - entry[2])
        }
      }
    })
  }
  process.stdout.write('ready\n')
  const start = await startAt
  await sleep(Math.max(0, start - clock()))

  const total = job.editsPerSecond * job.seconds
  const writers = clients.flatMap((c, i) =>
    job.firstClient + i < job.writers ? [{ ...c, id: job.firstClient + i }] : [],
  )
  await Promise.all(
    writers.map(async ({ doc, id }) => {
      const interval = 1000 / job.editsPerSecond
      // Spread the writers over one interval, so edits arrive evenly rather than in bursts.
      const offset = (interval / job.writers) * id
      const text = doc.getXmlFragment('default')
      const log = doc.getArray<[number, number, number]>('bench-log')
      for (let seq = 0; seq < total; seq++) {
        await sleep(Math.max(0, start + offset + seq * interval - clock()))
        doc.transact(() => {
          const p = new Y.XmlElement('paragraph')
          p.insert(0, [new Y.XmlText(`schrijver ${id}, wijziging ${seq} `)])
          text.insert(text.length, [p])
          log.push([[id, seq, clock()]])
        })
      }
    }),
  )
  const expected = clients.length * job.writers * total - writers.length * total
  // Until everything arrived, or 5 s after the last edit of the load (what is missing then counts
  // as lost); a process without writers gets here at once and must wait for the others' edits.
  const end = start + job.seconds * 1000 + 5000
  while (latencies.length < expected && clock() < end) await sleep(50)
  for (const { provider, doc } of clients) {
    provider.destroy()
    doc.destroy()
  }
  return { latencies, expected }
}

const lines = createInterface({ input: process.stdin })
let resolveStart: (t: number) => void = () => {}
const startAt = new Promise<number>((r) => {
  resolveStart = r
})
let job: ClientsJob | null = null
lines.on('line', (line) => {
  const message = JSON.parse(line) as { job?: ClientsJob; startAt?: number }
  if (message.job && !job) {
    job = message.job
    run(job, startAt).then(
      (result) => {
        process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
      },
      (err) => {
        console.error(err)
        process.exit(1)
      },
    )
  }
  if (message.startAt) resolveStart(message.startAt)
})
