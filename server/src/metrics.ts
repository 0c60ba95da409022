import { createHash, timingSafeEqual } from 'node:crypto'
import type { RequestHandler } from 'express'
import type { Counter, Histogram, Registry } from 'prom-client'
import { notFound } from './errors.ts'
import type { ExportFormat } from './export/exportFormats.ts'

/** What the gauges read when Prometheus scrapes (nothing is counted twice or kept in between). */
export interface MetricsSources {
  rooms(): number
  connections(): number
  /** PDF renders holding a Chromium slot, and those waiting for one. */
  exportQueue(): { rendering: number; waiting: number }
}

/**
 * One registry per server (never prom-client's global one), so two servers in one process, as in
 * the tests, count apart. Labels come from small fixed sets only: no document, participant or
 * node ids, so the number of series stays the same however many documents are served.
 */
export interface Metrics {
  readonly registry: Registry
  /** Updates this node stored (each client edit or server-side change that changed a document). */
  readonly updates: Counter
  /** One store append per group commit, successful attempts only. */
  readonly appendSeconds: Histogram
  /** Append attempts that failed and were tried again. */
  readonly storeRetries: Counter
  /** Store operations that failed for good (append: the room gave up and closed its clients with 4500). */
  readonly storeFailures: Counter<'operation'>
  /**
   * `local`: handing a stored batch to this node's sockets. `remote`: from another node's publish
   * until this node applied the update and handed it to its sockets, by the two nodes' wall clocks
   * (`Date.now()`: 1 ms resolution, and any skew between them; negative values count as 0).
   */
  readonly fanoutSeconds: Histogram<'path'>
  /** One export, from the request's document to the file's bytes (a PDF includes its wait for Chromium). */
  readonly exportSeconds: Histogram<'format' | 'outcome'>
  /** `checkDocument` for GET /api/documents/:id/check. */
  readonly checkSeconds: Histogram
  /** Connects the gauges to what they read; called once the server's parts exist. */
  track(sources: MetricsSources): void
}

export type StoreOperation = 'append' | 'load' | 'catch_up' | 'compact'
export type FanoutPath = 'local' | 'remote'

/** prom-client is loaded only when metrics are on (METRICS_TOKEN): a server without them does not carry it. */
export async function createMetrics(): Promise<Metrics> {
  const { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } = await import('prom-client')
  const registry = new Registry()
  const registers = [registry]
  collectDefaultMetrics({ register: registry })
  let sources: MetricsSources | null = null

  new Gauge({
    name: 'regiovisie_rooms_open',
    help: 'Documents loaded (or loading) in memory on this node.',
    registers,
    collect() {
      this.set(sources?.rooms() ?? 0)
    },
  })
  new Gauge({
    name: 'regiovisie_connections_open',
    help: 'Collaboration WebSockets open on this node.',
    registers,
    collect() {
      this.set(sources?.connections() ?? 0)
    },
  })
  new Gauge({
    name: 'regiovisie_export_queue_length',
    help: 'PDF exports rendering in Chromium or waiting for a slot (2 render at once, 32 may wait).',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const queue = sources?.exportQueue() ?? { rendering: 0, waiting: 0 }
      this.set({ state: 'rendering' }, queue.rendering)
      this.set({ state: 'waiting' }, queue.waiting)
    },
  })

  const storeFailures = new Counter({
    name: 'regiovisie_store_failures_total',
    help: 'Store operations that failed for good (append: after its retries; the room closed its clients with 4500).',
    labelNames: ['operation'] as const,
    registers,
  })
  const fanoutSeconds = new Histogram({
    name: 'regiovisie_fanout_seconds',
    help: "Fan-out of a stored update. local: handing it to this node's sockets; remote: from the other node's publish to applied and sent here (wall clocks of both nodes, 1 ms resolution).",
    labelNames: ['path'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  })
  const exportSeconds = new Histogram({
    name: 'regiovisie_export_seconds',
    help: 'One export, from the document read to the bytes of the file, by format and outcome.',
    labelNames: ['format', 'outcome'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  })
  // Series exist from the start (zero), so a rate() or a missing-series alert sees them before the first event.
  for (const operation of ['append', 'load', 'catch_up', 'compact'] satisfies StoreOperation[])
    storeFailures.inc({ operation }, 0)
  for (const path of ['local', 'remote'] satisfies FanoutPath[]) fanoutSeconds.zero({ path })
  for (const format of ['docx', 'pdf', 'md', 'html'] satisfies ExportFormat[])
    for (const outcome of ['ok', 'failed']) exportSeconds.zero({ format, outcome })

  return {
    registry,
    updates: new Counter({
      name: 'regiovisie_updates_total',
      help: 'Updates this node stored: client edits and server-side changes that changed a document.',
      registers,
    }),
    appendSeconds: new Histogram({
      name: 'regiovisie_append_seconds',
      help: 'One store append per group commit (successful attempts).',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    storeRetries: new Counter({
      name: 'regiovisie_store_retries_total',
      help: 'Append attempts that failed and were tried again after a back-off.',
      registers,
    }),
    storeFailures,
    fanoutSeconds,
    exportSeconds,
    checkSeconds: new Histogram({
      name: 'regiovisie_check_seconds',
      help: 'checkDocument for GET /api/documents/:id/check.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    track(next) {
      sources = next
    },
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * GET /metrics. Without a token configured it does not exist (404); with one it asks for
 * `Authorization: Bearer <token>` (401 otherwise), compared in constant time.
 */
export function metricsHandler(metrics: Metrics | undefined, token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : null
  return async (req, res) => {
    if (!metrics || !expected) throw notFound()
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    res.setHeader('Cache-Control', 'no-store')
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      res.status(401).json({ error: { code: 'unauthorized', message: 'Metrics need the METRICS_TOKEN.' } })
      return
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics())
  }
}
