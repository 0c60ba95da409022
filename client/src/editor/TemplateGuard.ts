import { Extension } from '@tiptap/core'
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model'
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/**
 * A key per top-level node that belongs to the template's structure: headings of template sections
 * (an opgave or a context section such as "inleiding") and guidance blocks. Everything else is
 * the region's own text and null.
 */
export function structureKey(node: PMNode): string | null {
  if (node.type.name === 'guidance') return `guidance:${String(node.attrs.text ?? '')}`
  if (node.type.name === 'heading') {
    if (node.attrs.opgave != null) return `opgave:${String(node.attrs.opgave)}`
    if (node.attrs.section != null) return `section:${String(node.attrs.section)}`
  }
  return null
}

function isStructure(node: PMNode | null | undefined): boolean {
  return !!node && structureKey(node) !== null
}

/** How often each structure key occurs among the document's top-level blocks. */
function structureCounts(doc: PMNode): Map<string, number> {
  const counts = new Map<string, number>()
  doc.forEach((node) => {
    const key = structureKey(node)
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  return counts
}

/** True when `after` lost (or changed the type of) a structure block that `before` had. */
export function removesStructure(before: PMNode, after: PMNode): boolean {
  const then = structureCounts(before)
  if (then.size === 0) return false
  const now = structureCounts(after)
  for (const [key, n] of then) if ((now.get(key) ?? 0) < n) return true
  return false
}

/** A transaction made by the Yjs binding: a remote change, an undo step or the initial load. */
export function isRemote(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta !== undefined
}

/** The top-level block that holds `$pos`, with its index, or null at the document level. */
function topBlock($pos: ResolvedPos): { index: number } | null {
  return $pos.depth >= 1 ? { index: $pos.index(0) } : null
}

/**
 * Backspace at the start of the first writing line of a section (right under the guidance or the
 * heading) would select and then delete the guidance, or pull the line into the heading. Delete at
 * the end of the last line before a heading would do the same forward. Both are swallowed: the
 * structure stays and so does the writing line.
 */
function atStructureEdge(state: EditorState, direction: -1 | 1): boolean {
  const { selection, doc } = state
  if (!selection.empty) return false
  const $pos = selection.$from
  const parent = $pos.parent
  if (!parent.isTextblock) return false
  if (direction < 0 ? $pos.parentOffset !== 0 : $pos.parentOffset !== parent.content.size) return false
  const top = topBlock($pos)
  if (!top) return false
  // Only when the textblock is the first (last) thing in its top-level block: inside a list the
  // key first lifts or joins list items, which never touches the structure.
  const block = doc.child(top.index)
  if (block !== parent) return false
  // A template heading's own text: Backspace at its start or Delete at its end would merge it.
  if (isStructure(parent)) return true
  const neighbour = direction < 0 ? (top.index > 0 ? doc.child(top.index - 1) : null) : doc.maybeChild(top.index + 1)
  return isStructure(neighbour)
}

export const templateGuardKey = new PluginKey('templateGuard')

/** Dispatched (bubbling) on the editor's element when the guard dropped an edit, for a hint. */
export const STRUCTURE_KEPT_EVENT = 'regiovisie:structure-kept'

/**
 * Keeps the template's structure (section headings, guidance) in place while people write. Local
 * edits that would remove a structure block (Backspace, Delete, deleting or typing over a
 * selection, cut, drag, turning a heading into a paragraph) are dropped. Transactions from the Yjs
 * binding (remote edits, undo, the initial load) are never filtered: the shared document must stay
 * the same for everyone, and a version restore legitimately replaces blocks.
 */
export const TemplateGuard = Extension.create({
  name: 'templateGuard',
  // Before the core keymap's Backspace and Delete (joinBackward, selectNodeBackward, …).
  priority: 1001,

  addKeyboardShortcuts() {
    const guard = (direction: -1 | 1) => () => {
      if (!this.editor.isEditable || !atStructureEdge(this.editor.state, direction)) return false
      this.editor.view.dom.dispatchEvent(new CustomEvent(STRUCTURE_KEPT_EVENT, { bubbles: true }))
      return true
    }
    return { Backspace: guard(-1), 'Mod-Backspace': guard(-1), Delete: guard(1), 'Mod-Delete': guard(1) }
  },

  addProseMirrorPlugins() {
    const onBlocked = () => this.editor.view.dom.dispatchEvent(new CustomEvent(STRUCTURE_KEPT_EVENT, { bubbles: true }))
    return [
      new Plugin({
        key: templateGuardKey,
        filterTransaction(tr, state) {
          if (!tr.docChanged || isRemote(tr)) return true
          if (!removesStructure(state.doc, tr.doc)) return true
          onBlocked()
          return false
        },
      }),
    ]
  },
})
