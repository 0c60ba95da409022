import { type JSONContent, nodeText } from '@regiovisie/shared/schema'
import type { DiffSegment } from '@regiovisie/shared/versions'
import { diffWords } from 'diff'

/** The document's text, one block per line (guidance left out). */
export function documentText(doc: JSONContent): string {
  const lines: string[] = []
  const visit = (node: JSONContent) => {
    if (node.type === 'guidance') return
    if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(nodeText(node))
      return
    }
    for (const child of node.content ?? []) visit(child)
  }
  visit(doc)
  return lines.filter((l) => l.trim() !== '').join('\n')
}

/** Word-level differences between two documents' text: what was inserted and deleted. */
export function diffDocuments(
  older: JSONContent,
  newer: JSONContent,
): { segments: DiffSegment[]; inserted: number; deleted: number } {
  const parts = diffWords(documentText(older), documentText(newer))
  const segments: DiffSegment[] = parts.map((p) => ({
    type: p.added ? 'insert' : p.removed ? 'delete' : 'equal',
    text: p.value,
  }))
  const words = (type: DiffSegment['type']) =>
    segments.filter((s) => s.type === type).reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0)
  return { segments, inserted: words('insert'), deleted: words('delete') }
}
