import { type ExportContent, toHtml } from '@regiovisie/shared/export'
import type { PdfRenderer } from './PdfRenderer.ts'
import { pdfDestinationPages } from './pdfDestinations.ts'

/**
 * The export as a print-ready PDF, with page numbers in its table of contents: printed once to
 * learn on which page each chapter and appendix starts (Chromium has no `target-counter()`), then
 * again with those numbers, in a page column whose width both passes keep, so nothing moves.
 * When the first PDF's destinations cannot be read, that PDF is returned as it is.
 */
export async function toPdf(content: ExportContent, renderer: PdfRenderer): Promise<Buffer> {
  const first = await renderer.render(toHtml(content))
  const pages = pdfDestinationPages(first)
  if (!pages || pages.size === 0) return first
  return renderer.render(toHtml(content, { pageNumbers: pages }))
}
