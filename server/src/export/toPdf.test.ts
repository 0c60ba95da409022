import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exampleExport } from '@regiovisie/shared/export'
import { afterAll, describe, expect, it } from 'vitest'
import { createPdfRenderer } from './PdfRenderer.ts'
import { pdfDestinationPages } from './pdfDestinations.ts'
import { toPdf } from './toPdf.ts'

describe.skipIf(process.env.SKIP_E2E === '1')('toPdf', () => {
  const renderer = createPdfRenderer()
  const dir = mkdtempSync(join(tmpdir(), 'regiovisie-topdf-'))
  afterAll(async () => {
    await renderer.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fills in the page of every chapter and appendix in the table of contents', async () => {
    const pdf = await toPdf(exampleExport.exampleExportContent(), renderer)
    writeFileSync(join(dir, 'export.pdf'), pdf)
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'export.pdf'), '-'], { encoding: 'utf8' }).split('\f')
    const toc = pages[1]!
    const pageOf = (title: string) => Number(new RegExp(`${title}\\s+(\\d+)\\n`).exec(toc)?.[1])
    // Each entry's number is the page its heading is printed on (the footer's "Pagina n").
    for (const [title, heading] of [
      ['Inleiding en context', 'Inleiding en context'],
      ['Opgave 8. Reële tarieven', 'Opgave 8. Reële tarieven'],
      ['Toets aan de Norm voor Opdrachtgeverschap', 'Bijlage A. Toets aan de Norm voor Opdrachtgeverschap'],
      ['Verantwoording participatie', 'Bijlage B. Verantwoording participatie'],
    ] as const) {
      const page = pageOf(title)
      expect(page, title).toBeGreaterThan(2)
      expect(pages[page - 1], `${heading} on page ${page}`).toContain(heading)
      expect(pages[page - 1]).toContain(`Pagina ${page} van`)
    }
    // Filling in the numbers moved nothing: the anchors are on the same pages as in the first print.
    expect(pdfDestinationPages(pdf)?.get('bijlage-toets')).toBe(pageOf('Toets aan de Norm voor Opdrachtgeverschap'))
  }, 60_000)
})

describe('pdfDestinationPages', () => {
  it('gives null, not a guess, for what is not a PDF in the shape Chromium writes', () => {
    expect(pdfDestinationPages(Buffer.from('not a pdf'))).toBeNull()
    expect(
      pdfDestinationPages(
        Buffer.from('%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n'),
      ),
    ).toBeNull()
  })
})
