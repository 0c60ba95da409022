/**
 * Issue 8, rows 2, 3 and 8: text that takes the server down. A paragraph of 160,000 spaces or a
 * 100,000-character word must not freeze the check, two versions of 30,000 different words must not
 * freeze the diff, and a DOCX that inflates to 400 MiB must be refused before it is unpacked. Each test
 * watches the server while it happens: `/healthz` polled every 20 ms, and the event loop's longest
 * block (the server runs in this process).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib'
import type { CheckReport } from '@regiovisie/shared/checker'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import type { Version, VersionDiff } from '@regiovisie/shared/versions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { api, documentWithSessions } from '../helpers/api.ts'
import { appendParagraph, Cleanup, connectClient, storedText, until, waitSynced } from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

let server: TestServer
const cleanup = new Cleanup()
beforeAll(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
})
afterAll(() => cleanup.run())

const path = (id: string, rest = '') => `/api/documents/${id}${rest}`

interface Watched<T> {
  result: T
  /** How long the action took, in ms. */
  ms: number
  /** The longest wait for /healthz while it ran, in ms. */
  healthz: number
  /** The event loop's longest delay while it ran, in ms. */
  blocked: number
}

/**
 * Runs `action` while /healthz is polled every 20 ms and a 5 ms ticker measures the event loop's longest
 * block (the server runs in this process; perf_hooks' monitorEventLoopDelay under-reported it here).
 */
