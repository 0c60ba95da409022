import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { CloseCode } from '@regiovisie/shared/protocol'
import { afterEach, expect, it } from 'vitest'
import { documentWithSessions } from '../helpers/api.ts'
import {
  appendParagraph,
  Cleanup,
  connectClient,
  fragmentText,
  storedText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/** A real SQLite store whose appends fail while `failing` is set (a full disk, a lost database). */
function flakyStore(): { store: Store; failing: { count: number } } {
  const dir = mkdtempSync(join(tmpdir(), 'rv-flaky-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  const real = createSqliteStore(join(dir, 'db.sqlite'))
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
  return { store, failing }
}

it('a write that fails briefly is retried and the edit still arrives and is stored', async () => {
  const { store, failing } = flakyStore()
  const server = await startServer({ store })
  cleanup.add(() => server.close())
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  const b = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  await Promise.all([waitSynced(a), waitSynced(b)])
  failing.count = 1 // fewer failures than retries
  appendParagraph(a.doc, 'na een hapering opgeslagen')
  expect(await until(() => fragmentText(b.doc).includes('na een hapering opgeslagen'))).toBe(true)
  expect(await storedText(store, doc.id)).toContain('na een hapering opgeslagen')
})

it('when storing keeps failing, nobody receives the unsaved edit, clients are told, and the edit is stored after recovery', async () => {
  const { store, failing } = flakyStore()
  const server = await startServer({ store })
  cleanup.add(() => server.close())
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  const b = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
  await Promise.all([waitSynced(a), waitSynced(b)])
  failing.count = 3 // more failures than the retries allow (test server: 2 retries)
  appendParagraph(a.doc, 'bewaard in de browser tot de opslag terug is')
  expect(await until(() => a.closes.includes(CloseCode.storageFailure))).toBe(true)
  // The edit was not durable, so it was not broadcast.
  expect(fragmentText(b.doc)).not.toContain('bewaard in de browser')
  // The provider reconnects by itself, resends what the server lacks, and now it is stored.
  expect(await until(() => fragmentText(b.doc).includes('bewaard in de browser tot de opslag terug is'), 10_000)).toBe(
    true,
  )
  expect(await storedText(store, doc.id)).toContain('bewaard in de browser tot de opslag terug is')
})
