import type { AdoptionReport, MunicipalityAdoption } from '@regiovisie/shared/adoption'
import type { JSONContent } from '@regiovisie/shared/schema'
import type { Version, VersionDiff } from '@regiovisie/shared/versions'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { api, documentWithSessions } from '../helpers/api.ts'
import {
  appendParagraph,
  Cleanup,
  connectClient,
  fragmentText,
  opgaveHeadings,
  storedText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeEach(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
})
afterEach(() => cleanup.run())

const path = (id: string, rest = '') => `/api/documents/${id}${rest}`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Removes the heading of opgave `n` and everything up to the next heading, as an editor would. */
function deleteSection(doc: Y.Doc, n: number): void {
  const f = doc.getXmlFragment('default')
  const children = f.toArray()
  const start = children.findIndex((c) => c instanceof Y.XmlElement && Number(c.getAttribute('opgave')) === n)
  let end = start + 1
  while (
    end < children.length &&
    !(children[end] instanceof Y.XmlElement && (children[end] as Y.XmlElement).nodeName === 'heading')
  )
    end++
  f.delete(start, end - start)
}

describe('named versions', () => {
  it('a version keeps its own content after later edits, and lists with author and date', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'Tekst van de eerste versie.')
    await sleep(150)
    const v1 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
      token: tokens.editor,
      body: { name: 'Concept voor klankbordgroep', note: 'Na de sessie van maart' },
    })
    expect(v1.status).toBe(201)
    expect(v1.json).toMatchObject({ name: 'Concept voor klankbordgroep', author: { name: 'Test editor' } })
    appendParagraph(a.doc, 'Later toegevoegd.')
    await sleep(150)
    const got = await api<{ version: Version; content: JSONContent }>(
      server.url,
      'GET',
      path(doc.id, `/versions/${v1.json.id}`),
      {
        token: tokens.viewer,
      },
    )
    const text = JSON.stringify(got.json.content)
    expect(text).toContain('Tekst van de eerste versie.')
    expect(text).not.toContain('Later toegevoegd.')
    const list = await api<{ versions: Version[] }>(server.url, 'GET', path(doc.id, '/versions'), {
      token: tokens.viewer,
    })
    expect(list.json.versions.map((v) => v.name)).toEqual(['Concept voor klankbordgroep'])
    expect(Date.parse(list.json.versions[0]?.createdAt ?? '')).not.toBeNaN()
  })

  it('compares a version with now: an inserted and a deleted sentence', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'Deze zin verdwijnt straks.')
    await sleep(150)
    const v1 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
      token: tokens.owner,
      body: { name: 'v1' },
    })
    const f = a.doc.getXmlFragment('default')
    f.delete(f.length - 1, 1)
    appendParagraph(a.doc, 'Deze zin is nieuw.')
    await sleep(150)
    const diff = await api<VersionDiff>(server.url, 'GET', path(doc.id, `/versions/${v1.json.id}/diff`), {
      token: tokens.viewer,
    })
    expect(diff.status).toBe(200)
    const inserted = diff.json.segments
      .filter((s) => s.type === 'insert')
      .map((s) => s.text)
      .join(' ')
    const deleted = diff.json.segments
      .filter((s) => s.type === 'delete')
      .map((s) => s.text)
      .join(' ')
    expect(inserted).toContain('nieuw')
    expect(deleted).toContain('verdwijnt straks')
    expect(diff.json.to).toBeNull()
    const v2 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
      token: tokens.owner,
      body: { name: 'v2' },
    })
    const between = await api<VersionDiff>(
      server.url,
      'GET',
      path(doc.id, `/versions/${v1.json.id}/diff?against=${v2.json.id}`),
      {
        token: tokens.viewer,
      },
    )
    expect(between.json.to?.name).toBe('v2')
    expect(between.json.inserted).toBeGreaterThan(0)
  })

  it('restoring brings back a deleted section without duplicating others, live for connected clients', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    const b = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const v1 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
      token: tokens.owner,
      body: { name: 'Volledig' },
    })
    deleteSection(a.doc, 5)
    appendParagraph(a.doc, 'Na de versie geschreven.')
    expect(await until(() => !opgaveHeadings(b.doc).includes(5))).toBe(true)

    const r = await api<{ restored: Version; backup: Version }>(
      server.url,
      'POST',
      path(doc.id, `/versions/${v1.json.id}/restore`),
      {
        token: tokens.editor,
      },
    )
    expect(r.status).toBe(200)
    expect(await until(() => opgaveHeadings(b.doc).includes(5))).toBe(true)
    expect(opgaveHeadings(a.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(opgaveHeadings(b.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(fragmentText(b.doc)).not.toContain('Na de versie geschreven.')
    // The text as it was before the restore is kept as a version: restoring that undoes the restore.
    await api(server.url, 'POST', path(doc.id, `/versions/${r.json.backup.id}/restore`), { token: tokens.editor })
    expect(await until(() => fragmentText(b.doc).includes('Na de versie geschreven.'))).toBe(true)
    expect(opgaveHeadings(b.doc)).toEqual([1, 2, 3, 4, 6, 7, 8])
    // And it is durable.
    expect(await storedText(server.store, doc.id)).toContain('Na de versie geschreven.')
  })

  it('commenters and viewers cannot create or restore versions', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const v = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
      token: tokens.owner,
      body: { name: 'v' },
    })
    for (const role of ['commenter', 'viewer'] as const) {
      expect(
        (await api(server.url, 'POST', path(doc.id, '/versions'), { token: tokens[role], body: { name: 'x' } })).status,
      ).toBe(403)
      expect(
        (await api(server.url, 'POST', path(doc.id, `/versions/${v.json.id}/restore`), { token: tokens[role] })).status,
      ).toBe(403)
    }
    expect(
      (await api(server.url, 'POST', path(doc.id, '/versions'), { token: tokens.owner, body: { name: '' } })).status,
    ).toBe(400)
    expect((await api(server.url, 'GET', path(doc.id, '/versions/bestaat-niet'), { token: tokens.owner })).status).toBe(
      404,
    )
  })
})

