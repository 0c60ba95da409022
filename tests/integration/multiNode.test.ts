import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPostgresStore, createSecretBox } from '@regiovisie/server'
import { CloseCode, MessageType, parseVersionRestored, type VersionRestoredNotice } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { api, documentWithSessions } from '../helpers/api.ts'
import {
  Cleanup,
  connectClient,
  converged,
  fragmentText,
  opgaveHeadings,
  storedText,
  type TestClient,
  typeText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { assertPostgresReachable, PG_URL, skipPostgres } from '../helpers/postgres.ts'
import { freePort, type SpawnedServer, spawnServer } from '../helpers/spawnServer.ts'

/**
 * Several nodes: two real server processes on one PostgreSQL database (a schema of their own) and
 * one Redis, with stock y-websocket clients.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
/** SKIP_REDIS=1 skips this tier explicitly; otherwise an unreachable Redis fails the run. */
const skipRedis = process.env.SKIP_REDIS === '1'
const ADMIN_TOKEN = 'multi-node-admin-token-0123456789'
// Every node must open the invite links the others sealed.
const SECRET_KEY = randomBytes(32).toString('base64')

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

async function assertRedisReachable(): Promise<void> {
  const { hostname, port } = new URL(REDIS_URL)
  const answer = await new Promise<string>((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) }, () => socket.write('PING\r\n'))
    socket.setTimeout(3000, () => socket.destroy())
    socket.once('data', (d) => {
      resolve(d.toString())
      socket.destroy()
    })
    socket.once('error', (err) => resolve(err.message))
    socket.once('close', () => resolve('closed'))
  })
  if (!answer.startsWith('+PONG')) {
    throw new Error(`Redis is not reachable at ${REDIS_URL} (${answer.trim()}). Start it, or set SKIP_REDIS=1.`)
  }
}

interface Cluster {
  nodes: SpawnedServer[]
  schema: string
  /** The store as every node sees it (for checks after the fact). */
  openStore(): ReturnType<typeof createPostgresStore>
}

/** A schema of its own, and a DATABASE_URL that puts a node's tables there. */
async function freshDatabase(owner: Cleanup): Promise<{ schema: string; databaseUrl: string }> {
  await assertPostgresReachable()
  const schema = `rv_nodes_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  owner.add(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  })
  const options = encodeURIComponent(`-c search_path=${schema}`)
  return { schema, databaseUrl: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${options}` }
}

/** Starts `count` nodes at the same moment (they set up the schema together). */
async function startCluster(
  owner: Cleanup,
  env: Record<string, string> = {},
  count = 2,
  envOf: (node: number) => Record<string, string> = () => ({}),
): Promise<Cluster> {
  await assertRedisReachable()
  const { schema, databaseUrl } = await freshDatabase(owner)
  const nodes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'rv-node-'))
      owner.add(() => rmSync(dataDir, { recursive: true, force: true }))
      const node = await spawnServer({
        dataDir,
        port: await freePort(),
        adminToken: ADMIN_TOKEN,
        env: { DATABASE_URL: databaseUrl, REDIS_URL, SECRET_KEY, ROOM_UNLOAD_DELAY_MS: '0', ...env, ...envOf(i) },
      })
      owner.add(() => node.kill())
      return node
    }),
  )
  const secrets = createSecretBox(Buffer.from(SECRET_KEY, 'base64'))
  return { nodes, schema, openStore: () => createPostgresStore(PG_URL, { schema, secrets }) }
}

interface Proxy {
  port: number
  /** Cuts every connection and refuses new ones until `restore()`. */
  cut(): void
  restore(): void
  close(): Promise<void>
}

