import type { JSONContent, NodeName } from '../schema/index.ts'
import {
  type Appendix,
  buildAppendices,
  participationCellText,
  REACTIEVERSLAG_INTRO,
  REACTIEVERSLAG_TITLE,
} from './appendices.ts'
import { escapeLineStarts, escapeMarkdown, renderInline } from './markdownInline.ts'
import {
  buildOutline,
  EMPTY_SECTION_TEXT,
  isEmptyParagraph,
  type OutlineBlock,
  type OutlineHeading,
  plainText,
  TOC_DEPTH,
} from './outline.ts'
import { type Reactieverslag, reactionLines, sectionSummary } from './reactieverslag.ts'
import { type TitlePage, titlePageOf } from './titlePage.ts'
import type { ExportContent } from './types.ts'

type BlockRenderer = (node: JSONContent, heading: OutlineHeading | undefined) => string

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : by + line))
    .join('\n')

function renderList(node: JSONContent, marker: (index: number) => string): string {
  return (node.content ?? [])
    .map((item, i) => {
      const prefix = marker(i)
      const body = renderBlock(item) || ' '
      return prefix + indent(body, ' '.repeat(prefix.length))
    })
    .join('\n')
}

/** A cell's content on one line: GFM table cells cannot hold blocks. */
function cellText(cell: JSONContent): string {
  const parts: string[] = []
  const walk = (node: JSONContent, bullet: string) => {
    if (node.type === 'guidance') return
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (!isEmptyParagraph(node)) parts.push(bullet + renderInline(node, '<br>'))
      return
    }
    const itemBullet = node.type === 'listItem' ? '• ' : bullet
    for (const child of node.content ?? []) walk(child, child.type === 'paragraph' ? itemBullet : '')
  }
  walk(cell, '')
  return parts.join('<br>').replace(/\|/g, '\\|') || ' '
}

function renderTable(node: JSONContent): string {
  const rows = (node.content ?? []).map((row) =>
    (row.content ?? []).flatMap((cell) => {
      const span = Math.min(Math.max(Number(cell.attrs?.colspan) || 1, 1), 100)
      return [cellText(cell), ...Array<string>(span - 1).fill(' ')]
    }),
  )
  const width = Math.max(1, ...rows.map((r) => r.length))
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill(' ')].join(' | ')} |`
  const [head = [], ...rest] = rows
  return [line(head), line(Array<string>(width).fill('---')), ...rest.map(line)].join('\n')
}

const isList = (node: JSONContent) => node.type === 'bulletList' || node.type === 'orderedList'

const paragraphText = (node: JSONContent) => escapeLineStarts(renderInline(node))

/** Exhaustive over the schema's nodes: a new node type without a Markdown rendering is a type error. */
const BLOCKS: Record<NodeName, BlockRenderer> = {
  doc: (node) => renderBlocks(node),
  paragraph: (node) => (isEmptyParagraph(node) ? '' : paragraphText(node)),
  text: (node) => escapeMarkdown(node.text ?? ''),
  heading: (node, heading) =>
    heading
      ? `${'#'.repeat(Math.min(heading.depth + 1, 6))} ${heading.number === null ? '' : `${heading.number} `}${renderInline(node, ' ')}`
      : `**${renderInline(node, ' ')}**`,
  bulletList: (node) => renderList(node, () => '- '),
  orderedList: (node) => {
    const start = Number.isInteger(node.attrs?.start) ? Number(node.attrs?.start) : 1
    return renderList(node, (i) => `${start + i}. `)
  },
  // A nested list follows its item's paragraph directly: a blank line would make the list loose.
  listItem: (node) =>
    (node.content ?? [])
      .map((child) => ({ child, text: renderBlock(child) }))
      .filter(({ text }) => text !== '')
      .map(({ child, text }, i) => (i === 0 ? '' : isList(child) ? '\n' : '\n\n') + text)
      .join(''),
  blockquote: (node) =>
    renderBlocks(node)
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n'),
  hardBreak: () => '\\\n',
  table: renderTable,
  tableRow: (node) => (node.content ?? []).map(cellText).join(' | '),
  tableHeader: cellText,
  tableCell: cellText,
  guidance: () => '',
}

function renderBlock(node: JSONContent, heading?: OutlineHeading): string {
  const type = node.type ?? ''
  if (Object.hasOwn(BLOCKS, type)) return BLOCKS[type as NodeName](node, heading)
  return escapeMarkdown(plainText(node))
}

function renderBlocks(node: JSONContent): string {
  return (node.content ?? [])
    .map((child) => renderBlock(child))
    .filter((text) => text !== '')
    .join('\n\n')
}

function titlePage(page: TitlePage): string {
  const rows: [string, string | null][] = [
    ['Regio', page.region],
    ['Gemeenten', page.municipalities.length ? page.municipalities.join(', ') : null],
  ]
  const lines = [
    ...page.blocks.map((b) => renderBlock(b)).filter((t) => t !== ''),
    ...rows.filter(([, v]) => v).map(([k, v]) => `**${k}:** ${escapeMarkdown(v!)}`),
    `**${escapeMarkdown(page.version)}**  \n${escapeMarkdown(page.checkedAgainst)}`,
  ]
  return [`# ${escapeMarkdown(page.title)}`, ...lines].join('\n\n')
}

