import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { afterEach, expect, it } from 'vitest'
import { documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, storedText, typeText, until, waitSynced } from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/** A real SQLite store whose appends take `delay.ms` and are counted. */
function slowStore() {
  const dir = mkdtempSync(join(tmpdir(), 'rv-group-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  const real = createSqliteStore(join(dir, 'db.sqlite'))
  const stats = { appends: 0, delayMs: 0 }
  const store: Store = {
    ...real,
    async appendUpdate(id, update) {
      stats.appends++
      await new Promise((r) => setTimeout(r, stats.delayMs))
      return real.appendUpdate(id, update)
    },
  }
  return { store, stats }
}

it('updates that arrive while a write is in flight go into the next single write, and none is served before it is stored', async () => {
  const { store, stats } = slowStore()
  const server = await startServer({ store })
  cleanup.add(() => server.close())
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const writer = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  expect(await waitSynced(writer)).toBe(true)

  stats.delayMs = 300
  stats.appends = 0
  const marks = Array.from({ length: 40 }, (_, i) => ` groep-${i}`)
  for (const m of marks) typeText(writer.doc, m) // 40 messages, sent at once

  // A reader that joins while writes are in flight gets only what is already stored.
  await new Promise((r) => setTimeout(r, 100))
  const reader = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
  expect(await waitSynced(reader, 10_000)).toBe(true)
  const seenAtJoin = fragmentText(reader.doc)
  const storedAtJoin = await storedText(server.store, doc.id)
  expect(marks.filter((m) => seenAtJoin.includes(m) && !storedAtJoin.includes(m))).toEqual([])

  expect(await until(() => marks.every((m) => fragmentText(reader.doc).includes(m)), 15_000)).toBe(true)
  const stored = await storedText(server.store, doc.id)
  for (const m of marks) expect(stored).toContain(m)
  // 40 updates in a handful of writes, not 40 (the first goes alone, the rest wait for it together).
  expect(stats.appends).toBeLessThanOrEqual(5)
})
