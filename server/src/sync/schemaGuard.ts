import { FRAGMENT_NAME, getDocumentSchema } from '@regiovisie/shared/schema'
import type { NodeType } from '@tiptap/pm/model'
import * as Y from 'yjs'

/**
 * Keeps what a client writes over the socket within the document schema, before it is stored.
 *
 * The check is structural, not the full content expressions: a node may only appear in a parent
 * whose content expression allows it somewhere, text only inside textblocks, marks only from the
 * schema, and nesting is bounded. Content expressions proper ("a list holds at least one item")
 * are left out on purpose: two valid concurrent edits can merge into a state that breaks them,
 * and refusing such an edit would make its author resend it forever. Readers repair those
 * (`yDocToJson`).
 */

/** Deepest nesting of elements below the root fragment (a regiovisie needs a handful). */
export const MAX_DEPTH = 32

const TEXT = '#text'

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are generic over their event type.
type AnyType = Y.AbstractType<any>

interface SchemaShape {
  /** Node name → the child names its content expression allows anywhere (TEXT for text). */
  children: Map<string, Set<string>>
  marks: Set<string>
}

let shape: SchemaShape | undefined
function schemaShape(): SchemaShape {
  if (shape) return shape
  const schema = getDocumentSchema()
  const children = new Map<string, Set<string>>()
  for (const type of Object.values(schema.nodes)) {
    children.set(type.name, childNames(type))
  }
  shape = { children, marks: new Set(Object.keys(schema.marks)) }
  return shape
}

/** Every node type reachable in `type`'s content expression (walks its finite automaton). */
function childNames(type: NodeType): Set<string> {
  const names = new Set<string>()
  const seen = new Set([type.contentMatch])
  const todo = [type.contentMatch]
  for (let match = todo.pop(); match; match = todo.pop()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i)
      names.add(edge.type.isText ? TEXT : edge.type.name)
      if (!seen.has(edge.next)) {
        seen.add(edge.next)
        todo.push(edge.next)
      }
    }
  }
  return names
}

function nodeName(type: AnyType, root: unknown): string | null {
  if (type instanceof Y.XmlElement) return type.nodeName
  return type === root ? 'doc' : null
}

/** Nesting depth of a type below the root fragment (root = 0), stopping past MAX_DEPTH. */
function depthOf(type: AnyType): number {
  let depth = 0
  for (let item = type._item; item && depth <= MAX_DEPTH; item = (item.parent as AnyType)._item) {
    depth++
  }
  return depth
}

/**
 * Deletes, inside `tr`, every item the transaction added or touched that breaks the schema's
 * structure. Returns how many items it deleted. Work is linear in the children of the changed
 * types plus the size of the subtrees the transaction inserted.
 */
export function repairTransaction(tr: Y.Transaction): number {
  const { children, marks } = schemaShape()
  const isNew = (item: Y.Item) => item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0)
  let removed = 0
  const drop = (item: Y.Item) => {
    item.delete(tr)
    removed++
  }

  // [type, its depth]: element children to check; new subtrees are walked iteratively.
  const todo: Array<[AnyType, number]> = []
  const root = tr.doc.share.get(FRAGMENT_NAME)
  for (const [type, keys] of tr.changed) {
    if (type._item?.deleted) continue
    // Other root types are not the document (no reader looks at them); stock tools keep data there.
    if (type._item === null && type !== root) continue
    if (type instanceof Y.XmlText) {
      checkText(type, marks, drop)
    } else if (keys.has(null)) {
      todo.push([type, depthOf(type)])
    }
  }

  for (let next = todo.pop(); next; next = todo.pop()) {
    const [parent, depth] = next
    const parentName = nodeName(parent, root)
    const allowed = parentName ? children.get(parentName) : undefined
    for (let item = parent._start; item; item = item.right) {
      if (item.deleted) continue
      const child = item.content instanceof Y.ContentType ? item.content.type : null
      let valid = false
      if (allowed && child instanceof Y.XmlText) valid = allowed.has(TEXT)
      else if (allowed && child instanceof Y.XmlElement) valid = allowed.has(child.nodeName) && depth < MAX_DEPTH
      if (!valid) {
        drop(item)
        continue
      }
      if (!isNew(item)) continue
      if (child instanceof Y.XmlText) checkText(child, marks, drop)
      else if (child) todo.push([child, depth + 1])
    }
  }
  return removed
}

/** Text holds strings and marks of the schema; y-prosemirror keeps inline nodes as elements. */
function checkText(text: Y.XmlText, marks: Set<string>, drop: (item: Y.Item) => void): void {
  for (let item = text._start; item; item = item.right) {
    if (item.deleted) continue
    const { content } = item
    if (content instanceof Y.ContentString) continue
    // y-prosemirror names a mark that may overlap itself `name--hash`.
    if (content instanceof Y.ContentFormat && marks.has(content.key.split('--')[0] ?? '')) continue
    drop(item)
  }
}
