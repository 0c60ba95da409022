import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type RunningServer, type ServerDeps, type Store, startServer } from '@regiovisie/server'
import { CloseCode } from '@regiovisie/shared/protocol'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { createRedisFanout } from '../../server/src/sync/redisFanout.ts'
import { api, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, typeText, until, waitSynced } from '../helpers/clients.ts'
import { assertPostgresReachable, freshPostgresStore, skipPostgres } from '../helpers/postgres.ts'
import { CLIENT_DIST } from '../helpers/startServer.ts'

const TOKEN = 'metrics-token-0123456789abcdef'
const ADMIN = 'metrics-admin-token-0123456789'
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const skipRedis = process.env.SKIP_REDIS === '1'
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

function sqliteStore(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'rv-metrics-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  return createSqliteStore(join(dir, 'regiovisie.sqlite'))
}

/** A real server on port 0 serving the built client (whose fallback would answer any unknown path). */
async function serve({ store = sqliteStore(), ...deps }: Partial<ServerDeps> = {}): Promise<RunningServer> {
  const server = await startServer(
    {
      store,
      log,
      adminToken: ADMIN,
      staticDir: CLIENT_DIST,
      metricsToken: TOKEN,
      chromiumPath: '/nonexistent/chromium',
      sync: { retryDelaysMs: [10, 50], unloadDelayMs: 0 },
      ...deps,
    },
    { port: 0, host: '127.0.0.1' },
  )
  cleanup.add(() => server.close())
  return server
}

const wsUrl = (s: RunningServer) => `${s.url.replace(/^http/, 'ws')}/collab`

async function scrape(server: RunningServer): Promise<string> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  expect(res.status).toBe(200)
  return res.text()
}

