import type { ExportInput, ExportResult } from './exportDocument.ts'
import type { PdfRenderer, PdfRendererOptions } from './PdfRenderer.ts'

/**
 * The exporters (docx, playwright-core) are loaded on the first export, not at start-up: most
 * server processes never export, and these libraries would cost them about 100 MB of memory.
 */
export interface Exporter {
  export(input: ExportInput): Promise<ExportResult>
  /** The PDF renderer's slots in use and renders waiting (none before the first export). */
  queue(): { rendering: number; waiting: number }
  close(): Promise<void>
}

export function createLazyExporter(options: PdfRendererOptions = {}): Exporter {
  let loaded: Promise<{ run: typeof import('./exportDocument.ts').exportDocument; pdf: PdfRenderer }> | null = null
  let pdfRenderer: PdfRenderer | null = null
  const load = () => {
    loaded ??= Promise.all([import('./exportDocument.ts'), import('./PdfRenderer.ts')]).then(([doc, renderer]) => {
      pdfRenderer = renderer.createPdfRenderer(options)
      return { run: doc.exportDocument, pdf: pdfRenderer }
    })
    return loaded
  }
  return {
    async export(input) {
      const { run, pdf } = await load()
      return run(input, pdf)
    },
    queue: () => pdfRenderer?.queue() ?? { rendering: 0, waiting: 0 },
    async close() {
      if (loaded) await (await loaded).pdf.close()
    },
  }
}
