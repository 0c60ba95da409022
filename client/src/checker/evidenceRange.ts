import type { Evidence } from '@regiovisie/shared/checker'
import type { Node as PMNode } from '@tiptap/pm/model'

export interface TextRange {
  from: number
  to: number
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Where a piece of evidence is in the live document. The checker's positions are right for the
 * document it saw; typing since then (until the next debounced check) can shift them, so they are
 * used when the text there still starts like the quote, else the quote is looked up by its text.
 * Null when neither works (the sentence was deleted).
 */
export function evidenceRange(doc: PMNode, evidence: Evidence): TextRange | null {
  const { from, to, quote } = evidence
  const size = doc.content.size
  const given = from !== undefined && to !== undefined && from >= 0 && from < to && to <= size
  const head = squash(quote).slice(0, 24)
  if (given && squash(doc.textBetween(from, to, ' ', ' ')).startsWith(head)) return { from, to }

  let found: TextRange | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (!node.isTextblock) return true
    // Offsets in textContent equal positions only while the block holds text alone (no hard breaks).
    const at = node.textContent.indexOf(quote)
    if (at >= 0) found = { from: pos + 1 + at, to: pos + 1 + at + quote.length }
    return false
  })
  return found ?? (given ? { from, to } : null)
}
