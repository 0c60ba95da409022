import type { JSONContent } from '@tiptap/core'

/** One text block of the document: a heading, a paragraph (also inside a list item) or a table row. */
export interface Block {
  /** Position in document order, counting blocks from 0. */
  index: number
  type: 'heading' | 'paragraph' | 'tableRow'
  /** The block's text; a table row's cells are joined with " | ". */
  text: string
  /** Heading level, for headings. */
  level?: number
  /** The heading's own `opgave` attribute. */
  opgave?: number
  /** The heading's own `section` attribute. */
  section?: string
  /** ProseMirror position of the first character of `text` (paragraphs and headings map offsets 1:1). */
  from: number
  /** ProseMirror position just after the block's text. */
  to: number
  /**
   * A block joined from two nodes (a line misread as a heading and the paragraph it breaks into): from
   * offset `at` on, positions lie `gap` further than `from + offset`.
   */
  join?: { at: number; gap: number }
  /** Index of the nearest heading above this block, or -1. */
  heading: number
  /** Indexes of all enclosing headings, outermost first (for headings: their parents). */
  headings: number[]
  /** The `opgave` of the nearest enclosing heading that has one (a template section). */
  inOpgave?: number
  /** List items and table rows: the paragraph that introduces the list or table. */
  lead?: number
  /** Table rows: the table's header row. */
  header?: number
  /** True for a table's header row: context for the rows below it, not evidence itself. */
  isHeader?: boolean
  /** True for a paragraph inside a list item. */
  listItem?: boolean
}

/** The ProseMirror position of an offset in a block's text. */
export function positionIn(block: Block, offset: number): number {
  return block.from + offset + (block.join && offset >= block.join.at ? block.join.gap : 0)
}

// Nodes without content that still take one position in ProseMirror.
const LEAVES = new Set(['hardBreak', 'guidance', 'horizontalRule', 'image'])

function nodeSize(node: JSONContent): number {
  if (node.type === 'text') return node.text?.length ?? 0
  if (node.type && LEAVES.has(node.type)) return 1
  let size = 2
  for (const child of node.content ?? []) size += nodeSize(child)
  return size
}

function inlineText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  if (node.type === 'guidance') return ''
  return (node.content ?? []).map(inlineText).join('')
}

function cellText(cell: JSONContent): string {
  const parts: string[] = []
  const visit = (n: JSONContent): void => {
    if (n.type === 'paragraph' || n.type === 'heading') {
      const t = inlineText(n).trim()
      if (t) parts.push(t)
      return
    }
    for (const c of n.content ?? []) visit(c)
  }
  visit(cell)
  return parts.join(' ')
}

/**
 * Flattens a ProseMirror JSON document into its text blocks, guidance left out, with the positions
 * and context (enclosing headings, the paragraph that introduces a list or table) the checker needs.
 */
