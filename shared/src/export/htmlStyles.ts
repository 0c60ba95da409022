import { cssString } from './escape.ts'
import { versionLine } from './titlePage.ts'
import type { ExportMeta } from './types.ts'

/**
 * The stylesheet of an HTML export: readable on screen, and print-ready in Chromium: A4, a
 * running header with the title and version, "Pagina x van y" in the footer (CSS paged-media
 * margin boxes, which Chromium supports since version 131), nothing on the title page. Only
 * local fonts: an export never loads anything.
 */
export function htmlStyles(meta: ExportMeta): string {
  const version = versionLine(meta)
  return `
@page {
  size: A4;
  margin: 24mm 20mm 22mm 22mm;
  @top-left { content: ${cssString(meta.title)}; font: 8pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #555; vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(version)}; font: 8pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #555; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #555; vertical-align: top; padding-top: 4mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-right { content: none; }
}
:root { color-scheme: light; }
body { font: 10.5pt/1.45 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #111; margin: 0; }
@media screen { body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; } }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; color: #0b3a5c; }
h2 { font-size: 15pt; margin: 1.6em 0 0.5em; }
h3 { font-size: 12.5pt; margin: 1.3em 0 0.4em; }
h4, h5, h6 { font-size: 11pt; margin: 1.1em 0 0.3em; }
.num { margin-right: 0.4em; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li > p { margin: 0 0 0.2em; }
blockquote { margin: 0 0 0.6em; padding-left: 0.9em; border-left: 3px solid #9bb; color: #333; }
a { color: #0b5394; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.9em; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e8eef3; }
td > p:last-child, th > p:last-child { margin-bottom: 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* The participation table: a column per opgave, so narrow number cells; the groups' names keep their width. */
table.participation { font-size: 8.5pt; }
table.participation .group { width: 28%; }
table.participation th.count { width: 2.8em; }
table.participation th.count, table.participation td.count { text-align: center; white-space: nowrap; padding: 3pt 1pt; }
.participation-key { font-size: 9pt; }
.title-page { break-after: page; page-break-after: always; padding-top: 30mm; }
.title-page h1 { font-size: 26pt; margin: 0 0 10mm; }
.title-page .region { font-size: 14pt; margin-bottom: 8mm; }
.title-page > p { font-size: 12pt; }
.title-page .version { margin-top: 14mm; font-size: 13pt; font-weight: bold; }
.title-page .checked { color: #333; }
.empty-section { color: #8a5a00; }
.toc { break-after: page; page-break-after: always; }
.toc ol { list-style: none; padding: 0; }
.toc li { margin: 0.15em 0; }
.toc .toc-d2 { padding-left: 1.5em; }
.toc .toc-d3 { padding-left: 3em; font-size: 9.5pt; }
.toc a { color: inherit; text-decoration: none; display: flex; align-items: baseline; }
.toc .num { flex: none; margin-right: 0.5em; }
.toc .title { flex: 0 1 auto; }
/* The page column keeps its width in both print passes, so filling in the numbers moves nothing. */
.toc .leader { flex: 1 1 0; min-width: 1.5em; margin: 0 0.3em; border-bottom: 1px dotted #888; }
.toc .page { flex: none; width: 2.2em; text-align: right; }
@media screen { .toc .leader, .toc .page { display: none; } }
.appendix { break-before: page; page-break-before: always; }
.status-addressed { color: #1b5e20; }
.status-partial { color: #8a5a00; }
.status-missing { color: #b00020; }
`
}
