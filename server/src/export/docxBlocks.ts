import type { OutlineHeading } from '@regiovisie/shared/export'
import { isEmptyParagraph, safeHref } from '@regiovisie/shared/export'
import type { JSONContent, MarkName, NodeName } from '@regiovisie/shared/schema'
import {
  Bookmark,
  ExternalHyperlink,
  HeadingLevel,
  type IRunOptions,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import {
  BULLETS_NUMBERING,
  HEADINGS_NUMBERING,
  listTextIndent,
  orderedLevels,
  QUOTE_STYLE,
  TEXT_WIDTH,
} from './docxStyles.ts'
import { xmlText } from './xmlText.ts'

export type Block = Paragraph | Table

type InlineName = 'text' | 'hardBreak'
type BlockName = Exclude<NodeName, InlineName>

/** Where a block is: in which list (and at which level), in a quote, in a table cell. */
interface BlockContext {
  list?: { reference: string; level: number; instance: number }
  /** The first paragraph of a list item carries the bullet or number; the others are indented. */
  firstInItem?: boolean
  quote?: boolean
  /** Width of the cell the block is in (dxa), for nested tables. */
  width: number
  heading?: OutlineHeading
}

/** Counts the lists of one export: every ordered list is its own Word list and starts again. */
export interface DocxState {
  listInstances: number
}

type RunFormat = Pick<IRunOptions, 'bold' | 'italics'>

/** Exhaustive over the schema's marks. A link is applied by the paragraph (a hyperlink wraps runs). */
const MARKS: Record<MarkName, (format: RunFormat) => RunFormat> = {
  bold: (f) => ({ ...f, bold: true }),
  italic: (f) => ({ ...f, italics: true }),
  link: (f) => f,
}

/** Exhaustive over the schema's inline nodes. */
const INLINES: Record<InlineName, (node: JSONContent) => ParagraphChild[]> = {
  text: (node) => {
    let format: RunFormat = {}
    let href: string | null = null
    for (const mark of node.marks ?? []) {
      if (!Object.hasOwn(MARKS, mark.type)) continue
      format = MARKS[mark.type as MarkName](format)
      if (mark.type === 'link') href = safeHref(mark.attrs?.href)
    }
    const text = xmlText(node.text ?? '')
    if (!href) return [new TextRun({ text, ...format })]
    return [new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink', ...format })] })]
  },
  hardBreak: () => [new TextRun({ break: 1 })],
}

export function inlineChildren(node: JSONContent): ParagraphChild[] {
  return (node.content ?? []).flatMap((child) => {
    const type = child.type ?? ''
    if (Object.hasOwn(INLINES, type)) return INLINES[type as InlineName](child)
    // Inline content of the schema is only text and hard breaks; keep the text of anything newer.
    return inlineChildren(child)
  })
}

function paragraph(node: JSONContent, ctx: BlockContext, children = inlineChildren(node)): Paragraph {
  if (ctx.list) {
    return ctx.firstInItem
      ? new Paragraph({
          children,
          numbering: { reference: ctx.list.reference, level: ctx.list.level, instance: ctx.list.instance },
        })
      : new Paragraph({ children, indent: { left: listTextIndent(ctx.list.level) } })
  }
  return new Paragraph({ children, style: ctx.quote ? QUOTE_STYLE : undefined })
}

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

function list(node: JSONContent, ctx: BlockContext, state: DocxState, reference: string): Block[] {
  const level = ctx.list ? Math.min(ctx.list.level + 1, 8) : 0
  // A nested list of the same kind continues its parent's Word list at the next level.
  const instance = ctx.list?.reference === reference ? ctx.list.instance : ++state.listInstances
  const listCtx = { ...ctx, list: { reference, level, instance }, heading: undefined }
  return (node.content ?? []).flatMap((item) => convertBlock(item, listCtx, state))
}

function span(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 1 && n <= 100 ? n : 1
}

function table(node: JSONContent, ctx: BlockContext, state: DocxState): Block[] {
  const rows = (node.content ?? []).filter((r) => (r.content ?? []).length > 0)
  if (rows.length === 0) return []
  const columns = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + span(c.attrs?.colspan), 0)))
  const columnWidth = Math.floor(ctx.width / columns)
  const cellCtx: BlockContext = { width: columnWidth }
  return [
    new Table({
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array<number>(columns).fill(columnWidth),
      rows: rows.map(
        (row, i) =>
          new TableRow({
            // Word repeats a leading header row on every page, like <thead> in the PDF.
            tableHeader: i === 0 && (row.content ?? []).every((c) => c.type === 'tableHeader'),
            cantSplit: true,
            children: (row.content ?? []).map((cell) => {
              const colspan = span(cell.attrs?.colspan)
              const children = (cell.content ?? []).flatMap((b) => convertBlock(b, cellCtx, state))
              return new TableCell({
                columnSpan: colspan > 1 ? colspan : undefined,
                rowSpan: span(cell.attrs?.rowspan) > 1 ? span(cell.attrs?.rowspan) : undefined,
                width: { size: columnWidth * colspan, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                shading:
                  cell.type === 'tableHeader' ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF3' } : undefined,
                // Word cannot open a cell without a paragraph.
                children: children.length
                  ? [...children, ...(children.at(-1) instanceof Table ? [new Paragraph({})] : [])]
                  : [new Paragraph({})],
              })
            }),
          }),
      ),
    }),
  ]
}