describe('adoption by the councils', () => {
  it('tracks adoption per municipality and rolls up "vastgesteld door X van N raden"', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const initial = await api<AdoptionReport>(server.url, 'GET', path(doc.id, '/adoption'), { token: tokens.viewer })
    expect(initial.json).toMatchObject({ adopted: 0, total: 2, pending: ['Aadorp', 'Beekveld'] })
    expect(initial.json.municipalities.map((m) => m.outcome)).toEqual(['pending', 'pending'])

    const put = (name: string, body: unknown, token = tokens.owner) =>
      api<MunicipalityAdoption>(server.url, 'PUT', path(doc.id, `/adoption/${encodeURIComponent(name)}`), {
        token,
        body,
      })
    const r = await put('Aadorp', {
      route: 'raadsbesluit',
      outcome: 'adopted',
      councilDate: '2026-03-12',
      amendments: 'Amendement A1',
    })
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ name: 'Aadorp', outcome: 'adopted', councilDate: '2026-03-12' })
    // A college decision is not adoption by the council.
    await put('Beekveld', { route: 'collegebesluit', outcome: 'adopted', councilDate: '2026-03-20' })
    let report = (await api<AdoptionReport>(server.url, 'GET', path(doc.id, '/adoption'), { token: tokens.viewer }))
      .json
    expect(report).toMatchObject({
      adopted: 1,
      total: 2,
      pending: ['Beekveld'],
      completedAt: null,
      lastAdoptedAt: '2026-03-12',
    })
    await put('Beekveld', { route: 'raadsbesluit', outcome: 'adopted-with-amendments' })
    report = (await api<AdoptionReport>(server.url, 'GET', path(doc.id, '/adoption'), { token: tokens.viewer })).json
    expect(report).toMatchObject({ adopted: 2, total: 2, pending: [], completedAt: '2026-03-20' })

    expect((await put('Aadorp', { outcome: 'adopted' }, tokens.editor)).status).toBe(403)
    expect((await put('Atlantis', { outcome: 'adopted' })).status).toBe(404)
    expect((await put('Aadorp', { outcome: 'misschien' })).status).toBe(400)
    expect((await put('Aadorp', { councilDate: '12 maart' })).status).toBe(400)
    expect((await put('Aadorp', {})).status).toBe(400)
    expect((await put('Aadorp', { versionId: 'bestaat-niet' })).status).toBe(400)
  })
})
