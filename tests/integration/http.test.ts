import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, createDocument, createSession, documentWithSessions } from '../helpers/api.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.close())

const isError = (j: unknown) => {
  const e = (j as { error?: { code?: unknown; message?: unknown } })?.error
  return typeof e?.code === 'string' && typeof e?.message === 'string'
}

describe('HTTP API contract', () => {
  it('reports health once the store is open', async () => {
    const r = await api(server.url, 'GET', '/healthz')
    expect(r).toEqual({ status: 200, json: { ok: true } })
  })

  it('creates a document from the template with four invites', async () => {
    const r = await api<Record<string, unknown>>(server.url, 'POST', '/api/documents', {
      token: server.adminToken,
      body: {
        title: 'Regiovisie Twente',
        template: 'nvo-jeugd',
        region: 'Twente',
        municipalities: ['Almelo', 'Borne'],
      },
    })
    expect(r.status).toBe(201)
    expect(r.json).toMatchObject({ title: 'Regiovisie Twente', template: 'nvo-jeugd' })
    const invites = r.json.invites as Record<string, string>
    expect(Object.keys(invites).sort()).toEqual(['commenter', 'editor', 'owner', 'viewer'])
    expect(new Set(Object.values(invites)).size).toBe(4)
  })

  it('rejects document creation without the admin token, with bad JSON, missing fields or an unknown template', async () => {
    const cases = [
      [await api(server.url, 'POST', '/api/documents', { body: { title: 'x', template: 'nvo-jeugd' } }), 401],
      [
        await api(server.url, 'POST', '/api/documents', {
          token: 'wrong-token',
          body: { title: 'x', template: 'nvo-jeugd' },
        }),
        401,
      ],
      [await api(server.url, 'POST', '/api/documents', { token: server.adminToken, raw: '{"title": ' }), 400],
      [
        await api(server.url, 'POST', '/api/documents', { token: server.adminToken, body: { template: 'nvo-jeugd' } }),
        400,
      ],
      [
        await api(server.url, 'POST', '/api/documents', {
          token: server.adminToken,
          body: { title: 'x', template: 'bestaat-niet' },
        }),
        400,
      ],
      [
        await api(server.url, 'POST', '/api/documents', {
          token: server.adminToken,
          body: { title: 'x', template: 'nvo-jeugd', municipalities: 'Almelo' },
        }),
        400,
      ],
    ] as const
    for (const [r, status] of cases) {
      expect(r.status).toBe(status)
      expect(isError(r.json)).toBe(true)
    }
  })

  it('exchanges an invite for a session with the invite role', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    for (const role of ['owner', 'editor', 'commenter', 'viewer'] as const) {
      const s = await createSession(server.url, doc.invites[role], `Persoon ${role}`)
      expect(s).toMatchObject({ documentId: doc.id, role })
      expect(typeof s.token).toBe('string')
    }
    const bad = await api(server.url, 'POST', '/api/sessions', {
      body: { invite: 'nope', name: 'x', organisation: 'y' },
    })
    expect(bad.status).toBe(401)
    expect(isError(bad.json)).toBe(true)
    const noName = await api(server.url, 'POST', '/api/sessions', {
      body: { invite: doc.invites.editor, organisation: 'y' },
    })
    expect(noName.status).toBe(400)
    const badGroup = await api(server.url, 'POST', '/api/sessions', {
      body: { invite: doc.invites.editor, name: 'x', organisation: 'y', group: 'marsmannetjes' },
    })
    expect(badGroup.status).toBe(400)
  })

  it('shows what an invite leads to', async () => {
    const doc = await createDocument(server.url, server.adminToken, { title: 'Uitnodiging' })
    const r = await api(server.url, 'GET', `/api/invites/${doc.invites.commenter}`)
    expect(r.json).toMatchObject({ documentId: doc.id, title: 'Uitnodiging', role: 'commenter' })
    expect((await api(server.url, 'GET', '/api/invites/onzin')).status).toBe(401)
  })

  it('serves a document to its participants only, and invites only to the owner', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const owner = await api<Record<string, unknown>>(server.url, 'GET', `/api/documents/${doc.id}`, {
      token: tokens.owner,
    })
    expect(owner.status).toBe(200)
    expect(owner.json).toMatchObject({
      id: doc.id,
      role: 'owner',
      ruleset: 'nvo-2020',
      municipalities: ['Aadorp', 'Beekveld'],
    })
    expect(owner.json.invites).toEqual(doc.invites)
    const viewer = await api<Record<string, unknown>>(server.url, 'GET', `/api/documents/${doc.id}`, {
      token: tokens.viewer,
    })
    expect(viewer.status).toBe(200)
    expect(viewer.json.invites).toBeUndefined()
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}`)).status).toBe(401)
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}`, { token: 'nope' })).status).toBe(401)
    expect((await api(server.url, 'GET', '/api/documents/bestaat-niet', { token: tokens.viewer })).status).toBe(404)
  })

  it('checks a document: a fresh template is not complete and lists opgaven 1–8', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const r = await api<{
      ruleset: string
      complete: boolean
      opgaven: Array<{ opgave: number; status: string; findings: unknown[] }>
    }>(server.url, 'GET', `/api/documents/${doc.id}/check`, { token: tokens.viewer })
    expect(r.status).toBe(200)
    expect(r.json.ruleset).toBe('nvo-2020')
    expect(r.json.complete).toBe(false)
    expect(r.json.opgaven.map((o) => o.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    for (const o of r.json.opgaven) {
      expect(o.status).toBe('missing')
      expect(o.findings.length).toBeGreaterThan(0)
    }
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}/check`)).status).toBe(401)
  })

  it('lists documents for the administrator only', async () => {
    await createDocument(server.url, server.adminToken, { title: 'In de lijst' })
    const r = await api<{ documents: Array<{ title: string }> }>(server.url, 'GET', '/api/documents', {
      token: server.adminToken,
    })
    expect(r.json.documents.map((d) => d.title)).toContain('In de lijst')
    expect((await api(server.url, 'GET', '/api/documents')).status).toBe(401)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const r = await api(server.url, 'GET', '/api/bestaat-niet')
    expect(r.status).toBe(404)
    expect(isError(r.json)).toBe(true)
  })
})
