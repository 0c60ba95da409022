import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentResponse } from '@regiovisie/shared/api'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import type { Version } from '@regiovisie/shared/versions'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { api, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, type TestClient, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

/*
 * What reaches the council: who may download, and what the files say (title block as typed,
 * title page in words, each chapter numbered once, empty chapters marked). Real server, real
 * files: pdftotext for the PDF, the DOCX's own XML, and LibreOffice where it is installed.
 */

let server: TestServer
let setup: Awaited<ReturnType<typeof documentWithSessions>>
let writer: TestClient
const cleanup = new Cleanup()
const dir = mkdtempSync(join(tmpdir(), 'rv-council-'))
cleanup.add(() => rmSync(dir, { recursive: true, force: true }))

const fragment = (doc: Y.Doc) => doc.getXmlFragment(FRAGMENT_NAME)
const topLevel = (doc: Y.Doc) =>
  fragment(doc)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement)

/** Replaces the text of a top-level block, as a writer selecting it and typing would. */
function retype(element: Y.XmlElement, text: string) {
  const node = element.toArray().find((n): n is Y.XmlText => n instanceof Y.XmlText)
  if (!node) throw new Error('no text in block')
  node.delete(0, node.length)
  node.insert(0, text)
}
const titleHeading = (doc: Y.Doc) => topLevel(doc).find((n) => n.getAttribute('section') === 'titel')!
/** The paragraph the template puts under the title ("Regio: … · Gemeenten: …"). */
const regionLine = (doc: Y.Doc) => topLevel(doc)[topLevel(doc).indexOf(titleHeading(doc)) + 1]!

/** Writes a paragraph into the section of opgave `n` (right under its heading). */
function writeInOpgave(doc: Y.Doc, n: number, text: string) {
  const blocks = topLevel(doc)
  const at = blocks.findIndex((b) => b.nodeName === 'heading' && Number(b.getAttribute('opgave')) === n)
  const index = fragment(doc).toArray().indexOf(blocks[at]!) + 1
  const p = new Y.XmlElement('paragraph')
  p.insert(0, [new Y.XmlText(text)])
  fragment(doc).insert(index, [p])
}

async function settle(client: TestClient) {
  await new Promise((r) => setTimeout(r, 250))
  expect(client.provider.synced).toBe(true)
}

async function download(query: string, token = setup.tokens.editor) {
  const res = await fetch(`${server.url}/api/documents/${setup.doc.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return { res, body: Buffer.from(await res.arrayBuffer()) }
}

/** The text of an export in each format, as a reader would see it. */
async function textOf(format: 'pdf' | 'docx' | 'md' | 'html', query = ''): Promise<string> {
  const { res, body } = await download(`format=${format}${query}`)
  expect(res.status, format).toBe(200)
  if (format === 'pdf') {
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.pdf`)
    writeFileSync(file, body)
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  }
  if (format === 'docx') {
    const xml = (await (await JSZip.loadAsync(body)).file('word/document.xml')?.async('string')) ?? ''
    return xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
  }
  return body.toString('utf8')
}

const setDownload = (token: string, downloadAllowed: boolean) =>
  api<DocumentResponse>(server.url, 'PATCH', `/api/documents/${setup.doc.id}`, { token, body: { downloadAllowed } })

beforeAll(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
  setup = await documentWithSessions(server.url, server.adminToken)
  writer = connectClient(server.wsUrl, setup.doc.id, setup.tokens.editor, cleanup)
  expect(await waitSynced(writer)).toBe(true)
  writeInOpgave(writer.doc, 1, 'Alle gemeenteraden stellen deze visie vast.')
  writeInOpgave(writer.doc, 2, 'De regio borgt crisishulp met een regionaal contract.')
  await settle(writer)
})
afterAll(() => cleanup.run())

describe('downloading for the council: who may', () => {
  it('refuses lezers and reageerders by default, and says why', async () => {
    const viewer = await download('format=pdf', setup.tokens.viewer)
    expect(viewer.res.status).toBe(403)
    expect(JSON.parse(viewer.body.toString()).error.message).toContain('niet toegestaan')
    expect((await download('format=md', setup.tokens.commenter)).res.status).toBe(403)
    const doc = await api<DocumentResponse>(server.url, 'GET', `/api/documents/${setup.doc.id}`, {
      token: setup.tokens.viewer,
    })
    expect(doc.json.downloadAllowed).toBe(false)
  })

  it('lets only the owner change the setting', async () => {
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect((await setDownload(setup.tokens[role], true)).status, role).toBe(403)
    }
    expect((await download('format=md', setup.tokens.viewer)).res.status).toBe(403)
    const bad = await api(server.url, 'PATCH', `/api/documents/${setup.doc.id}`, {
      token: setup.tokens.owner,
      body: { downloadAllowed: 'ja' },
    })
    expect(bad.status).toBe(400)
  })

  it('serves lezers and reageerders once the owner allowed it, and refuses them again when turned off', async () => {
    const allowed = await setDownload(setup.tokens.owner, true)
    expect(allowed.status).toBe(200)
    expect(allowed.json.downloadAllowed).toBe(true)
    expect(allowed.json.ruleset).toBe('nvo-2020')
    const viewer = await download('format=pdf', setup.tokens.viewer)
    expect(viewer.res.status).toBe(200)
    expect(viewer.body.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await download('format=docx', setup.tokens.commenter)).res.status).toBe(200)
    const seen = await api<DocumentResponse>(server.url, 'GET', `/api/documents/${setup.doc.id}`, {
      token: setup.tokens.commenter,
    })
    expect(seen.json.downloadAllowed).toBe(true)

    expect((await setDownload(setup.tokens.owner, false)).json.downloadAllowed).toBe(false)
    expect((await download('format=md', setup.tokens.viewer)).res.status).toBe(403)
    expect((await download('format=md', setup.tokens.editor)).res.status).toBe(200)
  })
})

