import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MessageType, parseVersionRestored, type VersionRestoredNotice } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { api, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, until, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeEach(async () => {
  server = await startServer({ dataDir: mkdtempSync(join(tmpdir(), 'rv-restored-')) })
  cleanup.add(() => server.close())
})
afterEach(() => cleanup.run())

it('a restore tells every ack=1 client who restored which version; a stock client gets no unknown message', async () => {
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const path = (rest: string) => `/api/documents/${doc.id}${rest}`

  const ours = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
  const notices: VersionRestoredNotice[] = []
  // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
  ;(ours.provider as any).messageHandlers[MessageType.versionRestored] = (_e: unknown, d: decoding.Decoder) => {
    const notice = parseVersionRestored(decoding.readVarString(d))
    if (notice) notices.push(notice)
  }
  // A stock client: any message type it has no handler for would be logged and dropped.
  const stock = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
  const unknown: number[] = []
  const handlers = (stock.provider as unknown as { messageHandlers: unknown[] }).messageHandlers
  for (const type of [4, 5, 6, 7]) handlers[type] = () => unknown.push(type)
  expect(await waitSynced(ours)).toBe(true)
  expect(await waitSynced(stock)).toBe(true)

  const version = await api<{ id: string }>(server.url, 'POST', path('/versions'), {
    token: tokens.owner,
    body: { name: 'Eerste opzet' },
  })
  expect(version.status).toBe(201)
  const restored = await api(server.url, 'POST', path(`/versions/${version.json.id}/restore`), {
    token: tokens.owner,
  })
  expect(restored.status).toBe(200)

  expect(await until(() => notices.length === 1)).toBe(true)
  expect(notices[0]).toMatchObject({
    by: { name: 'Test owner', organisation: 'Gemeente Aadorp' },
    version: 'Eerste opzet',
  })
  expect(Number.isNaN(Date.parse(notices[0]?.at ?? ''))).toBe(false)
  await new Promise((r) => setTimeout(r, 200))
  expect(unknown).toEqual([])
})

it('parseVersionRestored refuses what is not a notice', () => {
  expect(parseVersionRestored('not json')).toBeNull()
  expect(parseVersionRestored('{"version":"x","at":"y"}')).toBeNull()
  expect(parseVersionRestored('{"by":{"id":"a","name":"b","organisation":1},"version":"x","at":"y"}')).toBeNull()
})
