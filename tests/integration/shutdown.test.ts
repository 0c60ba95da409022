import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, typeText, until, waitSynced } from '../helpers/clients.ts'
import { freePort, spawnServer } from '../helpers/spawnServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

it('SIGTERM stores what was sent, closes sockets with 1012, and clients carry on with the next server', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rv-term-'))
  cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const adminToken = 'shutdown-admin-token-0123456789'
  const first = await spawnServer({ dataDir, port, adminToken })
  cleanup.add(() => first.kill())
  const { doc, tokens } = await documentWithSessions(first.url, adminToken)
  const writer = connectClient(first.wsUrl, doc.id, tokens.editor, cleanup)
  expect(await waitSynced(writer)).toBe(true)

  const marks = Array.from({ length: 30 }, (_, i) => ` voor-herstart-${i}`)
  for (const m of marks) typeText(writer.doc, m)
  await first.kill('SIGTERM')
  expect(writer.closes).toContain(1012)

  // The same client reconnects by itself to the next server on the same address.
  const second = await spawnServer({ dataDir, port, adminToken })
  cleanup.add(() => second.kill())
  typeText(writer.doc, ' na-herstart')
  const reader = connectClient(second.wsUrl, doc.id, tokens.viewer, cleanup)
  expect(await waitSynced(reader, 10_000)).toBe(true)
  const all = [...marks, ' na-herstart']
  expect(await until(() => all.every((m) => fragmentText(reader.doc).includes(m)), 15_000)).toBe(true)
})