describe('downloading for the council: what the files say', () => {
  it('numbers each chapter once in the table of contents (no "4 Opgave 1.")', async () => {
    const pdf = await textOf('pdf')
    const toc = pdf.split('\f')[1]!
    expect(toc).toContain('Inhoudsopgave')
    expect(toc).toMatch(/^\s*Opgave 1\. /m)
    expect(toc).toMatch(/^\s*Opgave 8\. /m)
    expect(toc).not.toMatch(/\d+[ \t]+Opgave \d+\./)
    const md = await textOf('md')
    expect(md).toMatch(/\n- Opgave 1\. /)
    expect(md).not.toMatch(/- \d+ Opgave/)
    expect(md).toMatch(/\n## Opgave 1\. /)
    const docx = await textOf('docx')
    expect(docx).toMatch(/\nOpgave 1\. [^\n]*\t/)
    expect(docx).not.toMatch(/\d+ Opgave \d+\./)
  }, 60_000)

  it('says on the title page which version and which norm, in words, without ids', async () => {
    const v = await api<Version>(server.url, 'POST', `/api/documents/${setup.doc.id}/versions`, {
      token: setup.tokens.owner,
      body: { name: 'Versie ter vaststelling' },
    })
    expect(v.status).toBe(201)
    const day = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(v.json.createdAt))
    const cover = (await textOf('pdf', `&version=${v.json.id}`)).split('\f')[0]!.replace(/\s+/g, ' ')
    expect(cover).toContain(`Versie ter vaststelling, ${day}`)
    expect(cover).toContain('Getoetst aan de Norm voor Opdrachtgeverschap (2020)')
    expect(cover).not.toMatch(/Versie-id|regelset|nvo-2020/)
    const current = (await textOf('docx')).split('Inhoudsopgave')[0]!
    expect(current).toContain('Concept, stand van')
    expect(current).not.toMatch(/Versie-id|nvo-2020/)

    // Under the law, the title page names the law too.
    await api(server.url, 'PATCH', `/api/documents/${setup.doc.id}`, {
      token: setup.tokens.owner,
      body: { ruleset: 'wet-2026' },
    })
    const law = (await textOf('md')).split('## Inhoudsopgave')[0]!
    expect(law).toContain('Getoetst aan de Wet verbetering beschikbaarheid jeugdzorg (2026) en de Norm')
    await api(server.url, 'PATCH', `/api/documents/${setup.doc.id}`, {
      token: setup.tokens.owner,
      body: { ruleset: 'nvo-2020' },
    })
  }, 60_000)

  it('marks empty chapters "Nog niet ingevuld" instead of printing bare headings', async () => {
    const pdf = (await textOf('pdf')).replace(/[ \t]+/g, ' ')
    expect(pdf).toMatch(/Opgave 7\. [^\n]*\n+\s*Nog niet ingevuld/)
    expect(pdf).toMatch(/Opgave 8\. [^\n]*\n+\s*Nog niet ingevuld/)
    expect(pdf).not.toMatch(/Opgave 1\. [^\n]*\n+\s*Nog niet ingevuld/)
    expect(pdf).toContain('Alle gemeenteraden stellen deze visie vast.')
    const html = await textOf('html')
    expect(html).toMatch(/Opgave 7\.[^<]*<\/h2>\n<p class="empty-section"><em>Nog niet ingevuld<\/em><\/p>/)
    expect(await textOf('docx')).toMatch(/Opgave 8\. [^\n]*\nNog niet ingevuld\n/)
  }, 60_000)

  it('prints the title block as typed, for the current text and for a version, in every format', async () => {
    retype(titleHeading(writer.doc), 'Samen Sterk voor Jeugd 2027')
    retype(regionLine(writer.doc), 'Regio: Testregio · Gemeenten: Aadorp, Beekveld en Cranenburg')
    await settle(writer)
    for (const format of ['pdf', 'docx', 'md', 'html'] as const) {
      const text = (await textOf(format)).replace(/\s+/g, ' ')
      expect(text, format).toContain('Samen Sterk voor Jeugd 2027')
      expect(text, format).toContain('Aadorp, Beekveld en Cranenburg')
      expect(text, format).not.toContain('Regiovisie Jeugdhulp Testregio')
    }
    const named = await download('format=md')
    expect(named.res.headers.get('content-disposition')).toContain('samen-sterk-voor-jeugd-2027-concept-')

    const v = await api<Version>(server.url, 'POST', `/api/documents/${setup.doc.id}/versions`, {
      token: setup.tokens.owner,
      body: { name: 'Versie voor de raad' },
    })
    retype(titleHeading(writer.doc), 'Een latere titel')
    await settle(writer)
    for (const format of ['pdf', 'docx', 'md', 'html'] as const) {
      const text = (await textOf(format, `&version=${v.json.id}`)).replace(/\s+/g, ' ')
      expect(text, format).toContain('Samen Sterk voor Jeugd 2027')
      expect(text, format).toContain('Aadorp, Beekveld en Cranenburg')
      expect(text, format).not.toContain('Een latere titel')
    }
    expect((await textOf('md')).startsWith('# Een latere titel')).toBe(true)
  }, 120_000)
})
