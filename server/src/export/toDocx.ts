import {
  buildAppendices,
  buildOutline,
  EMPTY_SECTION_TEXT,
  type ExportContent,
  type ExportMeta,
  type TitlePage,
  TOC_DEPTH,
  titlePageOf,
  versionLine,
} from '@regiovisie/shared/export'
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
} from 'docx'
import { appendixBlocks } from './docxAppendices.ts'
import { type Block, bodyContext, convertBlock, type DocxState, orderedListDefinitions } from './docxBlocks.ts'
import { NUMBERING, PAGE_MARGIN, STYLES, TEXT_WIDTH, TOC_HEADING_STYLE } from './docxStyles.ts'
import { xmlText } from './xmlText.ts'

const small = (value: string) => new TextRun({ text: xmlText(value), size: 16, color: '555555' })

function titlePage(page: TitlePage, state: DocxState): Block[] {
  const line = (text: string, options: { bold?: boolean; before?: number } = {}) =>
    new Paragraph({
      spacing: { before: options.before ?? 0, after: 120 },
      children: [new TextRun({ text: xmlText(text), bold: options.bold, size: options.bold ? 26 : 24 })],
    })
  return [
    new Paragraph({
      spacing: { before: 2400, after: 360 },
      heading: HeadingLevel.TITLE,
      children: [new TextRun(xmlText(page.title))],
    }),
    // The title block as typed: the template's region line, a subtitle, whatever the writers put there.
    ...page.blocks.flatMap((b) => convertBlock(b, bodyContext(), state)),
    ...(page.region
      ? [
          new Paragraph({
            spacing: { after: 240 },
            children: [new TextRun({ text: xmlText(`Regio ${page.region}`), size: 28 })],
          }),
        ]
      : []),
    ...(page.municipalities.length ? [line(`Gemeenten: ${page.municipalities.join(', ')}`)] : []),
    line(page.version, { bold: true, before: 600 }),
    line(page.checkedAgainst),
  ]
}

/** Printed under a section that has no text yet, instead of a bare heading. */
const emptySection = () =>
  new Paragraph({ children: [new TextRun({ text: EMPTY_SECTION_TEXT, italics: true, color: '8A5A00' })] })

function runningHeader(meta: ExportMeta): Header {
  const version = versionLine(meta)
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [small(meta.title), new TextRun({ text: '\t' }), small(version)],
      }),
    ],
  })
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '555555',
          }),
        ],
      }),
    ],
  })

/**
 * The export as a Word document: a title page, a table of contents (a real TOC field, written with
 * its numbered entries so it is complete in applications that do not update fields; the page
 * numbers are left to Word, which updates the field when the document opens, because laying out
 * the pages here — docx/layout's estimatePageNumbers — costs about 4 s of blocked event loop for a
 * 30,000-word document), real Heading 1–6 paragraphs numbered by a Word
 * multi-level list (so Word renumbers when someone inserts a chapter), tables with a repeating
 * header row, bullet and numbered lists, bold, italic and links, and the appendices. A running
 * header with title and version and "Pagina x van y" on every page but the title page.
 */
export async function toDocx(content: ExportContent): Promise<Buffer> {
  const outline = buildOutline(content.doc)
  const page = titlePageOf(content.meta, outline)
  const meta = { ...content.meta, title: page.title }
  const state: DocxState = { listInstances: 0 }
  const cover = titlePage(page, state)
  const body: Block[] = outline.blocks.flatMap((b) => [
    ...convertBlock(b.node, { ...bodyContext(), heading: b.heading }, state),
    ...(b.markEmpty ? [emptySection()] : []),
  ])
  const appendices = buildAppendices(content)
  const document = new Document({
    creator: 'Regiovisie',
    title: xmlText(meta.title),
    description: xmlText(`${meta.versionName ?? 'Concept'} (${meta.versionId})`),
    styles: STYLES,
    numbering: { config: [...NUMBERING.config, ...orderedListDefinitions(content.doc)] },
    sections: [
      { properties: { page: { margin: PAGE_MARGIN } }, children: cover },
      {
        properties: { page: { margin: PAGE_MARGIN } },
        headers: { default: runningHeader(meta) },
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ style: TOC_HEADING_STYLE, children: [new TextRun('Inhoudsopgave')] }),
          new TableOfContents('Inhoudsopgave', {
            hyperlink: true,
            headingStyleRange: `1-${TOC_DEPTH}`,
            cachedEntries: [
              ...outline.headings
                .filter((h) => h.depth <= TOC_DEPTH)
                .map((h) => ({
                  title: xmlText(h.number === null ? h.text : `${h.number} ${h.text}`),
                  level: h.depth,
                  href: h.id,
                })),
              ...appendices.map((a) => ({ title: xmlText(`${a.label}. ${a.title}`), level: 1, href: a.id })),
            ],
          }),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          ...body,
          ...appendices.flatMap(appendixBlocks),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
