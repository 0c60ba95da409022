import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { documentWithSessions } from '../helpers/api.ts'
import {
  Cleanup,
  connectClient,
  fragmentText,
  opgaveHeadings,
  typeText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { freePort, spawnServer } from '../helpers/spawnServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

it('every edit that reached another client survives kill -9 of the server', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rv-crash-'))
  cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const adminToken = 'crash-admin-token'
  const first = await spawnServer({ dataDir, port, adminToken })
  cleanup.add(() => first.kill())
  const { doc, tokens } = await documentWithSessions(first.url, adminToken)
  const a = connectClient(first.wsUrl, doc.id, tokens.editor, cleanup)
  const b = connectClient(first.wsUrl, doc.id, tokens.owner, cleanup)
  expect(await waitSynced(a)).toBe(true)
  expect(await waitSynced(b)).toBe(true)

  const marks = Array.from({ length: 50 }, (_, i) => ` woord-${i}`)
  for (const m of marks) {
    typeText(a.doc, m)
    await new Promise((r) => setTimeout(r, 5))
  }
  expect(await until(() => marks.every((m) => fragmentText(b.doc).includes(m)), 10_000)).toBe(true)

  await first.kill('SIGKILL')
  a.destroy()
  b.destroy()

  const second = await spawnServer({ dataDir, port, adminToken })
  cleanup.add(() => second.kill())
  const c = connectClient(second.wsUrl, doc.id, tokens.viewer, cleanup)
  expect(await waitSynced(c, 10_000)).toBe(true)
  const text = fragmentText(c.doc)
  expect(marks.filter((m) => !text.includes(m))).toEqual([])
  expect(opgaveHeadings(c.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
})
