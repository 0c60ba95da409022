import type { RelativePositionJSON } from '@regiovisie/shared/comments'
import { FRAGMENT_NAME, getDocumentSchema } from '@regiovisie/shared/schema'
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/**
 * A range anchor on the first occurrence of `text`, made the way the editor makes it: ProseMirror
 * positions turned into Yjs relative positions.
 */
export function rangeAnchor(
  ydoc: Y.Doc,
  text: string,
): { from: RelativePositionJSON; to: RelativePositionJSON; quote: string } {
  const fragment = ydoc.getXmlFragment(FRAGMENT_NAME)
  const { doc, mapping } = initProseMirrorDoc(fragment, getDocumentSchema())
  let from = -1
  doc.descendants((node, pos) => {
    if (from >= 0 || !node.isText) return from < 0
    const i = node.text?.indexOf(text) ?? -1
    if (i >= 0) from = pos + i
    return false
  })
  if (from < 0) throw new Error(`text not found: ${text}`)
  const rel = (pos: number) =>
    Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, fragment, mapping)) as RelativePositionJSON
  return { from: rel(from), to: rel(from + text.length), quote: text }
}
