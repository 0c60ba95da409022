import type { Block } from '../checker/outline.ts'

/** A part of the document under one chapter heading, with the blocks that hold its text. */
export interface ReadingSection {
  /** The heading block, or null for the text before the first heading. */
  heading: Block | null
  /** Paragraphs, list items and table rows of the section (subheadings left out), empty ones left out. */
  blocks: Block[]
}

/**
 * Splits the checker's blocks (`toBlocks`) into the parts a reader thinks of as chapters: a section
 * starts at every heading of level 1 or 2 (in a document whose headings all are deeper, at its top
 * level), so the template's opgaven and an imported file's chapters each get their own, and deeper
 * headings stay inside. The template's title block (`section: "titel"`: the region and the
 * municipalities) is no running text and is left out. Text before the first heading is a section
 * with a null heading.
 */
export function readingSections(blocks: readonly Block[]): ReadingSection[] {
  let top = Number.POSITIVE_INFINITY
  for (const b of blocks) if (b.type === 'heading' && b.section !== 'titel') top = Math.min(top, b.level ?? 1)
  const chapterLevel = Math.max(2, top)

  const sections: ReadingSection[] = []
  let current: ReadingSection | null = null
  let inTitle = false
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (block.section === 'titel') inTitle = true
      else if ((block.level ?? 1) <= chapterLevel) {
        current = { heading: block, blocks: [] }
        sections.push(current)
        inTitle = false
      }
      continue
    }
    if (inTitle || !block.text) continue
    if (!current) {
      current = { heading: null, blocks: [] }
      sections.push(current)
    }
    current.blocks.push(block)
  }
  return sections
}
