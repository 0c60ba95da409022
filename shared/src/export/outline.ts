import type { JSONContent } from '../schema/index.ts'

/** Headings deeper than this are numbered in the text but left out of the table of contents. */
export const TOC_DEPTH = 3

/** A numbered heading of the body, as it appears in the text and the table of contents. */
export interface OutlineHeading {
  /** "2", "2.1", "2.1.3". */
  number: string
  /** 1 for a chapter, 2 for a section of it, … (independent of the editor's heading levels). */
  depth: number
  text: string
  /** Anchor for links from the table of contents ("h-2-1"). */
  id: string
}

export interface OutlineBlock {
  node: JSONContent
  /** Set for the body's own headings (the top-level ones). */
  heading?: OutlineHeading
}

export interface ExportOutline {
  /** The top-level blocks to export, in order: without guidance, the title heading or empty paragraphs. */
  blocks: OutlineBlock[]
  headings: OutlineHeading[]
}

/** Text of a node as it is exported: guidance left out, hard breaks as spaces. */
export function plainText(node: JSONContent): string {
  if (node.type === 'guidance') return ''
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  return (node.content ?? []).map(plainText).join('')
}

/** A paragraph with nothing in it (the template's placeholders) is not exported. */
export function isEmptyParagraph(node: JSONContent): boolean {
  return node.type === 'paragraph' && plainText(node).trim() === ''
}

/** The line "Regio: … · Gemeenten: …" the template puts under the title: the title page says it better. */
function isTemplateMetaLine(node: JSONContent): boolean {
  return node.type === 'paragraph' && /^(Regio|Gemeenten): /.test(plainText(node))
}

/**
 * The body's numbered outline. Numbers follow the nesting of the headings, not their editor
 * levels: a document whose chapters are level-2 headings is numbered 1, 2, 3…, and a level-4
 * heading directly under a level-2 one is "1.1", not "1.0.1". The title heading the template
 * starts with (`section: "titel"`) and the region line under it are left out: the title page
 * shows both.
 */
export function buildOutline(doc: JSONContent): ExportOutline {
  const blocks: OutlineBlock[] = []
  const headings: OutlineHeading[] = []
  const openLevels: number[] = []
  const counters: number[] = []
  let titleSeen = false
  for (const node of doc.content ?? []) {
    if (node.type === 'guidance' || isEmptyParagraph(node)) continue
    const afterTitle = titleSeen
    titleSeen = false
    if (afterTitle && isTemplateMetaLine(node)) continue
    if (node.type !== 'heading') {
      blocks.push({ node })
      continue
    }
    if (node.attrs?.section === 'titel') {
      titleSeen = true
      continue
    }
    const level = Number(node.attrs?.level) || 1
    while (openLevels.length > 0 && openLevels[openLevels.length - 1]! >= level) openLevels.pop()
    openLevels.push(level)
    const depth = openLevels.length
    counters.length = depth
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1
    const number = counters.join('.')
    const heading: OutlineHeading = {
      number,
      depth,
      text: plainText(node).trim(),
      id: `h-${number.replaceAll('.', '-')}`,
    }
    headings.push(heading)
    blocks.push({ node, heading })
  }
  return { blocks, headings }
}
