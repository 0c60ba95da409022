import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CreateDocumentResponse, DocumentResponse } from '@regiovisie/shared/api'
import type { CheckReport } from '@regiovisie/shared/checker'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { api, createSession } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, opgaveHeadings, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeAll(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
})
afterAll(() => cleanup.run())

function upload(
  file: Blob,
  name: string,
  fields: Record<string, string> = {},
  token: string | null = server.adminToken,
) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  form.set('file', file, name)
  return fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  })
}

/** Element names and link targets in a document's Yjs tree. */
function structure(doc: Y.Doc): { elements: string[]; links: string[] } {
  const elements: string[] = []
  const links: string[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        elements.push(child.nodeName)
        walk(child)
      } else if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as Array<{ attributes?: { link?: { href?: string } } }>) {
          if (op.attributes?.link?.href) links.push(op.attributes.link.href)
        }
      }
    }
  }
  walk(doc.getXmlFragment('default'))
  return { elements, links }
}

const MARKDOWN = `# Beleidskader Jeugd Zandveen 2026–2029

## Samen sterk voor jeugd

Dit kader is opgesteld met jongeren en ouders. <script>alert('x')</script>

[klik](javascript:alert(1)) en [VNG](https://vng.nl)

<img src="https://tracker.example/pixel.png">
`

describe('import', () => {
  it('creates a regiovisie from an uploaded Markdown file that keeps its own structure, sanitised', async () => {
    const r = await upload(new Blob([MARKDOWN], { type: 'text/markdown' }), 'beleidskader.md', {
      region: 'Zandveen',
      municipalities: JSON.stringify(['Aadorp', 'Beekveld']),
      ruleset: 'wet-2026',
    })
    expect(r.status).toBe(201)
    const created = (await r.json()) as CreateDocumentResponse
    expect(created).toMatchObject({ title: 'Beleidskader Jeugd Zandveen 2026–2029', template: 'import' })
    const s = await createSession(server.url, created.invites.viewer, 'Lezer')
    const doc = await api<DocumentResponse>(server.url, 'GET', `/api/documents/${created.id}`, { token: s.token })
    expect(doc.json).toMatchObject({ region: 'Zandveen', municipalities: ['Aadorp', 'Beekveld'], ruleset: 'wet-2026' })
    const c = connectClient(server.wsUrl, created.id, s.token, cleanup)
    expect(await waitSynced(c)).toBe(true)
    const text = fragmentText(c.doc)
    expect(text).toContain('Samen sterk voor jeugd')
    expect(opgaveHeadings(c.doc)).toEqual([])
    // Markup is kept as visible text at most: no element outside the schema, no unsafe link, no image.
    const { elements, links } = structure(c.doc)
    expect(elements.every((e) => ['heading', 'paragraph'].includes(e))).toBe(true)
    // Raw HTML such as an <img> stays visible text (its URL at most a link); nothing is loaded.
    expect(links).toContain('https://vng.nl')
    expect(links.every((href) => /^(https?:|mailto:)/.test(href))).toBe(true)
    const check = await api<CheckReport>(server.url, 'GET', `/api/documents/${created.id}/check`, { token: s.token })
    expect(check.json.ruleset).toBe('wet-2026')
    expect(check.json.opgaven.map((o) => o.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('imports a DOCX file (mammoth)', async () => {
    const fixture = fileURLToPath(new URL('../../server/src/import/fixtures/regiovisie.docx', import.meta.url))
    const r = await upload(new Blob([readFileSync(fixture)]), 'regiovisie.docx', { title: 'Uit Word' })
    expect(r.status).toBe(201)
    expect(((await r.json()) as CreateDocumentResponse).title).toBe('Uit Word')
  })

  it('refuses uploads without the admin token, without a file, of unsupported or empty files, and too large ones', async () => {
    const md = () => new Blob(['# Titel\n\nTekst.'])
    expect((await upload(md(), 'a.md', {}, null)).status).toBe(401)
    const noFile = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}` },
      body: (() => {
        const f = new FormData()
        f.set('title', 'x')
        return f
      })(),
    })
    expect(noFile.status).toBe(400)
    for (const [blob, name] of [
      [new Blob(['%PDF-1.4']), 'visie.pdf'],
      [new Blob(['MZ']), 'virus.exe'],
      [new Blob(['   \n ']), 'leeg.md'],
    ] as const) {
      const r = await upload(blob, name)
      expect(r.status).toBe(400)
      const body = (await r.json()) as { error: { code: string; message: string } }
      expect(body.error.message).toContain(name)
    }
    expect((await upload(md(), 'a.md', { ruleset: 'bestaat-niet' })).status).toBe(400)
    const big = await upload(new Blob([new Uint8Array(21 * 1024 * 1024)]), 'groot.txt')
    expect(big.status).toBe(413)
  })
})

describe('rule set', () => {
  it('the owner switches the rule set; others may not', async () => {
    const created = await api<CreateDocumentResponse>(server.url, 'POST', '/api/documents', {
      token: server.adminToken,
      body: { title: 'Regelset', template: 'nvo-jeugd' },
    })
    const owner = await createSession(server.url, created.json.invites.owner, 'Eigenaar')
    const editor = await createSession(server.url, created.json.invites.editor, 'Redacteur')
    const path = `/api/documents/${created.json.id}`
    const r = await api<DocumentResponse>(server.url, 'PATCH', path, {
      token: owner.token,
      body: { ruleset: 'wet-2026' },
    })
    expect(r.status).toBe(200)
    expect(r.json.ruleset).toBe('wet-2026')
    const check = await api<CheckReport>(server.url, 'GET', `${path}/check`, { token: editor.token })
    expect(check.json.ruleset).toBe('wet-2026')
    expect(check.json.opgaven).toHaveLength(12)
    expect((await api(server.url, 'PATCH', path, { token: editor.token, body: { ruleset: 'nvo-2020' } })).status).toBe(
      403,
    )
    expect((await api(server.url, 'PATCH', path, { token: owner.token, body: { ruleset: 'onzin' } })).status).toBe(400)
    expect((await api(server.url, 'PATCH', path, { token: owner.token, body: {} })).status).toBe(400)
  })
})
