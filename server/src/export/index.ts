export { ExportError } from './ExportError.ts'
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportInput,
  type ExportMeta,
  type ExportResult,
  exportDocument,
  isExportFormat,
} from './exportDocument.ts'
export { createPdfRenderer, defaultChromiumSandbox, type PdfRenderer, type PdfRendererOptions } from './PdfRenderer.ts'
export { pdfDestinationPages } from './pdfDestinations.ts'
export { toDocx } from './toDocx.ts'
export { toPdf } from './toPdf.ts'
