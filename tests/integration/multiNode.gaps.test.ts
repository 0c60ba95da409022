import { type RunningServer, startServer } from '@regiovisie/server'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import type { Fanout, FanoutMessage } from '../../server/src/sync/Fanout.ts'
import { documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, typeText, until, waitSynced } from '../helpers/clients.ts'
import { assertPostgresReachable, freshPostgresStore, skipPostgres } from '../helpers/postgres.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/**
 * Two nodes in this process on one PostgreSQL store, joined by an in-memory bus that loses the
 * messages `lose` picks: what Redis pub/sub may do on a bad day, on purpose and exactly once.
 */
function memoryBus(lose: (m: FanoutMessage) => boolean) {
  const nodes: Array<{ id: string; deliver: Map<string, Set<(m: FanoutMessage) => void>> }> = []
  return (id: string): Fanout => {
    const node = { id, deliver: new Map<string, Set<(m: FanoutMessage) => void>>() }
    nodes.push(node)
    return {
      nodeId: id,
      async subscribe(documentId, deliver) {
        const set = node.deliver.get(documentId) ?? new Set()
        node.deliver.set(documentId, set)
        set.add(deliver)
        return () => set.delete(deliver)
      },
      publish(documentId, message) {
        if (lose(message)) return
        for (const other of nodes) {
          if (other === node) continue
          for (const deliver of other.deliver.get(documentId) ?? []) setImmediate(() => deliver(message))
        }
      },
      publishControl() {},
      onControl() {},
      onResume() {},
      async ping() {},
      async close() {},
    }
  }
}

async function twoNodes(lose: (m: FanoutMessage) => boolean): Promise<[RunningServer, RunningServer]> {
  await assertPostgresReachable()
  const pg = await freshPostgresStore()
  cleanup.add(pg.drop)
  const bus = memoryBus(lose)
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })
  const start = async (id: string, store = pg.store) => {
    const server = await startServer(
      { store, log, adminToken: 'gaps-admin-token-0123456789', fanout: bus(id), sync: { unloadDelayMs: 0 } },
      { port: 0, host: '127.0.0.1' },
    )
    cleanup.add(() => server.close())
    return server
  }
  return [await start('a'), await start('b', await pg.reopen())]
}

const wsUrl = (s: RunningServer) => `${s.url.replace(/^http/, 'ws')}/collab`

describe.skipIf(skipPostgres)('several nodes: lost fan-out messages', () => {
  it('a node that hears update n + 1 without n loads n from the store, and its clients get both', async () => {
    let dropped = 0
    // The first update published is lost on the way.
    const [a, b] = await twoNodes((m) => m.kind === 'update' && dropped++ === 0)
    const { doc, tokens } = await documentWithSessions(a.url, 'gaps-admin-token-0123456789')
    const writer = connectClient(wsUrl(a), doc.id, tokens.editor, cleanup)
    const reader = connectClient(wsUrl(b), doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(await waitSynced(reader)).toBe(true)

    typeText(writer.doc, ' verloren-bericht')
    await new Promise((r) => setTimeout(r, 400))
    expect(dropped).toBe(1)
    expect(fragmentText(reader.doc)).not.toContain('verloren-bericht')
    typeText(writer.doc, ' volgend-bericht')
    expect(await until(() => fragmentText(reader.doc).includes('volgend-bericht'))).toBe(true)
    expect(await until(() => fragmentText(reader.doc).includes('verloren-bericht'), 3000)).toBe(true)
  })

  it('an update whose message was lost and that nothing followed reaches a node’s clients when another client joins there', async () => {
    const [a, b] = await twoNodes((m) => m.kind === 'update')
    const { doc, tokens } = await documentWithSessions(a.url, 'gaps-admin-token-0123456789')
    const writer = connectClient(wsUrl(a), doc.id, tokens.editor, cleanup)
    const early = connectClient(wsUrl(b), doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(await waitSynced(early)).toBe(true)
    typeText(writer.doc, ' nooit-gepubliceerd')
    await new Promise((r) => setTimeout(r, 400))
    // Node B never heard of it and nothing came after it; a client joining B is caught up from the store.
    const late = connectClient(wsUrl(b), doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(late)).toBe(true)
    expect(await until(() => fragmentText(late.doc).includes('nooit-gepubliceerd'))).toBe(true)
    // …and so are the clients that were there (they get what the catch-up added).
    expect(await until(() => fragmentText(early.doc).includes('nooit-gepubliceerd'))).toBe(true)
  })
})