type BlockConverter = (node: JSONContent, ctx: BlockContext, state: DocxState) => Block[]

/**
 * Exhaustive over the schema's block nodes (with INLINES, over all of NodeName): a new node type
 * without a DOCX conversion is a type error. Guidance never leaves the editor.
 */
const BLOCKS: Record<BlockName, BlockConverter> = {
  doc: (node, ctx, state) => (node.content ?? []).flatMap((b) => convertBlock(b, ctx, state)),
  paragraph: (node, ctx) => (isEmptyParagraph(node) && !ctx.firstInItem ? [] : [paragraph(node, ctx)]),
  heading: (node, ctx) => {
    const { heading } = ctx
    // A heading inside a list, quote or table cell is not a chapter: bold text, not in the contents.
    if (!heading) return [paragraph(node, ctx, boldChildren(node))]
    return [
      new Paragraph({
        heading: HEADING_LEVELS[Math.min(heading.depth, 6) - 1],
        // A document that numbers its own chapters ("Opgave 1. …") gets no second number from Word.
        ...(heading.number === null
          ? {}
          : { numbering: { reference: HEADINGS_NUMBERING, level: Math.min(heading.depth, 6) - 1 } }),
        children: [new Bookmark({ id: heading.id, children: inlineChildren(node) })],
      }),
    ]
  },
  bulletList: (node, ctx, state) => list(node, ctx, state, BULLETS_NUMBERING),
  orderedList: (node, ctx, state) => {
    const start = Number(node.attrs?.start)
    const from = Number.isInteger(start) && start >= 0 && start < 1e6 ? start : 1
    return list(node, ctx, state, from === 1 ? 'ordered' : `ordered-${from}`)
  },
  listItem: (node, ctx, state) =>
    (node.content ?? []).flatMap((child, i) =>
      convertBlock(child, { ...ctx, firstInItem: i === 0 && child.type === 'paragraph' }, state),
    ),
  blockquote: (node, ctx, state) =>
    (node.content ?? []).flatMap((b) => convertBlock(b, { ...ctx, quote: true, heading: undefined }, state)),
  table,
  tableRow: (node, ctx, state) => table({ type: 'table', content: [node] }, ctx, state),
  tableHeader: (node, ctx, state) => (node.content ?? []).flatMap((b) => convertBlock(b, ctx, state)),
  tableCell: (node, ctx, state) => (node.content ?? []).flatMap((b) => convertBlock(b, ctx, state)),
  guidance: () => [],
}

function boldChildren(node: JSONContent): ParagraphChild[] {
  return inlineChildren({
    ...node,
    content: (node.content ?? []).map((c) =>
      c.type === 'text' ? { ...c, marks: [...(c.marks ?? []), { type: 'bold' }] } : c,
    ),
  })
}

/** DOCX blocks of one node. Unknown block types (newer content) keep their text as a paragraph. */
export function convertBlock(node: JSONContent, ctx: BlockContext, state: DocxState): Block[] {
  const type = node.type ?? ''
  if (Object.hasOwn(BLOCKS, type)) return BLOCKS[type as BlockName](node, ctx, state)
  if (Object.hasOwn(INLINES, type)) return [paragraph({ type: 'paragraph', content: [node] }, ctx)]
  return node.content?.length ? [paragraph(node, ctx)] : []
}

/** The numbering definitions the ordered lists of a document need (one per distinct start number). */
export function orderedListDefinitions(
  doc: JSONContent,
): { reference: string; levels: ReturnType<typeof orderedLevels> }[] {
  const starts = new Set<number>([1])
  const walk = (node: JSONContent) => {
    if (node.type === 'orderedList') {
      const start = Number(node.attrs?.start)
      if (Number.isInteger(start) && start >= 0 && start < 1e6) starts.add(start)
    }
    for (const child of node.content ?? []) walk(child)
  }
  walk(doc)
  return [...starts].map((s) => ({ reference: s === 1 ? 'ordered' : `ordered-${s}`, levels: orderedLevels(s) }))
}

export const bodyContext = (): BlockContext => ({ width: TEXT_WIDTH })