async function watched<T>(action: () => Promise<T>): Promise<Watched<T>> {
  let last = performance.now()
  let blocked = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    blocked = Math.max(blocked, now - last)
    last = now
  }, 5)
  let running = true
  let healthz = 0
  const poller = (async () => {
    while (running) {
      const sent = performance.now()
      const r = await fetch(`${server.url}/healthz`)
      await r.arrayBuffer()
      healthz = Math.max(healthz, performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const started = performance.now()
  try {
    const result = await action()
    const ms = performance.now() - started
    // One more round of polling, so a block at the very end is seen too.
    await new Promise((resolve) => setTimeout(resolve, 60))
    return { result, ms, healthz, blocked }
  } finally {
    running = false
    clearInterval(ticker)
    await poller
  }
}

/** Writes paragraphs into a document over a real socket, as an editor, and waits until they are stored. */
async function write(id: string, token: string, edit: (doc: Y.Doc) => void, marker: string): Promise<void> {
  const client = connectClient(server.wsUrl, id, token, cleanup)
  expect(await waitSynced(client)).toBe(true)
  edit(client.doc)
  expect(await until(async () => (await storedText(server.store, id)).includes(marker), 20_000)).toBe(true)
  client.destroy()
}

describe('row 2: the check of pathological text', () => {
  it('answers at once for a paragraph of 160,000 spaces and for a 100,000-character word, and the server stays responsive', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    // Each was quadratic in the sentence splitter: a long run of spaces between words (\s*\n\s*),
    // a long word before a full stop ((\S+)$), a long run of full stops ([.!?]+ … \s+).
    const paragraphs = [
      `Begin${' '.repeat(160_000)}einde-spaties`,
      `${'x'.repeat(100_000)} y. Volgende zin over het lange woord.`,
      `${'.'.repeat(100_000)}einde-punten`,
    ]
    const writeAll = (d: Y.Doc) => {
      for (const p of paragraphs) appendParagraph(d, p)
    }
    await write(doc.id, tokens.editor, writeAll, 'einde-punten')

    const check = await watched(() =>
      api<CheckReport>(server.url, 'GET', path(doc.id, '/check'), { token: tokens.viewer }),
    )
    console.log(
      `check of hostile paragraphs: ${check.ms.toFixed(0)} ms, /healthz waited at most ${check.healthz.toFixed(0)} ms, event loop blocked at most ${check.blocked.toFixed(0)} ms`,
    )
    expect(check.result.status).toBe(200)
    expect(check.result.json.opgaven).toHaveLength(8)
    // Generous bounds for a busy 2-core machine: before the fix these took 7–20 s each.
    expect(check.ms).toBeLessThan(3000)
    expect(check.healthz).toBeLessThan(1500)
    expect(check.blocked).toBeLessThan(1500)
  })
})

describe('row 3: the diff of two versions of many different words', () => {
  const words = (prefix: string, count: number) =>
    Array.from({ length: count / 100 }, (_, p) =>
      Array.from({ length: 100 }, (_, w) => `${prefix}${(p * 100 + w).toString(36)}`).join(' '),
    )

  /** Replaces the paragraphs after the template with `paragraphs`. */
  const replaceTail = (keep: number, paragraphs: string[]) => (doc: Y.Doc) => {
    const f = doc.getXmlFragment(FRAGMENT_NAME)
    doc.transact(() => {
      if (f.length > keep) f.delete(keep, f.length - keep)
      for (const p of paragraphs) appendParagraph(doc, p)
    })
  }

  for (const count of [6_000, 30_000]) {
    it(`compares two versions of ${count.toLocaleString('en')} different words without freezing the server`, async () => {
      const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
      const probe = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
      expect(await waitSynced(probe)).toBe(true)
      const keep = probe.doc.getXmlFragment(FRAGMENT_NAME).length
      probe.destroy()

      const older = words('oud', count)
      const newer = words('nieuw', count)
      await write(doc.id, tokens.editor, replaceTail(keep, older), older.at(-1)!.slice(-20))
      const v1 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
        token: tokens.owner,
        body: { name: 'oud' },
      })
      await write(doc.id, tokens.editor, replaceTail(keep, newer), newer.at(-1)!.slice(-20))
      const v2 = await api<Version>(server.url, 'POST', path(doc.id, '/versions'), {
        token: tokens.owner,
        body: { name: 'nieuw' },
      })
      expect([v1.status, v2.status]).toEqual([201, 201])

      const diff = await watched(() =>
        api<VersionDiff>(server.url, 'GET', path(doc.id, `/versions/${v1.json.id}/diff?against=${v2.json.id}`), {
          token: tokens.viewer,
        }),
      )
      console.log(
        `diff of ${count} different words: ${diff.ms.toFixed(0)} ms, /healthz waited at most ${diff.healthz.toFixed(0)} ms, event loop blocked at most ${diff.blocked.toFixed(0)} ms`,
      )
      expect(diff.result.status).toBe(200)
      const { segments, inserted, deleted } = diff.result.json
      expect([inserted, deleted]).toEqual([count, count])
      const side = (skip: string) =>
        segments
          .filter((s) => s.type !== skip)
          .map((s) => s.text)
          .join('')
      expect(side('insert')).toContain(older.join('\n'))
      expect(side('delete')).toContain(newer.join('\n'))
      // Generous bounds for a busy 2-core machine: before the fix 6,000 words took 5.7 s, 30,000 some 6 minutes.
      expect(diff.ms).toBeLessThan(3000)
      expect(diff.healthz).toBeLessThan(1500)
      expect(diff.blocked).toBeLessThan(1500)

      // The same pair again comes from the cache.
      const again = await watched(() =>
        api<VersionDiff>(server.url, 'GET', path(doc.id, `/versions/${v1.json.id}/diff?against=${v2.json.id}`), {
          token: tokens.viewer,
        }),
      )
      expect(again.result.json.segments).toEqual(segments)
    })
  }
})

