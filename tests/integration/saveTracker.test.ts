import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import { afterEach, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { SaveTracker } from '../../client/src/collab/SaveTracker.ts'
import { documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, storedText, until, waitSynced } from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/** A real SQLite store whose appends take `delay.ms` (a slow disk). */
function slowStore(): { store: Store; delay: { ms: number } } {
  const dir = mkdtempSync(join(tmpdir(), 'rv-slow-store-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  const real = createSqliteStore(join(dir, 'db.sqlite'))
  const delay = { ms: 0 }
  const store: Store = {
    ...real,
    async appendUpdate(id, update) {
      await new Promise((r) => setTimeout(r, delay.ms))
      return real.appendUpdate(id, update)
    },
  }
  return { store, delay }
}

it('a deletion shows "saving" until the server has stored it', async () => {
  const { store, delay } = slowStore()
  const server = await startServer({ store })
  cleanup.add(() => server.close())
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const client = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup, { ack: '1' })
  // y-websocket logs unknown message types; the tracker registers the handler for ours.
  const tracker = new SaveTracker(client.doc, client.provider)
  cleanup.add(() => tracker.destroy())
  expect(await waitSynced(client)).toBe(true)
  expect(await until(() => tracker.getState() === 'saved')).toBe(true)

  delay.ms = 600
  const heading = client.doc.getXmlFragment(FRAGMENT_NAME).get(0) as Y.XmlElement
  const text = heading.get(0) as Y.XmlText
  const before = text.toString()
  text.delete(0, 11) // "Regiovisie " — a deletion only: the state vector does not move
  expect(tracker.getState()).toBe('saving')
  expect(await until(() => tracker.getState() === 'saved', 5000)).toBe(true)
  expect(await storedText(server.store, doc.id)).not.toContain(before)
})
