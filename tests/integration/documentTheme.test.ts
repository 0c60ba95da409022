import type { DocumentResponse } from '@regiovisie/shared/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, documentWithSessions } from '../helpers/api.ts'
import { Cleanup } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

/* The document's theme: neutral for a new document, picked by the owner only, seen by everyone. */

let server: TestServer
let setup: Awaited<ReturnType<typeof documentWithSessions>>
const cleanup = new Cleanup()

const setTheme = (token: string, theme: unknown) =>
  api<DocumentResponse>(server.url, 'PATCH', `/api/documents/${setup.doc.id}`, { token, body: { theme } })
const read = (token: string) => api<DocumentResponse>(server.url, 'GET', `/api/documents/${setup.doc.id}`, { token })

beforeAll(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
  setup = await documentWithSessions(server.url, server.adminToken)
})
afterAll(() => cleanup.run())

describe('the theme of a document', () => {
  it('is neutral for a new document', async () => {
    expect((await read(setup.tokens.viewer)).json.theme).toBe('neutral')
  })

  it('can be changed by the owner only, to a theme we know', async () => {
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect((await setTheme(setup.tokens[role], 'utrecht')).status, role).toBe(403)
    }
    expect((await setTheme(setup.tokens.owner, 'amsterdam')).status).toBe(400)
    expect((await read(setup.tokens.owner)).json.theme).toBe('neutral')
  })

  it('reaches every participant once the owner picked it, and leaves the other settings alone', async () => {
    const picked = await setTheme(setup.tokens.owner, 'utrecht')
    expect(picked.status).toBe(200)
    expect(picked.json.theme).toBe('utrecht')
    expect(picked.json.downloadAllowed).toBe(false)
    expect(picked.json.ruleset).toBe('nvo-2020')
    expect((await read(setup.tokens.commenter)).json.theme).toBe('utrecht')
    expect((await setTheme(setup.tokens.owner, 'neutral')).json.theme).toBe('neutral')
  })
})