describe('row 8: a DOCX zip bomb', () => {
  const CONTENT_TYPES =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  const RELS =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  const HEAD =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Regiovisie Zipbom</w:t></w:r></w:p><w:p><w:r><w:t>'
  const TAIL = '</w:t></w:r></w:p></w:body></w:document>'

  /**
   * A valid DOCX whose document.xml is the head, `mib` MiB of the letter a, and the tail: each MiB is
   * the same deflate block (a full flush makes blocks independent), so 400 MiB zip to some 400 KB without
   * ever being in memory here. `declared` overrides the size the central directory gives (a lie).
   */
  function docx(mib: number, declared?: number): Buffer {
    const entry = (name: string, pieces: Buffer[], size: number, crc: number) => ({
      name: Buffer.from(name),
      body: Buffer.concat([...pieces, deflateRawSync(Buffer.alloc(0))]),
      size,
      crc,
    })
    const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH })
    const plain = (name: string, text: string) => entry(name, [flushed(Buffer.from(text))], text.length, crc32(text))
    const mebibyte = Buffer.alloc(1024 * 1024, 'a')
    const block = flushed(mebibyte)
    let crc = crc32(HEAD)
    for (let i = 0; i < mib; i++) crc = crc32(mebibyte, crc)
    crc = crc32(TAIL, crc)
    const entries = [
      plain('[Content_Types].xml', CONTENT_TYPES),
      plain('_rels/.rels', RELS),
      entry(
        'word/document.xml',
        [flushed(Buffer.from(HEAD)), ...Array.from({ length: mib }, () => block), flushed(Buffer.from(TAIL))],
        declared ?? HEAD.length + mib * mebibyte.length + TAIL.length,
        crc,
      ),
    ]
    const out: Buffer[] = []
    const directory: Buffer[] = []
    let offset = 0
    for (const e of entries) {
      const local = Buffer.alloc(30)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(20, 4)
      local.writeUInt16LE(8, 8) // deflate
      local.writeUInt32LE(e.crc >>> 0, 14)
      local.writeUInt32LE(e.body.length, 18)
      local.writeUInt32LE(e.size, 22)
      local.writeUInt16LE(e.name.length, 26)
      const central = Buffer.alloc(46)
      central.writeUInt32LE(0x02014b50, 0)
      central.writeUInt16LE(20, 4)
      central.writeUInt16LE(20, 6)
      central.writeUInt16LE(8, 10)
      central.writeUInt32LE(e.crc >>> 0, 16)
      central.writeUInt32LE(e.body.length, 20)
      central.writeUInt32LE(e.size, 24)
      central.writeUInt16LE(e.name.length, 28)
      central.writeUInt32LE(offset, 42)
      out.push(local, e.name, e.body)
      directory.push(central, e.name)
      offset += 30 + e.name.length + e.body.length
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(entries.length, 8)
    end.writeUInt16LE(entries.length, 10)
    end.writeUInt32LE(
      directory.reduce((n, b) => n + b.length, 0),
      12,
    )
    end.writeUInt32LE(offset, 16)
    return Buffer.concat([...out, ...directory, end])
  }

  const upload = (file: Buffer, name: string) => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(file)]), name)
    return fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}` },
      body: form,
    })
  }

  it('imports a small DOCX built the same way (so the bombs below are valid DOCX files)', async () => {
    const res = await upload(docx(0), 'klein.docx')
    expect(res.status).toBe(201)
  })

  for (const [label, file] of [
    ['declaring its 400 MiB', () => docx(400)],
    ['whose central directory claims 1,000 bytes', () => docx(400, 1000)],
  ] as const) {
    it(`refuses a 400 KB DOCX that inflates to 400 MiB, ${label}, quickly and without the memory`, async () => {
      const bomb = file()
      expect(bomb.length).toBeLessThan(600_000)
      globalThis.gc?.()
      const rssBefore = process.memoryUsage().rss
      let rssPeak = rssBefore
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
      }, 10)
      const res = await watched(async () => {
        const r = await upload(bomb, 'zipbom.docx')
        return { status: r.status, json: (await r.json()) as { error?: { code: string; message: string } } }
      })
      clearInterval(sampler)
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
      const growth = (rssPeak - rssBefore) / 1024 / 1024
      console.log(
        `zip bomb (${label}): refused with ${res.result.status} in ${res.ms.toFixed(0)} ms, RSS grew ${growth.toFixed(0)} MiB, event loop blocked at most ${res.blocked.toFixed(0)} ms: ${res.result.json.error?.message}`,
      )
      expect(res.result.status).toBe(413)
      expect(res.result.json.error?.code).toBe('import_too_large')
      expect(res.result.json.error?.message).toMatch(/zipbom\.docx: het Word-document is .*(te groot|zip-bom)/)
      expect(res.ms).toBeLessThan(1500)
      expect(growth).toBeLessThan(100)
      expect(res.healthz).toBeLessThan(1500)
    })
  }
})
