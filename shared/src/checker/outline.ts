import type { JSONContent } from '@tiptap/core'

/** One text block of the document (paragraph, heading, list item paragraph, table cell…). */
export interface Block {
  /** Position in document order, counting text blocks from 0. */
  index: number
  type: string
  text: string
  /** Heading level, for headings. */
  level?: number
  opgave?: number
  section?: string
}

export interface Section {
  heading: Block | null
  /** The blocks under the heading, up to the next heading of the same or a higher level. */
  blocks: Block[]
}

function inlineText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

/** Flattens a ProseMirror JSON document into its text blocks, guidance left out. */
export function toBlocks(doc: JSONContent): Block[] {
  const blocks: Block[] = []
  const visit = (node: JSONContent): void => {
    if (node.type === 'guidance') return
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block: Block = { index: blocks.length, type: node.type, text: inlineText(node).trim() }
      if (node.type === 'heading') {
        block.level = Number(node.attrs?.level ?? 1)
        const opgave = Number(node.attrs?.opgave)
        if (Number.isInteger(opgave) && opgave > 0) block.opgave = opgave
        if (typeof node.attrs?.section === 'string') block.section = node.attrs.section
      }
      blocks.push(block)
      return
    }
    for (const child of node.content ?? []) visit(child)
  }
  visit(doc)
  return blocks
}

/** Splits blocks into sections at every heading (nesting is kept by `sectionOf`). */
export function toSections(blocks: Block[]): Section[] {
  const sections: Section[] = [{ heading: null, blocks: [] }]
  for (const block of blocks) {
    if (block.type === 'heading') sections.push({ heading: block, blocks: [] })
    else sections.at(-1)?.blocks.push(block)
  }
  return sections.filter((s) => s.heading || s.blocks.length > 0)
}

/** The blocks under `heading` up to the next heading of the same or a higher level. */
export function sectionBody(blocks: Block[], heading: Block): Block[] {
  const body: Block[] = []
  for (let i = heading.index + 1; i < blocks.length; i++) {
    const b = blocks[i]
    if (!b) break
    if (b.type === 'heading' && (b.level ?? 1) <= (heading.level ?? 1)) break
    body.push(b)
  }
  return body
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
}
