import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { opgavenOf } from '@regiovisie/shared/checker'
import type { ParticipationReport } from '@regiovisie/shared/comments'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, createDocument, createSession } from '../helpers/api.ts'
import { Cleanup } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

/**
 * A document checked against `wet-2026` has opgaven 9–12 everywhere: in the seeded sections, the
 * participation overview, and both appendices of the export.
 */
let server: TestServer
const cleanup = new Cleanup()
let id: string
let owner: string
const LAW = opgavenOf('wet-2026')
const path = (rest = '') => `/api/documents/${id}${rest}`

beforeAll(async () => {
  server = await startServer({ dataDir: mkdtempSync(join(tmpdir(), 'rv-ruleset-')) })
  cleanup.add(() => server.close())
  const doc = await createDocument(server.url, server.adminToken, { ruleset: 'wet-2026' })
  id = doc.id
  owner = (await createSession(server.url, doc.invites.owner, 'Eigenaar')).token
  const ouder = await createSession(server.url, doc.invites.commenter, 'Olga', {
    organisation: 'Ouderpanel',
    group: 'ouders',
  })
  const jongere = await createSession(server.url, doc.invites.commenter, 'Sam', {
    organisation: 'Jongerenraad',
    group: 'jongeren',
  })
  for (const [s, opgave] of [
    [ouder, 9],
    [jongere, 9],
    [jongere, 12],
  ] as const) {
    const r = await api(server.url, 'POST', path('/threads'), {
      token: s.token,
      body: { anchor: { opgave }, body: `Een vraag bij opgave ${opgave}.` },
    })
    expect(r.status).toBe(201)
  }
  const people = await api<{ participants: Array<{ id: string; name: string }> }>(
    server.url,
    'GET',
    path('/participants'),
    { token: owner },
  )
  for (const [name, group] of [
    ['Olga', 'ouders'],
    ['Sam', 'jongeren'],
  ]) {
    const pid = people.json.participants.find((p) => p.name === name)?.id
    const r = await api(server.url, 'PATCH', path(`/participants/${pid}`), {
      token: owner,
      body: { group, groupConfirmed: true },
    })
    expect(r.status).toBe(200)
  }
})
afterAll(() => cleanup.run())

async function download(format: string) {
  const res = await fetch(`${server.url}${path(`/export?format=${format}`)}`, {
    headers: { authorization: `Bearer ${owner}` },
  })
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

/** The text after an appendix heading, up to the next appendix (or the end). */
function appendix(text: string, title: string): string {
  const start = text.lastIndexOf(title)
  expect(start).toBeGreaterThan(-1)
  const next = text.indexOf('Bijlage B', start + title.length)
  return text.slice(start, next > start ? next : undefined)
}

describe('a wet-2026 document covers opgave 1–12', () => {
  it('the checker and the participation overview list opgave 9–12, with their comments', async () => {
    const check = await api<{ opgaven: Array<{ opgave: number; sectionIndex?: number }> }>(
      server.url,
      'GET',
      path('/check'),
      { token: owner },
    )
    expect(check.json.opgaven.map((o) => o.opgave)).toEqual(LAW.map((o) => o.opgave))
    // The template seeded a section for each of them.
    expect(check.json.opgaven.every((o) => o.sectionIndex !== undefined)).toBe(true)

    const r = await api<ParticipationReport>(server.url, 'GET', path('/participation'), { token: owner })
    expect(r.status).toBe(200)
    expect(r.json.sections.map((s) => s.opgave)).toEqual([...LAW.map((o) => o.opgave), null])
    const nine = r.json.sections.find((s) => s.opgave === 9)!
    expect(nine.title).toBe(LAW[8]!.title)
    expect(nine.comments).toBe(2)
    expect(nine.people).toEqual({ ouders: 1, jongeren: 1 })
    const twelve = r.json.sections.find((s) => s.opgave === 12)!
    expect(twelve.people).toEqual({ jongeren: 1 })
    expect(twelve.silentGroups).toContain('ouders')
    expect(r.json.sections.find((s) => s.opgave === 10)?.comments).toBe(0)
  })

  it('Markdown export: both appendices have opgave 9–12', async () => {
    const md = (await download('md')).toString('utf8')
    const check = appendix(
      md,
      'Toets aan de Norm voor Opdrachtgeverschap en de Wet verbetering beschikbaarheid jeugdzorg',
    )
    const participation = appendix(md, 'Verantwoording participatie')
    for (const { opgave, title } of LAW) {
      expect(check).toContain(title)
      expect(participation).toContain(`Opgave ${opgave}. ${title}`)
    }
    expect(check).toContain('van de 12 opgaven')
  })

  it('DOCX export: both appendices have opgave 9–12', async () => {
    const zip = await JSZip.loadAsync(await download('docx'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const text = xml
      .replace(/<[^>]+>/g, '')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
    const check = appendix(
      text,
      'Toets aan de Norm voor Opdrachtgeverschap en de Wet verbetering beschikbaarheid jeugdzorg',
    )
    const participation = appendix(text, 'Verantwoording participatie')
    for (const { opgave, title } of LAW.slice(8)) {
      expect(check).toContain(`Opgave ${opgave}. ${title}`)
      expect(participation).toContain(`Opgave ${opgave}. ${title}`)
    }
  })

  it('after switching to nvo-2020 the overview has opgave 1–8 and keeps the comments on 9 and 12', async () => {
    const patched = await api(server.url, 'PATCH', path(), { token: owner, body: { ruleset: 'nvo-2020' } })
    expect(patched.status).toBe(200)
    const r = await api<ParticipationReport>(server.url, 'GET', path('/participation'), { token: owner })
    expect(r.json.sections.map((s) => s.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, null])
    expect(r.json.sections.find((s) => s.opgave === 9)?.title).toBe(LAW[8]!.title)
    const back = await api(server.url, 'PATCH', path(), { token: owner, body: { ruleset: 'wet-2026' } })
    expect(back.status).toBe(200)
  })
})