/** A TCP proxy, like a load balancer in front of the nodes: new connections go to `target()`. */
async function startProxy(target: () => number): Promise<Proxy> {
  const open = new Set<Socket>()
  let refusing = false
  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy()
      return
    }
    const upstream = createConnection({ host: '127.0.0.1', port: target() })
    open.add(client)
    open.add(upstream)
    const end = () => {
      client.destroy()
      upstream.destroy()
      open.delete(client)
      open.delete(upstream)
    }
    client.pipe(upstream)
    upstream.pipe(client)
    for (const s of [client, upstream]) {
      s.on('error', end)
      s.on('close', end)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    cut() {
      refusing = true
      for (const s of open) s.destroy()
    },
    restore() {
      refusing = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** The identity a session's presence must carry (createSession's name, organisation and group). */
const userOf = (role: string) => ({ name: `Test ${role}`, organisation: 'Gemeente Aadorp', group: 'gemeente' })
const sees = (client: TestClient, name: string) =>
  [...client.provider.awareness.getStates().values()].some(
    (s) => (s as { user?: { name?: string } }).user?.name === name,
  )

/** Counts our message `type` arriving at an ack=1 client. */
function countMessages(client: TestClient, type: number, onMessage?: (d: decoding.Decoder) => void): { n: number } {
  const seen = { n: 0 }
  // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
  ;(client.provider as any).messageHandlers[type] = (_e: unknown, d: decoding.Decoder) => {
    seen.n++
    onMessage?.(d)
  }
  return seen
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.skipIf(skipPostgres || skipRedis)('several nodes on PostgreSQL and Redis', () => {
  const shared = new Cleanup()
  let cluster: Cluster
  let a: SpawnedServer
  let b: SpawnedServer
  beforeAll(async () => {
    cluster = await startCluster(shared)
    ;[a, b] = cluster.nodes as [SpawnedServer, SpawnedServer]
  }, 60_000)
  afterAll(async () => {
    // MN_DEBUG=1 prints what the nodes logged (a node that crashed says why here).
    if (process.env.MN_DEBUG) for (const n of cluster.nodes) console.log(n.output())
    await shared.run()
  })

  it('clients on different nodes converge and see each other’s presence', async () => {
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const onA = connectClient(a.wsUrl, doc.id, tokens.editor, cleanup)
    const onB = connectClient(b.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await waitSynced(onA)).toBe(true)
    expect(await waitSynced(onB)).toBe(true)
    onA.provider.awareness.setLocalStateField('user', userOf('editor'))
    onB.provider.awareness.setLocalStateField('user', userOf('owner'))

    typeText(onA.doc, ' van-A')
    typeText(onB.doc, ' van-B')
    expect(await converged([onA, onB])).toBe(true)
    for (const c of [onA, onB]) expect(fragmentText(c.doc)).toMatch(/van-A|van-B/)
    expect(fragmentText(onA.doc)).toContain('van-B')
    expect(fragmentText(onB.doc)).toContain('van-A')
    expect(await until(() => sees(onA, 'Test owner') && sees(onB, 'Test editor'))).toBe(true)

    // Leaving on one node removes the presence on the other at once (not after the 30 s timeout).
    onA.destroy()
    expect(await until(() => !sees(onB, 'Test editor'), 3000)).toBe(true)
  })

  it('a comment posted on node A reaches a client on node B as threadsChanged', async () => {
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const onB = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
    const changes = countMessages(onB, MessageType.threadsChanged)
    expect(await waitSynced(onB)).toBe(true)
    // Node A holds no room for the document: the notice goes out through Redis all the same.
    const created = await api(a.url, 'POST', `/api/documents/${doc.id}/threads`, {
      token: tokens.commenter,
      body: { anchor: { opgave: 3 }, body: 'Graag een voorbeeld uit de praktijk.' },
    })
    expect(created.status).toBe(201)
    expect(await until(() => changes.n >= 1)).toBe(true)
  })

  it('twenty first opens of a new document over both nodes find the template once', async () => {
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const clients = Array.from({ length: 20 }, (_, i) =>
      connectClient((i % 2 ? b : a).wsUrl, doc.id, i % 4 ? tokens.editor : tokens.owner, cleanup),
    )
    for (const c of clients) expect(await waitSynced(c, 10_000)).toBe(true)
    expect(await converged(clients)).toBe(true)
    for (const c of clients) expect(opgaveHeadings(c.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const store = await cluster.openStore()
    cleanup.add(() => store.close())
    const stored = new Y.Doc()
    const state = await store.loadState(doc.id)
    if (state.snapshot) Y.applyUpdate(stored, state.snapshot)
    for (const u of state.updates) Y.applyUpdate(stored, u)
    expect(opgaveHeadings(stored)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('a restore on node A reaches node B’s clients: the old text and the notice', async () => {
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const path = (rest: string) => `/api/documents/${doc.id}${rest}`
    const writer = connectClient(b.wsUrl, doc.id, tokens.editor, cleanup, { ack: '1' })
    const notices: VersionRestoredNotice[] = []
    countMessages(writer, MessageType.versionRestored, (d) => {
      const notice = parseVersionRestored(decoding.readVarString(d))
      if (notice) notices.push(notice)
    })
    let acked = 0
    countMessages(writer, MessageType.saved, (d) => {
      acked = Y.decodeStateVector(decoding.readVarUint8Array(d)).get(writer.doc.clientID) ?? 0
    })
    // Node B has stored everything the writer typed.
    const stored = () => until(() => acked >= Y.getState(writer.doc.store, writer.doc.clientID))
    expect(await waitSynced(writer)).toBe(true)
    typeText(writer.doc, ' eerste-opzet')
    expect(await stored()).toBe(true)
    const version = await api<{ id: string }>(a.url, 'POST', path('/versions'), {
      token: tokens.owner,
      body: { name: 'Eerste opzet' },
    })
    expect(version.status).toBe(201)
    typeText(writer.doc, ' later-geschrapt')
    // Stored on B; node A learns of it from Redis or, at the latest, from the store before it computes the restore.
    expect(await stored()).toBe(true)
    const restored = await api(a.url, 'POST', path(`/versions/${version.json.id}/restore`), { token: tokens.owner })
    expect(restored.status).toBe(200)
    expect(await until(() => !fragmentText(writer.doc).includes('later-geschrapt'))).toBe(true)
    expect(fragmentText(writer.doc)).toContain('eerste-opzet')
    expect(await until(() => notices.length === 1)).toBe(true)
    expect(notices[0]).toMatchObject({ version: 'Eerste opzet', by: { name: 'Test owner' } })
  })

  it('revoking a participant on node A closes their socket on node B', async () => {
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const commenter = connectClient(b.wsUrl, doc.id, tokens.commenter, cleanup)
    expect(await waitSynced(commenter)).toBe(true)
    const list = await api<{ participants: Array<{ id: string; name: string }> }>(
      a.url,
      'GET',
      `/api/documents/${doc.id}/participants`,
      { token: tokens.owner },
    )
    const target = list.json.participants.find((p) => p.name === 'Test commenter')
    expect(target).toBeDefined()
    const revoked = await api(a.url, 'DELETE', `/api/documents/${doc.id}/participants/${target?.id}`, {
      token: tokens.owner,
    })
    expect(revoked.status).toBe(204)
    expect(await until(() => commenter.closes.includes(CloseCode.revoked))).toBe(true)
  })

  it('/readyz answers 200 when the store and Redis answer', async () => {
    for (const node of [a, b]) {
      const r = await api(node.url, 'GET', '/readyz')
      expect(r).toEqual({ status: 200, json: { ok: true } })
    }
  })
})

describe.skipIf(skipPostgres || skipRedis)('several nodes: failures', () => {
  it('kill -9 of a node while its clients type: they go on on the other node, nothing acknowledged is lost, its presence goes', async () => {
    const { nodes, openStore } = await startCluster(cleanup)
    const [a, b] = nodes as [SpawnedServer, SpawnedServer]
    let target = a
    const proxy = await startProxy(() => Number(new URL(target.url).port))
    cleanup.add(() => proxy.close())
    const viaProxy = `ws://127.0.0.1:${proxy.port}/collab`
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)

    const writers = [tokens.editor, tokens.owner].map((token) => {
      const client = connectClient(viaProxy, doc.id, token, cleanup, { ack: '1' })
      const typed: Array<{ mark: string; clock: number }> = []
      const acked = { clock: 0 }
      countMessages(client, MessageType.saved, (d) => {
        const sv = Y.decodeStateVector(decoding.readVarUint8Array(d))
        acked.clock = Math.max(acked.clock, sv.get(client.doc.clientID) ?? 0)
      })
      return { client, typed, acked }
    })
    // A client of node A that cannot reconnect anywhere else: its presence must vanish on B.
    const stranded = connectClient(a.wsUrl, doc.id, tokens.viewer, cleanup)
    const observer = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    for (const c of [...writers.map((w) => w.client), stranded, observer]) expect(await waitSynced(c)).toBe(true)
    stranded.provider.awareness.setLocalStateField('user', userOf('viewer'))
    expect(await until(() => sees(observer, 'Test viewer'))).toBe(true)

    let typing = true
    const loops = writers.map(async (w, n) => {
      for (let i = 0; typing; i++) {
        const mark = ` w${n}-${i}`
        typeText(w.client.doc, mark)
        w.typed.push({ mark, clock: Y.getState(w.client.doc.store, w.client.doc.clientID) })
        await sleep(15)
      }
    })
    await sleep(700)
    target = b
    await a.kill('SIGKILL')
    const killedAt = Date.now()
    // What node A acknowledged is in the store, whatever the clients resend later.
    const ackedByA = writers.flatMap((w) => w.typed.filter((t) => t.clock <= w.acked.clock).map((t) => t.mark))
    const store = await openStore()
    cleanup.add(() => store.close())
    const storedAtKill = await storedText(store, doc.id)
    expect(ackedByA.length).toBeGreaterThan(5)
    expect(ackedByA.filter((m) => !storedAtKill.includes(m))).toEqual([])
    await sleep(1500)
    typing = false
    await Promise.all(loops)

    // Every acknowledgement came from a node that had stored the edit.
    const acknowledged = writers.flatMap((w) => w.typed.filter((t) => t.clock <= w.acked.clock).map((t) => t.mark))
    const everything = writers.flatMap((w) => w.typed.map((t) => t.mark))
    expect(acknowledged.length).toBeGreaterThan(10)
    const reader = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(reader)).toBe(true)
    const missing = () => everything.filter((m) => !fragmentText(reader.doc).includes(m))
    // The writers reconnected to B and resent what was not acknowledged: in the end everything is there.
    expect(await until(() => missing().length === 0, 15_000), `missing: ${missing().slice(0, 5)}`).toBe(true)
    expect(acknowledged.every((m) => fragmentText(reader.doc).includes(m))).toBe(true)
    for (const w of writers) expect(w.client.closes.length).toBeGreaterThan(0)

    // Node B never renews the dead node's presence: after the 30 s timeout it is gone there too,
    // for a client that joins only now as well as for one that was there.
    const left = 33_000 - (Date.now() - killedAt)
    if (left > 0) await sleep(left)
    const late = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(late)).toBe(true)
    await sleep(300)
    expect(sees(late, 'Test viewer')).toBe(false)
    expect(await until(() => !sees(observer, 'Test viewer'), 5000)).toBe(true)
  }, 120_000)

  it('SIGTERM of a node: it stores what was sent, closes with 1012 and quits Redis; its clients carry on on the other', async () => {
    const { nodes } = await startCluster(cleanup)
    const [a, b] = nodes as [SpawnedServer, SpawnedServer]
    let target = a
    const proxy = await startProxy(() => Number(new URL(target.url).port))
    cleanup.add(() => proxy.close())
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const writer = connectClient(`ws://127.0.0.1:${proxy.port}/collab`, doc.id, tokens.editor, cleanup)
    const observer = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(await waitSynced(observer)).toBe(true)
    const marks = Array.from({ length: 30 }, (_, i) => ` voor-${i}`)
    for (const m of marks) typeText(writer.doc, m)
    target = b
    await a.kill('SIGTERM')
    expect(a.process.exitCode).toBe(0)
    expect(writer.closes).toContain(CloseCode.serviceRestart)
    typeText(writer.doc, ' na-de-wissel')
    const all = [...marks, ' na-de-wissel']
    expect(await until(() => all.every((m) => fragmentText(observer.doc).includes(m)), 15_000)).toBe(true)
  })

  it('both nodes compacting one document while both receive edits never drop a stored edit', async () => {
    const { nodes, openStore } = await startCluster(cleanup, { COMPACT_EVERY: '1' })
    const [a, b] = nodes as [SpawnedServer, SpawnedServer]
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const writers = [a, a, b, b].map((node, n) =>
      connectClient(node.wsUrl, doc.id, n % 2 ? tokens.owner : tokens.editor, cleanup),
    )
    for (const w of writers) expect(await waitSynced(w)).toBe(true)
    const store = await openStore()
    cleanup.add(() => store.close())
    const marks = writers.map((_, n) => Array.from({ length: 80 }, (_, i) => ` c${n}-${i}`))
    const all = marks.flat()

    // Watch the store while they type: an edit once stored must stay stored. (The nodes' final
    // compactions would put back what an earlier one dropped, so checking only the end is weak.)
    let typing = true
    const dropped = new Set<string>()
    const everStored = new Set<string>()
    const watcher = (async () => {
      while (typing) {
        const text = await storedText(store, doc.id)
        for (const m of everStored) if (!text.includes(m)) dropped.add(m)
        for (const m of all) if (text.includes(m)) everStored.add(m)
        await sleep(10)
      }
    })()
    await Promise.all(
      writers.map(async (w, n) => {
        for (const m of marks[n] ?? []) {
          typeText(w.doc, m)
          await sleep(3 + n)
        }
      }),
    )
    const missingIn = (d: Y.Doc) => all.filter((m) => !fragmentText(d).includes(m))
    expect(await converged(writers, 15_000)).toBe(true)
    await sleep(300)
    typing = false
    await watcher
    expect([...dropped]).toEqual([])
    for (const w of writers) expect(missingIn(w.doc)).toEqual([])

    // Both nodes compacted, and the store holds every edit.
    const state = await store.loadState(doc.id)
    expect(state.lastSeq).toBeGreaterThan(40)
    expect(state.updates.length).toBeLessThan(state.lastSeq / 2)
    const stored = await storedText(store, doc.id)
    expect(all.filter((m) => !stored.includes(m))).toEqual([])

    // And after both nodes unloaded the room, a new client loads everything from the store.
    for (const w of writers) w.destroy()
    await sleep(500)
    const reader = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(reader)).toBe(true)
    expect(missingIn(reader.doc)).toEqual([])
  }, 90_000)

  it('a node cut off from Redis is not ready, and when Redis is back its clients get what they missed', async () => {
    const redisPort = Number(new URL(REDIS_URL).port || 6379)
    const link = await startProxy(() => redisPort)
    cleanup.add(() => link.close())
    // Node B reaches Redis through a link the test can cut.
    const { host } = new URL(REDIS_URL)
    const viaLink = REDIS_URL.replace(host, `127.0.0.1:${link.port}`)
    const { nodes } = await startCluster(
      cleanup,
      {},
      2,
      (i): Record<string, string> => (i === 1 ? { REDIS_URL: viaLink } : {}),
    )
    const [a, b] = nodes as [SpawnedServer, SpawnedServer]
    const { doc, tokens } = await documentWithSessions(a.url, ADMIN_TOKEN)
    const onA = connectClient(a.wsUrl, doc.id, tokens.editor, cleanup)
    const onB = connectClient(b.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(onA)).toBe(true)
    expect(await waitSynced(onB)).toBe(true)
    typeText(onA.doc, ' voor-de-storing')
    expect(await until(() => fragmentText(onB.doc).includes('voor-de-storing'))).toBe(true)

    link.cut()
    expect(await until(async () => (await api(b.url, 'GET', '/readyz')).status === 503)).toBe(true)
    // Published while B hears nothing; nothing is typed after it, so no later number reveals the hole.
    typeText(onA.doc, ' tijdens-de-storing')
    await sleep(800)
    expect(fragmentText(onB.doc)).not.toContain('tijdens-de-storing')
    link.restore()
    expect(await until(() => fragmentText(onB.doc).includes('tijdens-de-storing'), 10_000)).toBe(true)
    expect(await until(async () => (await api(b.url, 'GET', '/readyz')).status === 200)).toBe(true)
  })

  it('/readyz answers 503 with the usual error shape when Redis is unreachable', async () => {
    const { databaseUrl } = await freshDatabase(cleanup)
    const dataDir = mkdtempSync(join(tmpdir(), 'rv-node-'))
    cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
    const closedPort = await freePort()
    const node = await spawnServer({
      dataDir,
      port: await freePort(),
      adminToken: ADMIN_TOKEN,
      env: { DATABASE_URL: databaseUrl, REDIS_URL: `redis://127.0.0.1:${closedPort}`, SECRET_KEY },
    })
    cleanup.add(() => node.kill())
    expect((await api(node.url, 'GET', '/healthz')).status).toBe(200)
    const started = Date.now()
    const r = await api<{ error: { code: string; message: string } }>(node.url, 'GET', '/readyz')
    expect(r.status).toBe(503)
    expect(r.json.error.code).toBe('not_ready')
    expect(r.json.error.message).toContain('redis')
    expect(Date.now() - started).toBeLessThan(1500)
    // It serves no document it could not share: the socket is closed and the client tries elsewhere.
    const { doc, tokens } = await documentWithSessions(node.url, ADMIN_TOKEN)
    const client = connectClient(node.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await until(() => client.closes.includes(CloseCode.storageFailure), 10_000)).toBe(true)
    expect(client.provider.synced).toBe(false)
  })
})