/** A body block; a section without text says so instead of standing there as a bare heading. */
function bodyBlock(b: OutlineBlock): string {
  const text = renderBlock(b.node, b.heading)
  return b.markEmpty ? `${text}\n\n_${EMPTY_SECTION_TEXT}_` : text
}

function tableOfContents(headings: OutlineHeading[], appendices: Appendix[]): string {
  const items = headings
    .filter((h) => h.depth <= TOC_DEPTH)
    .map((h) => `${'  '.repeat(h.depth - 1)}- ${h.number === null ? '' : `${h.number} `}${escapeMarkdown(h.text)}`)
  for (const a of appendices) items.push(`- ${a.label}. ${escapeMarkdown(a.title)}`)
  return `## Inhoudsopgave\n\n${items.join('\n')}`
}

const cell = (text: string) => escapeMarkdown(text) || ' '
const bullets = (items: string[]) => items.map((i) => `- ${escapeMarkdown(i)}`).join('\n')

function appendix(a: Appendix): string {
  const parts = [`## ${a.label}. ${escapeMarkdown(a.title)}`, escapeLineStarts(escapeMarkdown(a.intro))]
  if (a.kind === 'check') {
    parts.push(`**${escapeMarkdown(a.summary)}**`)
    if (a.rows.length) {
      parts.push(
        [
          '| Opgave | Titel | Status |',
          '| --- | --- | --- |',
          ...a.rows.map((r) => `| ${r.opgave} | ${cell(r.title)} | ${cell(r.statusLabel)} |`),
        ].join('\n'),
      )
    }
    if (a.general.length) parts.push('### Het document als geheel', bullets(a.general))
    for (const r of a.rows) {
      parts.push(`### Opgave ${r.opgave}. ${escapeMarkdown(r.title)}`, `Status: **${escapeMarkdown(r.statusLabel)}**`)
      if (r.messages.length) parts.push(bullets(r.messages))
    }
  } else {
    parts.push(
      escapeMarkdown(a.legend),
      [
        `| Groep | ${a.columns.map((c) => cell(c.label)).join(' | ')} |`,
        `| --- |${' --- |'.repeat(a.columns.length)}`,
        ...a.rows.map(
          (r) => `| ${cell(r.group)} | ${r.cells.map((c) => cell(participationCellText(c))).join(' | ')} |`,
        ),
      ].join('\n'),
      bullets(a.key),
      a.silent.length
        ? `**Geen enkele reactie van:** ${a.silent.map(escapeMarkdown).join(', ')}.`
        : 'Alle geraadpleegde groepen reageerden.',
    )
    if (a.reactieverslag) parts.push(...reactieverslagMarkdown(a.reactieverslag))
  }
  return parts.join('\n\n')
}

/** Totals per group, then per opgave and group the public reactions: a list item each, its lines below. */
function reactieverslagMarkdown(r: Reactieverslag): string[] {
  const parts = [`### ${escapeMarkdown(REACTIEVERSLAG_TITLE)}`, escapeMarkdown(REACTIEVERSLAG_INTRO), bullets(r.totals)]
  for (const s of r.sections) {
    parts.push(`#### ${escapeMarkdown(s.title)}`, escapeLineStarts(escapeMarkdown(sectionSummary(s))))
    for (const g of s.groups) {
      parts.push(
        `**${escapeMarkdown(g.group)}**`,
        g.items
          .map((i) =>
            [`- **${escapeMarkdown(i.who)}**`, ...reactionLines(i).map((l) => `  ${escapeMarkdown(l)}`)].join('  \n'),
          )
          .join('\n'),
      )
    }
  }
  return parts
}

/**
 * The export as CommonMark with GFM tables: title block, table of contents, numbered headings,
 * body and appendices. All text is escaped (no raw HTML comes through); guidance and comments are
 * left out.
 */
export function toMarkdown(content: ExportContent): string {
  const outline = buildOutline(content.doc)
  const appendices = buildAppendices(content)
  const body = outline.blocks.map(bodyBlock).filter((t) => t !== '')
  return `${[titlePage(titlePageOf(content.meta, outline)), tableOfContents(outline.headings, appendices), ...body, ...appendices.map(appendix)].join('\n\n')}\n`
}