export function toBlocks(doc: JSONContent): Block[] {
  const blocks: Block[] = []
  const stack: Block[] = [] // enclosing headings, by level
  // The indexes of the stack, shared by every block until the stack changes (never mutated).
  let headings: number[] | null = null
  const enclosing = (): number[] => {
    headings ??= stack.map((h) => h.index)
    return headings
  }
  let lastParagraph = -1 // last paragraph outside lists/tables, to be a list's lead

  const base = (type: Block['type'], text: string, from: number, to: number): Block => {
    const parent = stack.at(-1)
    const block: Block = {
      index: blocks.length,
      type,
      text,
      from,
      to,
      heading: parent ? parent.index : -1,
      headings: enclosing(),
      // Every optional field present from the start: one object shape for all blocks.
      level: undefined,
      opgave: undefined,
      section: undefined,
      join: undefined,
      inOpgave: undefined,
      lead: undefined,
      header: undefined,
      isHeader: undefined,
      listItem: undefined,
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i]?.opgave
      if (o !== undefined) {
        block.inOpgave = o
        break
      }
    }
    return block
  }

  const textBlock = (node: JSONContent, pos: number, lead: number | undefined): void => {
    const raw = inlineText(node)
    const text = raw.trim()
    const start = pos + 1 + (raw.length - raw.trimStart().length)
    if (node.type === 'heading') {
      const level = Number(node.attrs?.level ?? 1)
      while (stack.length && (stack.at(-1)?.level ?? 1) >= level) stack.pop()
      headings = null
      const block = base('heading', text, start, start + text.length)
      block.level = level
      const opgave = Number(node.attrs?.opgave)
      if (node.attrs?.opgave != null && Number.isInteger(opgave) && opgave > 0) block.opgave = opgave
      if (typeof node.attrs?.section === 'string') block.section = node.attrs.section
      blocks.push(block)
      stack.push(block)
      headings = null
      lastParagraph = -1
      return
    }
    // Empty paragraphs are blocks too (so that indexes count every paragraph), but never a lead-in.
    const block = base('paragraph', text, start, start + text.length)
    if (lead !== undefined) {
      block.listItem = true
      if (lead >= 0) block.lead = lead
    } else if (text) {
      // A paragraph right after one that ends in a colon is introduced by it, as a list is ("De regio
      // contracteert de volgende vormen:" over lines that were a table in the PDF).
      const before = blocks.at(-1)
      if (before?.type === 'paragraph' && !before.listItem && before.text.endsWith(':')) block.lead = before.index
      lastParagraph = block.index
    }
    blocks.push(block)
  }

  const visitTable = (table: JSONContent, pos: number, lead: number): void => {
    let rowPos = pos + 1
    let header: number | undefined
    const rows = table.content ?? []
    rows.forEach((row, i) => {
      const cells = row.content ?? []
      const text = cells.map(cellText).join(' | ')
      if (text.replace(/[|\s]/g, '')) {
        const block = base('tableRow', text, rowPos + 1, rowPos + nodeSize(row) - 1)
        if (lead >= 0) block.lead = lead
        // A first row of header cells, or (as in converted DOCX) a first row without figures.
        const allHeaderCells = cells.length > 0 && cells.every((c) => c.type === 'tableHeader')
        if (i === 0 && (allHeaderCells || (rows.length >= 3 && !/\d/.test(text)))) {
          block.isHeader = true
          header = block.index
        } else if (header !== undefined) block.header = header
        blocks.push(block)
      }
      rowPos += nodeSize(row)
    })
  }

  // `lead` is undefined outside lists; inside a list it is the introducing paragraph (or -1).
  const visit = (node: JSONContent, pos: number, lead: number | undefined): void => {
    switch (node.type) {
      case 'guidance':
        return
      case 'paragraph':
      case 'heading':
        textBlock(node, pos, lead)
        return
      case 'table':
        visitTable(node, pos, lead ?? lastParagraph)
        return
      case 'bulletList':
      case 'orderedList': {
        // An item that ends in a colon introduces the items after it, when a flattened text put them in one
        // list ("b) Regionaal gecontracteerde vormen … worden gecontracteerd:" over "1. crisishulp", "2. …").
        let listLead = lead ?? lastParagraph
        let p = pos + 1
        for (const item of node.content ?? []) {
          let q = p + 1
          let itemLead = listLead
          for (const child of item.content ?? []) {
            const before = blocks.length
            visit(child, q, itemLead)
            // A nested list is introduced by its item's own paragraph.
            if (child.type === 'paragraph' && blocks.length > before) {
              itemLead = blocks.length - 1
              // (only an item that is that line alone: one with its own table or list introduces those)
              if (item.content?.length === 1 && blocks[itemLead]?.text.endsWith(':')) listLead = itemLead
            }
            q += nodeSize(child)
          }
          p += nodeSize(item)
        }
        return
      }
      default: {
        let p = node.type === 'doc' ? 0 : pos + 1
        for (const child of node.content ?? []) {
          visit(child, p, lead)
          p += nodeSize(child)
        }
      }
    }
  }
  visit(doc, 0, undefined)
  return blocks
}
