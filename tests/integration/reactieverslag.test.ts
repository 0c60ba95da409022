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

describe('private persons (jongeren, ouders) appear as their group outside the writing team', () => {
  it('a lezer gets JSON without the name; the writing team and the person see it; a named person is named', async () => {
    const { server, doc, tokens, call } = await setup()
    const join = (name: string, organisation: string, group: string, role: Role, extra = {}) =>
      createSession(server.url, doc.invites[role], name, { organisation, group, ...extra })
    const sanne = await join('Sanne Verborgen', 'Ouderpanel Zuid', 'ouders', 'commenter')
    const jamal = await join('Jamal Genoemd', 'Jongerenraad', 'jongeren', 'commenter', { showName: true })
    const other = await join('Petra Aanbieder', 'Zorg BV', 'aanbieder', 'commenter')

    const t1 = await call('POST', '/threads', sanne.token, { anchor: { opgave: 10 }, body: 'Wij wachten te lang.' })
    expect(t1.status).toBe(201)
    // The person herself sees her own name in the answer.
    expect(t1.json.comments[0]?.author.name).toBe('Sanne Verborgen')
    await call('POST', `/threads/${t1.json.id}/comments`, jamal.token, { body: 'Herkenbaar.' })
    await call('POST', `/threads/${t1.json.id}/comments`, tokens.editor, { body: 'Dank, we nemen het mee.' })

    const raw = async (token: string) => {
      const r = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
        headers: { authorization: `Bearer ${token}` },
      })
      return r.text()
    }
    for (const [who, token] of [
      ['lezer', tokens.viewer],
      ['another reageerder', other.token],
    ] as const) {
      const text = await raw(token)
      expect(text, who).not.toContain('Sanne')
      expect(text, who).not.toContain('Verborgen')
      expect(text, who).not.toContain('Ouderpanel')
      expect(text, who).toContain('Een ouder')
      // Jamal chose to be named.
      expect(text, who).toContain('Jamal Genoemd')
      const page = JSON.parse(text) as ThreadPage
      const author = page.threads[0]?.comments[0]?.author
      expect(author).toMatchObject({ name: 'Een ouder', organisation: '', group: 'ouders', private: true })
    }
    for (const [who, token] of [
      ['owner', tokens.owner],
      ['editor', tokens.editor],
      ['Sanne', sanne.token],
    ] as const) {
      const text = await raw(token)
      expect(text, who).toContain('Sanne Verborgen')
      expect(text, who).toContain('Ouderpanel Zuid')
    }

    // She changes her mind: from now on lezers see her name.
    const bad = await call<ErrorBody>('PUT', '/me/show-name', sanne.token, { showName: 'ja' })
    expect(bad.status).toBe(400)
    const named = await call<{ showName: boolean }>('PUT', '/me/show-name', sanne.token, { showName: true })
    expect(named.json).toEqual({ showName: true })
    expect((await call<{ me: { showName: boolean } }>('GET', '', sanne.token)).json.me.showName).toBe(true)
    expect(await raw(tokens.viewer)).toContain('Sanne Verborgen')
    await call('PUT', '/me/show-name', sanne.token, { showName: false })
    expect(await raw(tokens.viewer)).not.toContain('Sanne')
  })
})
