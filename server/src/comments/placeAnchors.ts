import { Anchor } from '@regiovisie/shared/comment-requests'
import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
import type { Node as PMNode } from '@tiptap/pm/model'
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

// Callers import this module dynamically: with the editor binding and ProseMirror's view it needs
// some 10 MB per server process, which a server that only syncs documents never has to load.

/** Where an anchor sits in the document now. */
export interface Placement {
  /** The opgave section containing it (null outside the opgave sections). */
  opgave: number | null
  /** Heading of the innermost section containing it. */
  section: string | null
  /** The anchored text now. */
  quote: string | null
  /** The anchored text is gone (or the anchor never pointed into this document). */
  detached: boolean
}

/** The innermost section heading and the enclosing opgave of top-level block `index`. */
function sectionOf(doc: PMNode, index: number): { opgave: number | null; section: string | null } {
  let section: string | null = null
  let minLevel = Number.POSITIVE_INFINITY
  for (let i = Math.min(index, doc.childCount - 1); i >= 0; i--) {
    const node = doc.child(i)
    if (node.type.name !== 'heading') continue
    const level = Number(node.attrs.level)
    if (level >= minLevel) continue
    section ??= node.textContent
    if (node.attrs.opgave != null) return { opgave: Number(node.attrs.opgave), section }
    minLevel = level
  }
  return { opgave: null, section }
}

/**
 * Places anchors in the current document: a text range (Yjs relative positions, which follow
 * the text as people edit) or a whole opgave section. Builds the ProseMirror view of the Yjs
 * document once for all anchors. An empty range is detached (its text was deleted) unless
 * `allowEmpty[i]` says it is a point on purpose: a proposal to insert text there.
 */
export function placeAnchors(ydoc: Y.Doc, anchors: unknown[], allowEmpty: readonly boolean[] = []): Placement[] {
  const fragment = ydoc.getXmlFragment(FRAGMENT_NAME)
  let view: ReturnType<typeof initProseMirrorDoc>
  try {
    // The binding deletes what it cannot show from `ydoc`: callers pass a copy (readDocument).
    view = initProseMirrorDoc(fragment, getDocumentModel())
  } catch {
    // A document the binding cannot build (e.g. nested beyond its stack) places nothing.
    return anchors.map(() => ({ opgave: null, section: null, quote: null, detached: true }))
  }
  const { doc, mapping } = view
  return anchors.map((raw, i): Placement => {
    const parsed = Anchor.safeParse(raw)
    if (!parsed.success) return { opgave: null, section: null, quote: null, detached: true }
    const anchor = parsed.data
    if ('opgave' in anchor) {
      for (let i = 0; i < doc.childCount; i++) {
        const node = doc.child(i)
        if (node.type.name === 'heading' && Number(node.attrs.opgave) === anchor.opgave) {
          return { opgave: anchor.opgave, section: node.textContent, quote: null, detached: false }
        }
      }
      return { opgave: anchor.opgave, section: null, quote: null, detached: true }
    }
    const resolve = (json: unknown) => {
      try {
        return relativePositionToAbsolutePosition(ydoc, fragment, Y.createRelativePositionFromJSON(json), mapping)
      } catch {
        return null
      }
    }
    const from = resolve(anchor.from)
    const to = resolve(anchor.to)
    const empty = to === from && allowEmpty[i] === true
    if (from === null || to === null || (to <= from && !empty) || to > doc.content.size) {
      return { opgave: null, section: null, quote: null, detached: true }
    }
    const { opgave, section } = sectionOf(doc, doc.resolve(from).index(0))
    return { opgave, section, quote: doc.textBetween(from, to, '\n').slice(0, 2000), detached: false }
  })
}
