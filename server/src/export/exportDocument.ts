import {
  buildOutline,
  type ExportContent,
  type ExportMeta,
  exportFilename,
  exportTitle,
  toHtml,
  toMarkdown,
} from '@regiovisie/shared/export'
import type { ExportFormat } from './exportFormats.ts'
import type { PdfRenderer } from './PdfRenderer.ts'
import { toDocx } from './toDocx.ts'
import { toPdf } from './toPdf.ts'

export { EXPORT_FORMATS, type ExportFormat, isExportFormat } from './exportFormats.ts'

export interface ExportInput extends ExportContent {
  format: ExportFormat
}

export type { ExportMeta }

export interface ExportResult {
  body: Buffer
  contentType: string
  /** ASCII-only: `<title>-<version or "concept">-<YYYY-MM-DD>.<ext>`. */
  filename: string
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
}

const RENDERERS: Record<ExportFormat, (input: ExportContent, pdf: PdfRenderer) => Promise<Buffer>> = {
  docx: (input) => toDocx(input),
  pdf: (input, pdf) => toPdf(input, pdf),
  md: async (input) => Buffer.from(toMarkdown(input), 'utf8'),
  html: async (input) => Buffer.from(toHtml(input), 'utf8'),
}

/**
 * One export of a document (or version) in one format: the file's bytes, its content type and a
 * file name. Pure apart from the PDF renderer it is given. A PDF that cannot be made rejects with
 * an ExportError (a 503 for the HTTP layer); anything else that throws is a bug.
 */
export async function exportDocument(input: ExportInput, renderer: PdfRenderer): Promise<ExportResult> {
  const body = await RENDERERS[input.format](input, renderer)
  // The file is named after the title as typed in the document, like its title page.
  const title = exportTitle(input.meta, buildOutline(input.doc))
  return {
    body,
    contentType: CONTENT_TYPES[input.format],
    filename: exportFilename({ ...input.meta, title }, input.format),
  }
}
