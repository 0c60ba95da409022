import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exampleExport, toHtml } from '@regiovisie/shared/export'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPdfRenderer, ExportError, type PdfRenderer } from './PdfRenderer.ts'

const { EXAMPLE_GUIDANCE, EXAMPLE_OPGAVEN, exampleExportContent } = exampleExport

// Real Chromium (Debian's /usr/bin/chromium) and poppler's pdftotext: CI installs both. The browser
// tiers are skipped only on an explicit SKIP_E2E=1, as in `npm test`.
const skip = process.env.SKIP_E2E === '1'

let dir: string
/** The PDF's text as pdftotext lays it out, and its page size. */
function pdfText(pdf: Buffer): { text: string; info: string } {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  }
}

/** Chromium processes this test process started (the browser, not its helpers, is our child). */
function chromiumChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => comm?.startsWith('chromium'))
    .map(([pid]) => Number(pid))
}

describe.skipIf(skip)('createPdfRenderer', () => {
  let renderer: PdfRenderer
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'regiovisie-pdf-'))
    renderer = createPdfRenderer()
  })
  afterAll(async () => {
    await renderer.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints the export on A4 with title page, contents, opgave headings, appendices, running header and page numbers', async () => {
    const pdf = await renderer.render(toHtml(exampleExportContent()))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const { text, info } = pdfText(pdf)
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const pages = text.split('\f')
    expect(pages[0]).toContain('Regiovisie Jeugdhulp Holland')
    expect(pages[0]).toContain('Versie ter vaststelling')
    expect(pages[0]).toContain('Getoetst aan de Norm voor Opdrachtgeverschap (2020)')
    expect(pages[0]).not.toContain('v-3f9a2c')
    expect(pages[0]).not.toContain('Pagina 1')
    expect(pages[1]).toContain('Inhoudsopgave')
    expect(pages[1]).toMatch(
      /Regiovisie Jeugdhulp Holland Rijnland 2026–2030\s+Versie ter vaststelling, 24 november 2026/,
    )
    expect(pages[1]).toMatch(/Pagina 2 van \d+/)
    for (const { opgave } of EXAMPLE_OPGAVEN) {
      expect(text).toContain(`Opgave ${opgave}.`)
      expect(text).not.toMatch(new RegExp(`\\d+ Opgave ${opgave}\\.`))
    }
    expect(text).toContain('Bijlage A. Toets aan de Norm voor Opdrachtgeverschap')
    expect(text).toContain('Bijlage B. Verantwoording participatie')
    expect(text).toContain('Een tekst als <script>alert("x")</script> & co blijft tekst.')
    expect(text).not.toContain(EXAMPLE_GUIDANCE)
  }, 60_000)

  it('runs no script and fetches nothing, whatever the HTML asks for', async () => {
    let requests = 0
    const server: Server = createServer((_req, res) => {
      requests++
      res.end('body { color: red }')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const pdf = await renderer.render(
        `<!doctype html><html><head><link rel="stylesheet" href="${url}/a.css"><style>@import "${url}/b.css";</style></head>` +
          `<body><p id="p">Alleen deze tekst</p><img src="${url}/c.png"><iframe src="${url}/d"></iframe>` +
          `<script>document.getElementById('p').textContent = 'SCRIPT RAN'</script></body></html>`,
      )
      const { text } = pdfText(pdf)
      expect(text).toContain('Alleen deze tekst')
      expect(text).not.toContain('SCRIPT RAN')
      expect(requests).toBe(0)
    } finally {
      server.close()
    }
  }, 60_000)

  it("leaves SIGINT and SIGTERM to the server (Playwright's handler would exit mid-shutdown)", async () => {
    await renderer.render('<p>signalen</p>')
    const playwrights = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).flatMap((signal) =>
      process.listeners(signal).filter((f) => /^sig(int|term|hup)Handler$/.test(f.name)),
    )
    expect(playwrights).toEqual([])
  }, 60_000)

  it('rejects a render that exceeds its timeout with an ExportError', async () => {
    const hasty = createPdfRenderer({ timeoutMs: 1 })
    try {
      await expect(hasty.render(toHtml(exampleExportContent()))).rejects.toBeInstanceOf(ExportError)
    } finally {
      await hasty.close()
    }
  }, 60_000)

  it('refuses at once when more renders wait than the queue holds', async () => {
    const small = createPdfRenderer({ maxConcurrent: 1, maxQueued: 0 })
    try {
      const first = small.render('<p>een</p>')
      await expect(small.render('<p>twee</p>')).rejects.toThrow(/te druk/)
      expect((await first).subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await small.close()
    }
  }, 60_000)

  it('recovers when its browser is killed', async () => {
    const own = createPdfRenderer()
    try {
      const before = chromiumChildren()
      await own.render('<p>eerste</p>')
      const started = chromiumChildren().filter((pid) => !before.includes(pid))
      expect(started).toHaveLength(1)
      process.kill(started[0]!, 'SIGKILL')
      const { text } = pdfText(await own.render('<p>na de crash</p>'))
      expect(text).toContain('na de crash')
    } finally {
      await own.close()
    }
  }, 60_000)
})
