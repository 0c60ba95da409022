import type { RelativePositionJSON } from '@regiovisie/shared/comments'
import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
import * as Y from 'yjs'

/** A proposal's anchor: two Yjs relative positions (equal for an insertion). */
export interface SuggestionAnchor {
  from: RelativePositionJSON
  to: RelativePositionJSON
}

/**
 * Where a proposal applies in the Yjs document: a span of one text (a paragraph's inline text), or
 * a spot in a text block that holds no text there (an empty paragraph), for an insertion.
 */
export type SuggestionTarget =
  | { kind: 'text'; text: Y.XmlText; from: number; to: number }
  | { kind: 'block'; block: Y.XmlElement; index: number }

/**
 * Why a range cannot carry a proposal: its text is gone or never was in this document (`detached`),
 * it spans more than one block or inline node (`across`), or it lies in the template's structure
 * (a template heading) or outside text blocks (`not_text`).
 */
export type RangeProblem = 'detached' | 'across' | 'not_text'

export type ResolvedRange =
  | { ok: true; target: SuggestionTarget; current: string }
  | { ok: false; problem: RangeProblem }

type Point = { text: Y.XmlText; offset: number } | { block: Y.XmlElement; index: number }

/** True when `type` is (inside) `fragment` and neither it nor any ancestor was deleted. */
function alive(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): boolean {
  let t: Y.AbstractType<unknown> | null = type
  while (t !== fragment) {
    const item: Y.Item | null = t?._item ?? null
    if (!item || item.deleted) return false
    t = item.parent as Y.AbstractType<unknown> | null
  }
  return true
}

function resolvePoint(doc: Y.Doc, fragment: Y.XmlFragment, json: unknown): Point | 'detached' | 'not_text' {
  let abs: Y.AbsolutePosition | null
  try {
    abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc)
  } catch {
    return 'detached'
  }
  if (!abs || !alive(abs.type, fragment)) return 'detached'
  const { type, index } = abs
  if (type instanceof Y.XmlText) return { text: type, offset: index }
  if (!(type instanceof Y.XmlElement)) return 'not_text'
  // A position between a block's children (the binding makes one for an empty paragraph): the text
  // beside it, if any, is where it lands.
  const before = index > 0 ? type.get(index - 1) : undefined
  if (before instanceof Y.XmlText) return { text: before, offset: before.length }
  const after = index < type.length ? type.get(index) : undefined
  if (after instanceof Y.XmlText) return { text: after, offset: 0 }
  return { block: type, index }
}

/** A block a proposal may change: a text block of the schema, not a heading of the template's structure. */
function writable(block: unknown): boolean {
  if (!(block instanceof Y.XmlElement)) return false
  if (!getDocumentModel().nodes[block.nodeName]?.isTextblock) return false
  const structural = (name: string) => {
    const v = block.getAttribute(name) as unknown
    return v !== undefined && v !== null && v !== ''
  }
  return !(block.nodeName === 'heading' && (structural('opgave') || structural('section')))
}

/** The characters of `text` between two offsets (formatting left out). */
export function sliceText(text: Y.XmlText, from: number, to: number): string {
  let out = ''
  let pos = 0
  for (const op of text.toDelta() as Array<{ insert: unknown }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1
    if (typeof op.insert === 'string' && pos + length > from && pos < to) {
      out += op.insert.slice(Math.max(0, from - pos), Math.min(length, to - pos))
    }
    pos += length
    if (pos >= to) break
  }
  return out
}

/** Formatting (Yjs attributes: the ProseMirror marks) of the character at `index`, or null past the end. */
function attributesAt(text: Y.XmlText, index: number): Record<string, unknown> | null {
  let pos = 0
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1
    if (index < pos + length) return { ...(op.attributes ?? {}) }
    pos += length
  }
  return null
}

/**
 * Resolves a proposal's anchor in `doc` (read only): the one text it lies in, with its current
 * text, or why it cannot be changed there.
 */
export function resolveSuggestionRange(doc: Y.Doc, anchor: SuggestionAnchor): ResolvedRange {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME)
  const from = resolvePoint(doc, fragment, anchor.from)
  const to = resolvePoint(doc, fragment, anchor.to)
  if (typeof from === 'string') return { ok: false, problem: from }
  if (typeof to === 'string') return { ok: false, problem: to }
  if ('text' in from && 'text' in to) {
    if (from.text !== to.text) return { ok: false, problem: 'across' }
    if (to.offset < from.offset) return { ok: false, problem: 'detached' }
    if (!writable(from.text.parent)) return { ok: false, problem: 'not_text' }
    return {
      ok: true,
      target: { kind: 'text', text: from.text, from: from.offset, to: to.offset },
      current: sliceText(from.text, from.offset, to.offset),
    }
  }
  if ('block' in from && 'block' in to) {
    if (from.block !== to.block || from.index !== to.index) return { ok: false, problem: 'across' }
    if (!writable(from.block)) return { ok: false, problem: 'not_text' }
    return { ok: true, target: { kind: 'block', block: from.block, index: from.index }, current: '' }
  }
  return { ok: false, problem: 'across' }
}

/** The text a proposal's range holds now, or null when it no longer lies within one text. */
export function currentSuggestionText(doc: Y.Doc, anchor: SuggestionAnchor): string | null {
  const range = resolveSuggestionRange(doc, anchor)
  return range.ok ? range.current : null
}

export type SuggestionUpdate = { ok: true; update: Uint8Array | null } | { ok: false; current: string | null }

/**
 * The Yjs update that replaces a proposal's range by `text` in `live`, computed on a copy (`live` is
 * not touched): one transaction that deletes exactly the range's characters and inserts `text`
 * where they were, with the formatting of the first replaced character (of the one before, for an
 * insertion; a link is not extended by an insertion). Nothing outside the range changes. When the
 * range's text is no longer `original` (or the range is gone or split) nothing is built and the
 * current text is returned: the proposal is stale.
 */
export function buildSuggestionUpdate(
  live: Y.Doc,
  anchor: SuggestionAnchor,
  original: string,
  text: string,
): SuggestionUpdate {
  const work = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(work, Y.encodeStateAsUpdate(live))
    const range = resolveSuggestionRange(work, anchor)
    if (!range.ok || range.current !== original) return { ok: false, current: range.ok ? range.current : null }
    let update: Uint8Array | null = null
    work.on('update', (u: Uint8Array) => {
      update = u
    })
    const { target } = range
    work.transact(() => {
      if (target.kind === 'block') {
        if (text) target.block.insert(target.index, [new Y.XmlText(text)])
        return
      }
      const { text: ytext, from, to } = target
      const insertion = from === to
      const attributes = attributesAt(ytext, insertion && from > 0 ? from - 1 : from) ?? {}
      if (insertion) delete attributes.link
      if (to > from) ytext.delete(from, to - from)
      // Explicit attributes: Yjs then also ends formatting of the character before that is not wanted.
      if (text) ytext.insert(from, text, attributes)
    })
    return { ok: true, update }
  } finally {
    work.destroy()
  }
}
