import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NVO_OPGAVEN } from '@regiovisie/shared/checker'
import type { Version } from '@regiovisie/shared/versions'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, documentWithSessions } from '../helpers/api.ts'
import { appendParagraph, Cleanup, connectClient, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
let setup: Awaited<ReturnType<typeof documentWithSessions>>
const cleanup = new Cleanup()
beforeAll(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
  setup = await documentWithSessions(server.url, server.adminToken)
  const a = connectClient(server.wsUrl, setup.doc.id, setup.tokens.editor, cleanup)
  expect(await waitSynced(a)).toBe(true)
  appendParagraph(a.doc, 'Deze alinea staat in de geëxporteerde tekst.')
  await new Promise((r) => setTimeout(r, 200))
  a.destroy()
})
afterAll(() => cleanup.run())

async function download(query: string, token = setup.tokens.editor) {
  const res = await fetch(`${server.url}/api/documents/${setup.doc.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return { res, body: Buffer.from(await res.arrayBuffer()) }
}

const GUIDANCE_SNIPPET = 'Gebruik de vijf basisfuncties voor lokale teams als leidraad'
const opgaveTitles = NVO_OPGAVEN.map((o) => o.title)

function expectCouncilReady(text: string) {
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain('Regiovisie Jeugdhulp Testregio')
  expect(flat).toContain('Aadorp')
  for (const title of opgaveTitles) expect(flat).toContain(title.slice(0, 25))
  expect(flat).toContain('Toets aan de Norm voor Opdrachtgeverschap')
  expect(flat).toContain('Deze alinea staat in de geëxporteerde tekst.')
  expect(flat).not.toContain(GUIDANCE_SNIPPET)
}

describe('export', () => {
  it('DOCX: a Word file with the title page, every opgave heading and the appendix, named after the document', async () => {
    const { res, body } = await download('format=docx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('officedocument.wordprocessingml')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="regiovisie-jeugdhulp-testregio-.*\.docx"/,
    )
    const zip = await JSZip.loadAsync(body)
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const text = xml.replace(/<[^>]+>/g, ' ')
    expectCouncilReady(text)
  })

  it('PDF: print-ready A4 with the same content (checked with pdftotext)', async () => {
    const { res, body } = await download('format=pdf')
    expect(res.status).toBe(200)
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
    const file = join(mkdtempSync(join(tmpdir(), 'rv-pdf-')), 'export.pdf')
    writeFileSync(file, body)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expectCouncilReady(text)
  })

  it('Markdown and HTML: the same content, no guidance', async () => {
    for (const format of ['md', 'html']) {
      const { res, body } = await download(`format=${format}`)
      expect(res.status).toBe(200)
      expectCouncilReady(
        body
          .toString('utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/&[a-z]+;/g, ' '),
      )
    }
  })

  it('a version exports its own content after later edits', async () => {
    const v = await api<Version>(server.url, 'POST', `/api/documents/${setup.doc.id}/versions`, {
      token: setup.tokens.owner,
      body: { name: 'Versie ter vaststelling' },
    })
    const a = connectClient(server.wsUrl, setup.doc.id, setup.tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'Pas na de versie geschreven.')
    await new Promise((r) => setTimeout(r, 200))
    const version = await download(`format=md&version=${v.json.id}`)
    expect(version.res.headers.get('content-disposition')).toContain('versie-ter-vaststelling')
    expect(version.body.toString()).toContain('Versie ter vaststelling')
    expect(version.body.toString()).not.toContain('Pas na de versie geschreven.')
    const now = await download('format=md')
    expect(now.body.toString()).toContain('Pas na de versie geschreven.')
  })

  it('refuses commenters and viewers, unknown formats and unknown versions', async () => {
    expect((await download('format=docx', setup.tokens.commenter)).res.status).toBe(403)
    expect((await download('format=pdf', setup.tokens.viewer)).res.status).toBe(403)
    expect((await download('format=exe')).res.status).toBe(400)
    expect((await download('format=docx&version=bestaat-niet')).res.status).toBe(404)
    const activity = await api<{ activity: Array<{ action: string }> }>(
      server.url,
      'GET',
      `/api/documents/${setup.doc.id}/activity`,
      {
        token: setup.tokens.owner,
      },
    )
    expect(activity.json.activity.some((e) => e.action === 'exported')).toBe(true)
  })
})
