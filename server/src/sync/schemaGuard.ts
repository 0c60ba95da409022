import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
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
  const schema = getDocumentModel()
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

/** Where a type sits: inside the document fragment or not, still there, and how deep (root = 0). */
interface Place {
  inDocument: boolean
  alive: boolean
  depth: number
}

/**
 * Deletes, inside `tr`, every item the transaction added that breaks the schema's structure, and
 * returns how many it deleted. Only new items are looked at: what was stored before passed this
 * check when it arrived, and an element's name never changes, so a deletion cannot make anything
 * invalid. The new items are read from the struct store by the clock ranges the transaction added,
 * so the work is linear in what the update added (plus one step per new ancestor), not in the size
 * of the document: a new paragraph at the end of a long document costs what the paragraph costs.
 */
export function repairTransaction(tr: Y.Transaction): number {
  const { children, marks } = schemaShape()
  const root = tr.doc.share.get(FRAGMENT_NAME)
  let removed = 0
  const drop = (item: Y.Item) => {
    item.delete(tr)
    removed++
  }

  // Places of the parents seen in this transaction, found walking up once per type.
  const places = new Map<AnyType, Place>()
  const placeOf = (type: AnyType): Place => {
    const path: AnyType[] = []
    let t: AnyType = type
    let known = places.get(t)
    while (!known) {
      const item: Y.Item | null = t._item
      if (!item) {
        known = { inDocument: t === root, alive: true, depth: 0 }
        places.set(t, known)
        break
      }
      path.push(t)
      t = item.parent as AnyType
      known = places.get(t)
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as AnyType
      known = { inDocument: known.inDocument, alive: known.alive && !p._item?.deleted, depth: known.depth + 1 }
      places.set(p, known)
    }
    return known
  }

  // (tr.afterState is only filled in after the transaction; the struct store is already current.)
  for (const [client, structs] of tr.doc.store.clients) {
    const before = tr.beforeState.get(client) ?? 0
    if (Y.getState(tr.doc.store, client) <= before) continue
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const item = structs[i]
      // Skipped ranges, deletions, and map entries (attributes) are not content.
      if (!(item instanceof Y.Item) || item.deleted || item.parentSub !== null) continue
      const parent = item.parent
      if (!(parent instanceof Y.AbstractType)) continue
      const place = placeOf(parent)
      // Other root types are not the document (no reader looks at them); stock tools keep data there.
      if (!place.inDocument || !place.alive) continue
      if (parent instanceof Y.XmlText) {
        if (!isTextContent(item, marks)) drop(item)
        continue
      }
      const parentName = nodeName(parent, root)
      const allowed = parentName ? children.get(parentName) : undefined
      const child = item.content instanceof Y.ContentType ? item.content.type : null
      let valid = false
      if (allowed && child instanceof Y.XmlText) valid = allowed.has(TEXT)
      else if (allowed && child instanceof Y.XmlElement) valid = allowed.has(child.nodeName) && place.depth < MAX_DEPTH
      if (!valid) drop(item)
    }
  }
  return removed
}

/** Text holds strings and marks of the schema; y-prosemirror keeps inline nodes as elements. */
function isTextContent(item: Y.Item, marks: Set<string>): boolean {
  const { content } = item
  if (content instanceof Y.ContentString) return true
  // y-prosemirror names a mark that may overlap itself `name--hash`.
  return content instanceof Y.ContentFormat && marks.has(content.key.split('--')[0] ?? '')
}
