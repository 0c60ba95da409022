import type { Block } from './outline.ts'

/** Words a title never ends with: an article, a preposition or a conjunction that needs what follows. */
const OPEN_END = /\s(de|het|een|van|voor|op|in|met|tot|en|of|bij|naar|aan|te|om|dat|die|over|uit)$/i
/** A paragraph that goes on with a sentence: lower case, a figure, a bracket or a comma first… */
const GOES_ON = /^[\p{Ll}\d(),;]/u
/** …or a name that ends the sentence begun above ("Kleiland, een bedrijfsvoeringsorganisatie."). */
const ENDS_NAME = /^\S+[,.;)]\s/u
/** A paragraph numbered as a section of its own ("4.1 Jeugdbescherming …"). */
const NUMBERED = /^\d+(\.\d+)*\.?\s+\p{Lu}/u
const SENTENCE_END = /[.!?:;]$/
/** A heading led by a numbered label ("Aanbeveling 8 – Breid de afspraken uit"): a title, even if it ends open. */
const LABELLED = /^\p{L}+ \d+[a-z]?\s*[\u2013\u2014:-]\s/u
/** A wrapped line is as long as a line of text: a title this short is a title. */
const MIN_WORDS = 8

/**
 * Whether heading `h`, with paragraph `p` right under it, is the first line of a sentence that text
 * copied from a PDF broke off ("8.3 De contracten hebben een looptijd van zes jaar (1 januari 2025 tot
 * en met" / "31 december 2030), met …"): a long line without a sentence end, not in capitals, whose
 * paragraph goes on with the same sentence.
 */
function wrapped(h: Block, p: Block): boolean {
  if (h.opgave !== undefined || h.section !== undefined) return false
  if (SENTENCE_END.test(h.text) || h.text === h.text.toUpperCase() || LABELLED.test(h.text)) return false
  if (h.text.split(/\s+/).length < MIN_WORDS || NUMBERED.test(p.text)) return false
  return GOES_ON.test(p.text) || ENDS_NAME.test(p.text) || OPEN_END.test(h.text)
}

/**
 * A line of a table aligned with spaces that a text import took for a heading ("Gunning      1 oktober
 * 2026"): a label, a gap of three or more spaces, and a cell with a figure.
 */
const ALIGNED_ROW = /^\S.{0,80}?\S {3,}\S[^\n]{0,60}\d/u
function alignedRow(h: Block): boolean {
  return h.opgave === undefined && h.section === undefined && ALIGNED_ROW.test(h.text)
}

/**
 * The blocks with every heading that is really a wrapped line joined to the paragraph it breaks into
 * (one paragraph block, `join` keeping its positions exact), and the blocks below it moved to the
 * heading above. Indexes are renumbered, so they stay positions in the returned list.
 */
export function mendWrappedHeadings(blocks: Block[]): Block[] {
  // The title is never a wrapped line.
  const title = blocks.find((b) => b.type === 'heading')?.index ?? -1
  const joins = (i: number): boolean => {
    const h = blocks[i]!
    const p = blocks[i + 1]
    return (
      h.index > title &&
      h.type === 'heading' &&
      (h.level ?? 1) >= 2 &&
      p?.type === 'paragraph' &&
      !p.listItem &&
      p.heading === h.index &&
      wrapped(h, p)
    )
  }
  const row = (i: number): boolean => {
    const h = blocks[i]!
    return h.index > title && h.type === 'heading' && (h.level ?? 1) >= 2 && alignedRow(h)
  }
  // Almost every document has none: then the blocks are returned as they are.
  let any = false
  for (let i = 0; i < blocks.length && !any; i++) any = joins(i) || row(i)
  if (!any) return blocks
  const mended: Block[] = []
  // Old index → new index; a merged heading's index maps to its parent heading for the blocks below it.
  const index = new Map<number, number>()
  const parent = new Map<number, number>()
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i]!
    const p = blocks[i + 1]!
    if (joins(i)) {
      const at = h.text.length + 1
      const block: Block = {
        ...p,
        index: mended.length,
        text: `${h.text} ${p.text}`,
        from: h.from,
        join: { at, gap: p.from - (h.from + at) },
        heading: h.heading,
        headings: h.headings,
      }
      index.set(h.index, block.index)
      index.set(p.index, block.index)
      parent.set(h.index, h.heading)
      mended.push(block)
      i++
      continue
    }
    index.set(h.index, mended.length)
    if (row(i)) {
      // A row is a line of text under the heading above it.
      const { level: _level, ...rest } = h
      parent.set(h.index, h.heading)
      mended.push({ ...rest, type: 'paragraph', index: mended.length })
      continue
    }
    mended.push({ ...h, index: mended.length })
  }
  // A heading that was a wrapped line is no heading: what stood under it stands under its parent.
  const up = (old: number): number => {
    let o = old
    while (parent.has(o)) o = parent.get(o)!
    return o
  }
  const renumber = (old: number): number => (old < 0 ? old : index.get(old)!)
  for (const b of mended) {
    b.heading = renumber(up(b.heading))
    b.headings = b.headings.filter((x) => !parent.has(x)).map(renumber)
    if (b.lead !== undefined) b.lead = renumber(b.lead)
    if (b.header !== undefined) b.header = renumber(b.header)
  }
  return mended
}