/** One sample of the Prometheus text format: the series with exactly these labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!m || m[1] !== name) continue
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]))
    const wanted = Object.entries(labels)
    if (Object.keys(got).length === wanted.length && wanted.every(([k, v]) => got[k] === v)) return Number(m[3])
  }
  throw new Error(`no sample ${name}${JSON.stringify(labels)}`)
}

const read = async (server: RunningServer, name: string, labels?: Record<string, string>) =>
  sample(await scrape(server), name, labels)

describe('GET /metrics', () => {
  it('does not exist without METRICS_TOKEN, although the built client answers other unknown paths', async () => {
    const server = await serve({ metricsToken: undefined })
    expect((await fetch(`${server.url}/some/page`)).status).toBe(200)
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('regiovisie_')
  })

  it('asks for the token as a bearer token and refuses anything else', async () => {
    const server = await serve()
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      TOKEN,
      `Basic ${TOKEN}`,
    ]) {
      const res = await fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} })
      expect(res.status, String(authorization)).toBe(401)
      expect(res.headers.get('www-authenticate')).toContain('Bearer')
      expect(await res.text()).not.toContain('regiovisie_')
    }
  })

  it('with the token: Prometheus text with every metric of ours and the process metrics', async () => {
    const server = await serve()
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const text = await res.text()
    for (const name of [
      'regiovisie_rooms_open',
      'regiovisie_connections_open',
      'regiovisie_updates_total',
      'regiovisie_append_seconds',
      'regiovisie_fanout_seconds',
      'regiovisie_store_retries_total',
      'regiovisie_store_failures_total',
      'regiovisie_export_queue_length',
      'regiovisie_export_seconds',
      'regiovisie_check_seconds',
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(text).toContain(`# TYPE ${name} `)
    expect(sample(text, 'regiovisie_updates_total')).toBe(0)
    expect(sample(text, 'regiovisie_export_seconds_count', { format: 'pdf', outcome: 'failed' })).toBe(0)
  })

  it('counts the edits of a y-websocket client: stored updates, one append per group commit, the local broadcast, the open room and connection', async () => {
    const server = await serve()
    const { doc, tokens } = await documentWithSessions(server.url, ADMIN)
    const writer = connectClient(wsUrl(server), doc.id, tokens.editor, cleanup)
    const reader = connectClient(wsUrl(server), doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(await waitSynced(reader)).toBe(true)
    const before = await scrape(server)
    expect(sample(before, 'regiovisie_rooms_open')).toBe(1)
    expect(sample(before, 'regiovisie_connections_open')).toBe(2)
    const updates0 = sample(before, 'regiovisie_updates_total')
    const appends0 = sample(before, 'regiovisie_append_seconds_count')
    const broadcasts0 = sample(before, 'regiovisie_fanout_seconds_count', { path: 'local' })

    // Five transactions: the provider sends five updates, which the room may store in fewer appends.
    for (const word of [' een', ' twee', ' drie', ' vier', ' vijf']) typeText(writer.doc, word)
    expect(await until(() => fragmentText(reader.doc).includes('een twee drie vier vijf'))).toBe(true)

    const after = await scrape(server)
    expect(sample(after, 'regiovisie_updates_total') - updates0).toBe(5)
    const appends = sample(after, 'regiovisie_append_seconds_count') - appends0
    expect(appends).toBeGreaterThanOrEqual(1)
    expect(appends).toBeLessThanOrEqual(5)
    expect(sample(after, 'regiovisie_append_seconds_sum')).toBeGreaterThan(0)
    expect(sample(after, 'regiovisie_fanout_seconds_count', { path: 'local' }) - broadcasts0).toBe(appends)
    // One node: nothing came from another.
    expect(sample(after, 'regiovisie_fanout_seconds_count', { path: 'remote' })).toBe(0)

    writer.destroy()
    reader.destroy()
    expect(
      await until(async () => {
        const text = await scrape(server)
        return sample(text, 'regiovisie_connections_open') === 0 && sample(text, 'regiovisie_rooms_open') === 0
      }),
    ).toBe(true)
  })

  it('times exports by format and outcome, and the checker', async () => {
    const server = await serve()
    const { doc, tokens } = await documentWithSessions(server.url, ADMIN)
    const auth = { authorization: `Bearer ${tokens.editor}` }
    const exported = await fetch(`${server.url}/api/documents/${doc.id}/export?format=md`, { headers: auth })
    expect(exported.status).toBe(200)
    // This server's Chromium does not exist: the PDF export fails, and is counted as failed.
    const pdf = await fetch(`${server.url}/api/documents/${doc.id}/export?format=pdf`, { headers: auth })
    expect(pdf.status).toBe(503)
    const checked = await api(server.url, 'GET', `/api/documents/${doc.id}/check`, { token: tokens.editor })
    expect(checked.status).toBe(200)

    const text = await scrape(server)
    expect(sample(text, 'regiovisie_export_seconds_count', { format: 'md', outcome: 'ok' })).toBe(1)
    expect(sample(text, 'regiovisie_export_seconds_count', { format: 'pdf', outcome: 'failed' })).toBe(1)
    expect(sample(text, 'regiovisie_export_seconds_count', { format: 'docx', outcome: 'ok' })).toBe(0)
    expect(sample(text, 'regiovisie_check_seconds_count')).toBe(1)
    expect(sample(text, 'regiovisie_check_seconds_sum')).toBeGreaterThan(0)
    // The failed render gave its Chromium slot back.
    expect(sample(text, 'regiovisie_export_queue_length', { state: 'rendering' })).toBe(0)
    expect(sample(text, 'regiovisie_export_queue_length', { state: 'waiting' })).toBe(0)
  })

  it('counts append retries, and the failure after which a room closes its clients with 4500', async () => {
    const real = sqliteStore()
    const failing = { count: 0 }
    const store: Store = {
      ...real,
      async appendUpdate(id, update) {
        if (failing.count > 0) {
          failing.count--
          throw new Error('disk full')
        }
        return real.appendUpdate(id, update)
      },
    }
    const server = await serve({ store })
    const { doc, tokens } = await documentWithSessions(server.url, ADMIN)
    const writer = connectClient(wsUrl(server), doc.id, tokens.editor, cleanup)
    expect(await waitSynced(writer)).toBe(true)

    failing.count = 1 // fewer failures than retries (this server: 2)
    typeText(writer.doc, ' na een hapering')
    expect(await until(async () => (await read(server, 'regiovisie_updates_total')) === 1)).toBe(true)
    expect(await read(server, 'regiovisie_store_retries_total')).toBe(1)
    expect(await read(server, 'regiovisie_store_failures_total', { operation: 'append' })).toBe(0)

    failing.count = 3 // more than the retries allow
    typeText(writer.doc, ' bewaard in de browser')
    expect(await until(() => writer.closes.includes(CloseCode.storageFailure))).toBe(true)
    const text = await scrape(server)
    expect(sample(text, 'regiovisie_store_retries_total')).toBe(3)
    expect(sample(text, 'regiovisie_store_failures_total', { operation: 'append' })).toBe(1)
  })
})

describe.skipIf(skipPostgres || skipRedis)('GET /metrics with two nodes on Redis', () => {
  it('times the fan-out from the node that stored an update to the other node that applied it', async () => {
    await assertPostgresReachable()
    const pg = await freshPostgresStore()
    cleanup.add(pg.drop)
    const node = async (store: Store) => {
      const fanout = createRedisFanout(REDIS_URL, log)
      const reachable = await until(
        () =>
          fanout.ping(500).then(
            () => true,
            () => false,
          ),
        3000,
      )
      if (!reachable) {
        await fanout.close()
        throw new Error(`Redis is not reachable at ${REDIS_URL}. Start it, or set SKIP_REDIS=1.`)
      }
      return serve({ store, fanout })
    }
    const a = await node(pg.store)
    const b = await node(await pg.reopen())
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN)
    const writer = connectClient(wsUrl(a), doc.id, tokens.editor, cleanup)
    const reader = connectClient(wsUrl(b), doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(await waitSynced(reader)).toBe(true)

    typeText(writer.doc, ' over de bus')
    expect(await until(() => fragmentText(reader.doc).includes('over de bus'))).toBe(true)
    const onA = await scrape(a)
    const onB = await scrape(b)
    expect(sample(onA, 'regiovisie_updates_total')).toBe(1)
    // Node B stored nothing; it applied what node A published.
    expect(sample(onB, 'regiovisie_updates_total')).toBe(0)
    expect(sample(onB, 'regiovisie_fanout_seconds_count', { path: 'remote' })).toBe(1)
    expect(sample(onB, 'regiovisie_fanout_seconds_sum', { path: 'remote' })).toBeLessThan(5)
    expect(sample(onA, 'regiovisie_fanout_seconds_count', { path: 'remote' })).toBe(0)
  })
})
