import type { CreateSessionResponse, DocumentResponse, DocumentSummary } from '@regiovisie/shared/api'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { api, createDocument, createSession } from '../helpers/api.ts'
import { Cleanup, connectClient, typeText, until, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeAll(async () => {
  server = await startServer()
})
afterEach(() => cleanup.run())
afterAll(() => server.close())

const me = async (documentId: string, token: string) =>
  api<DocumentResponse>(server.url, 'GET', `/api/documents/${documentId}`, { token })

const personal = (link: string) =>
  api<CreateSessionResponse>(server.url, 'POST', '/api/sessions/personal', { body: { link } })

describe('one person, several devices: the personal link', () => {
  it('signs the same participant in with a new session, not a new participant', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const first = await createSession(server.url, doc.invites.owner, 'Marieke de Vries')
    expect(first.personalLink).toEqual(expect.any(String))

    const second = await personal(first.personalLink)
    expect(second.status).toBe(201)
    expect(second.json).toMatchObject({ documentId: doc.id, role: 'owner', personalLink: first.personalLink })
    expect(second.json.token).not.toBe(first.token)

    const a = await me(doc.id, first.token)
    const b = await me(doc.id, second.json.token)
    expect(b.status).toBe(200)
    expect(b.json.me.id).toBe(a.json.me.id)
    const people = await api<{ participants: unknown[] }>(server.url, 'GET', `/api/documents/${doc.id}/participants`, {
      token: second.json.token,
    })
    expect(people.json.participants).toHaveLength(1)

    // The second device's session opens the live document too.
    const client = connectClient(server.wsUrl, doc.id, second.json.token, cleanup)
    expect(await waitSynced(client)).toBe(true)
  })

  it('stops working for a revoked participant, with every session of that participant', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await createSession(server.url, doc.invites.owner, 'Eigenaar')
    const editor = await createSession(server.url, doc.invites.editor, 'Redacteur')
    const laptop = (await personal(editor.personalLink)).json
    const editorId = (await me(doc.id, editor.token)).json.me.id
    const revoked = await api(server.url, 'DELETE', `/api/documents/${doc.id}/participants/${editorId}`, {
      token: owner.token,
    })
    expect(revoked.status).toBeLessThan(300)
    expect((await personal(editor.personalLink)).status).toBe(401)
    expect((await me(doc.id, laptop.token)).status).toBe(401)
    expect((await me(doc.id, editor.token)).status).toBe(401)
  })

  it('can be renewed by its holder: the old link stops working', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const s = await createSession(server.url, doc.invites.commenter, 'Ouder')
    const renewed = await api<{ personalLink: string }>(server.url, 'POST', `/api/documents/${doc.id}/personal-link`, {
      token: s.token,
    })
    expect(renewed.status).toBe(201)
    expect(renewed.json.personalLink).not.toBe(s.personalLink)
    expect((await personal(s.personalLink)).status).toBe(401)
    expect((await personal(renewed.json.personalLink)).status).toBe(201)
    expect((await api(server.url, 'POST', `/api/documents/${doc.id}/personal-link`)).status).toBe(401)
  })

  it('refuses unknown and malformed links', async () => {
    const unknown = await personal('no-such-link')
    expect(unknown.status).toBe(401)
    expect(unknown.json).toMatchObject({ error: { code: 'invalid_personal_link' } })
    expect((await api(server.url, 'POST', '/api/sessions/personal', { body: {} })).status).toBe(400)
  })
})

describe('joining: the stakeholder group has no default', () => {
  it('is required for every role that may react, and optional for a lezer', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    for (const role of ['owner', 'editor', 'commenter'] as const) {
      const r = await api(server.url, 'POST', '/api/sessions', {
        body: { invite: doc.invites[role], name: 'Zonder groep', organisation: 'Gemeente Aadorp' },
      })
      expect(r.status, role).toBe(400)
      expect(r.json).toMatchObject({ error: { code: 'group_required' } })
    }
    const viewer = await api(server.url, 'POST', '/api/sessions', {
      body: { invite: doc.invites.viewer, name: 'Raadslid', organisation: 'Gemeenteraad Aadorp' },
    })
    expect(viewer.status).toBe(201)
    const withGroup = await createSession(server.url, doc.invites.commenter, 'Met groep', { group: 'ouders' })
    expect(withGroup.role).toBe('commenter')
  })
})

describe('documents by id without a session', () => {
  it('tells an unknown id (404) from a document not joined (401)', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    expect((await api(server.url, 'GET', '/api/documents/does-not-exist')).status).toBe(404)
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}`)).status).toBe(401)
    // A session for another document still gets the same 404 as an unknown id.
    const other = await createDocument(server.url, server.adminToken)
    const s = await createSession(server.url, other.invites.viewer, 'Lezer')
    expect((await me(doc.id, s.token)).status).toBe(404)
  })
})

describe('the administrator’s list of documents', () => {
  it('shows title, region, created and last edited, and leads back to the invite links', async () => {
    const doc = await createDocument(server.url, server.adminToken, { title: 'Regiovisie Lijst' })
    const listed = async () =>
      (
        await api<{ documents: DocumentSummary[] }>(server.url, 'GET', '/api/documents', { token: server.adminToken })
      ).json.documents.find((d) => d.id === doc.id)
    expect(await listed()).toMatchObject({ title: 'Regiovisie Lijst', region: 'Testregio', editedAt: null })

    const editor = await createSession(server.url, doc.invites.editor, 'Schrijver')
    const client = connectClient(server.wsUrl, doc.id, editor.token, cleanup)
    expect(await waitSynced(client)).toBe(true)
    typeText(client.doc, ' bewerkt')
    expect(await until(async () => (await listed())?.editedAt != null)).toBe(true)
    const edited = await listed()
    expect(Date.parse(edited?.editedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(edited?.createdAt ?? ''))

    const links = await api<{ invites: Record<string, string> }>(
      server.url,
      'GET',
      `/api/documents/${doc.id}/invites`,
      {
        token: server.adminToken,
      },
    )
    expect(links.json.invites).toEqual(doc.invites)
  })
})
