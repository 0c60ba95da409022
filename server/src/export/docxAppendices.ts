import {
  type Appendix,
  type CheckAppendix,
  type ParticipationAppendix,
  participationCellText,
  REACTIEVERSLAG_INTRO,
  REACTIEVERSLAG_TITLE,
  type Reactieverslag,
  reactionLines,
  sectionSummary,
} from '@regiovisie/shared/export'
import {
  AlignmentType,
  Bookmark,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import type { Block } from './docxBlocks.ts'
import { APPENDIX_HEADING_STYLE, BULLETS_NUMBERING, TEXT_WIDTH } from './docxStyles.ts'
import { xmlText } from './xmlText.ts'

const text = (value: string, bold = false) => new TextRun({ text: xmlText(value), bold })
const para = (value: string, bold = false) => new Paragraph({ children: [text(value, bold)] })
const bullet = (value: string) =>
  new Paragraph({ children: [text(value)], numbering: { reference: BULLETS_NUMBERING, level: 0 } })

/** A simple grid: a header row (repeated on each page) and text cells, widths as fractions of the page. */
function grid(header: string[], rows: string[][], fractions: number[]): Table {
  const widths = fractions.map((f) => Math.floor(TEXT_WIDTH * f))
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.TOP,
            shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF3' } : undefined,
            children: [para(c, head)],
          }),
      ),
    })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  })
}

function checkBlocks(a: CheckAppendix): Block[] {
  const blocks: Block[] = [para(a.intro), para(a.summary, true)]
  if (a.rows.length) {
    blocks.push(
      grid(
        ['Opgave', 'Titel', 'Status'],
        a.rows.map((r) => [String(r.opgave), r.title, r.statusLabel]),
        [0.12, 0.65, 0.23],
      ),
    )
  }
  if (a.general.length) {
    blocks.push(new Paragraph({ style: APPENDIX_HEADING_STYLE, children: [text('Het document als geheel')] }))
    blocks.push(...a.general.map(bullet))
  }
  for (const r of a.rows) {
    blocks.push(
      new Paragraph({ style: APPENDIX_HEADING_STYLE, children: [text(`Opgave ${r.opgave}. ${r.title}`)] }),
      new Paragraph({ children: [text('Status: '), text(r.statusLabel, true)] }),
      ...r.messages.map(bullet),
    )
  }
  return blocks
}

/**
 * The groups × opgaven table, as in the interface: the group's name, then a narrow centred column per
 * opgave (its number as header, the full titles in a list below), the other chapters and the total.
 */
function participationBlocks(a: ParticipationAppendix): Block[] {
  const groupFraction = 0.28
  const countFraction = (1 - groupFraction) / a.columns.length
  const widths = [groupFraction, ...a.columns.map(() => countFraction)].map((f) => Math.floor(TEXT_WIDTH * f))
  const cell = (value: string, index: number, head: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF3' } : undefined,
      children: [
        new Paragraph({
          alignment: index === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: xmlText(value), bold: head || index === 0, size: 17 })],
        }),
      ],
    })
  const row = (cells: string[], head: boolean) =>
    new TableRow({ tableHeader: head, cantSplit: true, children: cells.map((c, i) => cell(c, i, head)) })
  const table = new Table({
    width: { size: widths.reduce((x, y) => x + y, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(['Groep', ...a.columns.map((c) => c.label)], true),
      ...a.rows.map((r) => row([r.group, ...r.cells.map(participationCellText)], false)),
    ],
  })
  return [
    para(a.intro),
    para(a.legend),
    table,
    ...a.key.map(bullet),
    a.silent.length
      ? new Paragraph({ children: [text('Geen enkele reactie van: ', true), text(`${a.silent.join(', ')}.`)] })
      : para('Alle geraadpleegde groepen reageerden.'),
    ...(a.reactieverslag ? reactieverslagBlocks(a.reactieverslag) : []),
  ]
}

/** Totals per group, then per opgave (an appendix subheading) and group the public reactions: who in bold, their lines below. */
function reactieverslagBlocks(r: Reactieverslag): Block[] {
  const blocks: Block[] = [
    new Paragraph({ style: APPENDIX_HEADING_STYLE, children: [text(REACTIEVERSLAG_TITLE)] }),
    para(REACTIEVERSLAG_INTRO),
    ...r.totals.map(bullet),
  ]
  for (const s of r.sections) {
    blocks.push(new Paragraph({ style: APPENDIX_HEADING_STYLE, children: [text(s.title)] }), para(sectionSummary(s)))
    for (const g of s.groups) {
      blocks.push(para(g.group, true))
      for (const i of g.items) {
        blocks.push(
          new Paragraph({
            numbering: { reference: BULLETS_NUMBERING, level: 0 },
            children: [text(i.who, true), ...reactionLines(i).map((l) => new TextRun({ text: xmlText(l), break: 1 }))],
          }),
        )
      }
    }
  }
  return blocks
}

/** An appendix: a new page, an unnumbered Heading 1 ("Bijlage A. …", in the contents) and its content. */
export function appendixBlocks(a: Appendix): Block[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new Bookmark({ id: a.id, children: [text(`${a.label}. ${a.title}`)] })],
    }),
    ...(a.kind === 'check' ? checkBlocks(a) : participationBlocks(a)),
  ]
}
