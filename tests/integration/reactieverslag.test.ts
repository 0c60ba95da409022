import type { Thread, ThreadPage } from '@regiovisie/shared/comments'
import { MessageType } from '@regiovisie/shared/protocol'
import type { Role } from '@regiovisie/shared/roles'
import { afterEach, describe, expect, it } from 'vitest'
import { api, createDocument, createSession } from '../helpers/api.ts'
import { Cleanup, connectClient, until, waitSynced } from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

type ErrorBody = { error: { code: string; message: string } }

async function setup() {
  const server = await startServer()
  cleanup.add(() => server.close())
  // Under wet-2026 the document has opgaven 1–12: the reactieverslag covers 9–12 too.
  const doc = await createDocument(server.url, server.adminToken, { ruleset: 'wet-2026' })
  const tokens = {} as Record<Role, string>
  for (const role of ['owner', 'editor', 'commenter', 'viewer'] as const)
    tokens[role] = (await createSession(server.url, doc.invites[role], `Test ${role}`)).token
  const call = <T = Thread>(method: string, rest: string, token: string, body?: unknown) =>
    api<T>(server.url, method, `/api/documents/${doc.id}${rest}`, { token, body })
  return { server, doc, tokens, call }
}

describe('a thread is public in the reactieverslag only when the owner marks it', () => {
  it('starts private; only the owner marks it public, the mark is stored and announced', async () => {
    const { server, doc, tokens, call } = await setup()
    const created = await call('POST', '/threads', tokens.commenter, { anchor: { opgave: 9 }, body: 'Meer inspraak.' })
    expect(created.status).toBe(201)
    expect(created.json.public).toBe(false)
    const id = created.json.id

    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const r = await call<ErrorBody>('PUT', `/threads/${id}/public`, tokens[role], { public: true })
      expect(r.status, role).toBe(403)
      expect(r.json.error.code).toBe('forbidden')
    }
    const bad = await call<ErrorBody>('PUT', `/threads/${id}/public`, tokens.owner, { public: 'ja' })
    expect(bad.status).toBe(400)
    expect(typeof bad.json.error.message).toBe('string')
    const missing = await call<ErrorBody>('PUT', '/threads/no-such-thread/public', tokens.owner, { public: true })
    expect(missing.status).toBe(404)

    const viewer = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup, { ack: '1' })
    expect(await waitSynced(viewer)).toBe(true)
    let changes = 0
    // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
    ;(viewer.provider as any).messageHandlers[MessageType.threadsChanged] = () => {
      changes++
    }
    const marked = await call('PUT', `/threads/${id}/public`, tokens.owner, { public: true })
    expect(marked.status).toBe(200)
    expect(marked.json.public).toBe(true)
    expect(await until(() => changes > 0)).toBe(true)

    const listed = await call<ThreadPage>('GET', '/threads', tokens.viewer)
    expect(listed.json.threads.find((t) => t.id === id)?.public).toBe(true)
    const back = await call('PUT', `/threads/${id}/public`, tokens.owner, { public: false })
    expect(back.json.public).toBe(false)
    const again = await call<ThreadPage>('GET', '/threads', tokens.owner)
    expect(again.json.threads.find((t) => t.id === id)?.public).toBe(false)
  })
})
