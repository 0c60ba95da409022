import { PLAIN_LANGUAGE_SECTION } from '../checker/plainLanguage.ts'
import type { JSONContent } from '../schema/index.ts'

/** Headings deeper than this are numbered in the text but left out of the table of contents. */
export const TOC_DEPTH = 3

/** What the export prints under a chapter (or section) that has no text yet. */
export const EMPTY_SECTION_TEXT = 'Nog niet ingevuld'

/** A heading of the body, as it appears in the text and the table of contents. */
export interface OutlineHeading {
  /**
   * "2", "2.1", "2.1.3"; null when the document numbers its own chapters ("Opgave 3. …"), so
   * that no chapter carries two numbers.
   */
  number: string | null
  /** 1 for a chapter, 2 for a section of it, … (independent of the editor's heading levels). */
  depth: number
  text: string
  /** Anchor for links from the table of contents ("h-2-1"); unique whether numbers are shown or not. */
  id: string
  /** The opgave this heading is the section of (the template's `opgave` attribute), if any. */
  opgave: number | null
  /** Nothing but (empty) sub-headings until the next heading of this depth or higher. */
  empty: boolean
}

export interface OutlineBlock {
  node: JSONContent
  /** Set for the body's own headings (the top-level ones). */
  heading?: OutlineHeading
  /**
   * Set on a heading that stands for an empty section and has no sub-headings of its own: the
   * export prints EMPTY_SECTION_TEXT under it instead of a bare heading.
   */
  markEmpty?: boolean
}

/** The template's title heading (`section: "titel"`) and what stands under it before the first chapter. */
export interface TitleBlock {
  /** The title as typed in the document; null when it is empty. */
  title: string | null
  /** The lines under the title ("Regio: … · Gemeenten: …", a subtitle), guidance and empty paragraphs left out. */
  blocks: JSONContent[]
}

export interface ExportOutline {
  /** The document's title block; null for a document without one (an import): the title page uses the record. */
  titleBlock: TitleBlock | null
  /** The top-level blocks of the body, in order: without guidance, the title block or empty paragraphs. */
  blocks: OutlineBlock[]
  headings: OutlineHeading[]
  /** The chapters (depth 1) with no text yet, in order. */
  emptyChapters: OutlineHeading[]
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

const isTitleHeading = (node: JSONContent) => node.type === 'heading' && node.attrs?.section === 'titel'

/**
 * A chapter title that carries its own number or label: "Opgave 3. Governance", "3. Inkoop",
 * "2.1 Aanleiding", "Hoofdstuk 4". A document with such chapters is numbered by its writers.
 */
const OWN_NUMBER = /^\s*(?:(?:opgave|hoofdstuk|deel|paragraaf)\s+\d+|\d+(?:\.\d+)*[.)]?(?=\s))/i

function opgaveOf(node: JSONContent): number | null {
  const value = node.attrs?.opgave
  return typeof value === 'number' && Number.isInteger(value) ? value : null
}

/** Template chapters a region may leave out: left empty, they are not exported (not even as "not filled in"). */
const OPTIONAL_SECTIONS = new Set([PLAIN_LANGUAGE_SECTION])

function withoutEmptyOptional(nodes: JSONContent[]): JSONContent[] {
  return nodes.filter((node, i) => {
    if (node.type !== 'heading' || !OPTIONAL_SECTIONS.has(String(node.attrs?.section))) return true
    const level = Number(node.attrs?.level) || 1
    const next = nodes[i + 1]
    // Keep it when text (or a deeper heading) follows before the next heading of its level or higher.
    return next !== undefined && !(next.type === 'heading' && (Number(next.attrs?.level) || 1) <= level)
  })
}

/**
 * The export's view of a document. The template's title heading and the lines under it form the
 * title block, which the title page prints as typed (a renamed title reaches the council). The body
 * is numbered by the nesting of its headings, not their editor levels: a document whose chapters
 * are level-2 headings is numbered 1, 2, 3…, and a level-4 heading directly under a level-2 one is
 * "1.1", not "1.0.1" — unless one of its chapters carries a number of its own ("Opgave 1. …"): then
 * the writers number the document and the export adds none, so no chapter reads "4 Opgave 1.".
 * Sections with no text are marked, so the council sees what is still open.
 */
export function buildOutline(doc: JSONContent): ExportOutline {
  const kept = withoutEmptyOptional(
    (doc.content ?? []).filter((node) => node.type !== 'guidance' && !isEmptyParagraph(node)),
  )
  let titleBlock: TitleBlock | null = null
  const body: JSONContent[] = []
  for (let i = 0; i < kept.length; i++) {
    const node = kept[i]!
    if (titleBlock || !isTitleHeading(node)) {
      body.push(node)
      continue
    }
    const title = plainText(node).replace(/\s+/g, ' ').trim()
    titleBlock = { title: title || null, blocks: [] }
    while (i + 1 < kept.length && kept[i + 1]!.type !== 'heading') titleBlock.blocks.push(kept[++i]!)
  }

  const blocks: OutlineBlock[] = []
  const headings: OutlineHeading[] = []
  const openLevels: number[] = []
  const counters: number[] = []
  for (const node of body) {
    if (node.type !== 'heading') {
      blocks.push({ node })
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
      text: plainText(node).replace(/\s+/g, ' ').trim(),
      id: `h-${number.replaceAll('.', '-')}`,
      opgave: opgaveOf(node),
      empty: false,
    }
    headings.push(heading)
    blocks.push({ node, heading })
  }

  // A section is empty when nothing but headings follows it before the next heading of its depth or higher.
  blocks.forEach((block, i) => {
    const heading = block.heading
    if (!heading) return
    let hasText = false
    for (let k = i + 1; k < blocks.length; k++) {
      const next = blocks[k]!.heading
      if (!next) {
        hasText = true
        break
      }
      if (next.depth <= heading.depth) break
    }
    heading.empty = !hasText
    const following = blocks[i + 1]?.heading
    if (heading.empty && !(following && following.depth > heading.depth)) block.markEmpty = true
  })

  if (headings.some((h) => h.depth === 1 && OWN_NUMBER.test(h.text))) for (const h of headings) h.number = null
  return { titleBlock, blocks, headings, emptyChapters: headings.filter((h) => h.depth === 1 && h.empty) }
}
