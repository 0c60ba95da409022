import { exampleExport } from '@regiovisie/shared/export'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { type ExportInput, exportDocument } from './exportDocument.ts'
import { createPdfRenderer, ExportError, type PdfRenderer } from './PdfRenderer.ts'

const content = exampleExport.exampleExportContent()
const input = (format: ExportInput['format']): ExportInput => ({ format, ...content })
const name = 'regiovisie-jeugdhulp-holland-rijnland-2026-2030-versie-ter-vaststelling-2026-11-24'

/** A renderer that must not be used: the formats other than PDF never touch Chromium. */
const noPdf: PdfRenderer = {
  render: () => Promise.reject(new Error('no PDF expected')),
  queue: () => ({ rendering: 0, waiting: 0 }),
  close: async () => {},
}

describe('exportDocument', () => {
  it('exports Markdown and HTML as UTF-8 text with a file name of title, version and date', async () => {
    const md = await exportDocument(input('md'), noPdf)
    expect(md.contentType).toBe('text/markdown; charset=utf-8')
    expect(md.filename).toBe(`${name}.md`)
    expect(md.body.toString('utf8')).toContain('# Regiovisie Jeugdhulp Holland Rijnland 2026–2030')

    const html = await exportDocument(input('html'), noPdf)
    expect(html.contentType).toBe('text/html; charset=utf-8')
    expect(html.filename).toBe(`${name}.html`)
    expect(html.body.toString('utf8')).toContain('<h1>Regiovisie Jeugdhulp Holland Rijnland 2026–2030</h1>')
  })

  it('exports DOCX as a Word package', async () => {
    const docx = await exportDocument(input('docx'), noPdf)
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(docx.filename).toBe(`${name}.docx`)
    const zip = await JSZip.loadAsync(docx.body)
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Toets aan de Norm voor Opdrachtgeverschap')
  })

  it("names the current state 'concept'", async () => {
    const md = await exportDocument({ ...input('md'), meta: { ...content.meta, versionName: null } }, noPdf)
    expect(md.filename).toBe('regiovisie-jeugdhulp-holland-rijnland-2026-2030-concept-2026-11-24.md')
    expect(md.body.toString('utf8')).toContain('**Concept, stand van 24 november 2026**')
  })

  it('passes on a failing PDF render as an ExportError', async () => {
    const failing: PdfRenderer = {
      render: () => Promise.reject(new ExportError('kapot')),
      queue: () => ({ rendering: 0, waiting: 0 }),
      close: async () => {},
    }
    await expect(exportDocument(input('pdf'), failing)).rejects.toBeInstanceOf(ExportError)
  })
})

describe.skipIf(process.env.SKIP_E2E === '1')('exportDocument to PDF in Chromium', () => {
  const renderer = createPdfRenderer()
  afterAll(() => renderer.close())

  it('prints our own HTML to a PDF', async () => {
    const pdf = await exportDocument(input('pdf'), renderer)
    expect(pdf.contentType).toBe('application/pdf')
    expect(pdf.filename).toBe(`${name}.pdf`)
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
  }, 60_000)
})
