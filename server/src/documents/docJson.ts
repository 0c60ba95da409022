import type { JSONContent } from '@regiovisie/shared/schema'
import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
import type { Node as PMNode, Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'

/** Deeper nesting than this is left out when a document is read (the sync server refuses it). */
const MAX_READ_DEPTH = 32

/** ProseMirror JSON → a Yjs update holding it in the `default` fragment (the editor's field). */
export function jsonToYUpdate(json: JSONContent): Uint8Array {
  const doc = new Y.Doc()
  try {
    // Validates against the shared schema: invalid content throws instead of being stored.
    const node = getDocumentModel().nodeFromJSON(json)
    node.check()
    const fragment = doc.getXmlFragment(FRAGMENT_NAME)
    doc.transact(() => fragment.insert(0, yChildren(node)))
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * The Yjs types of a ProseMirror node's children, laid out as the editor's binding (y-tiptap) lays
 * them out, so the editor reads them back unchanged: an element per node with its non-null
 * attributes, and each run of text nodes as one Y.XmlText with its marks as formatting attributes
 * (`{ bold: {} }`). Written here so seeding a document does not load the editor binding and
 * ProseMirror's view (some 10 MB per server process). Marks that may overlap themselves get a
 * hashed name in the binding; the shared schema has none (docJson.test.ts checks).
 */
function yChildren(parent: PMNode): Array<Y.XmlElement | Y.XmlText> {
  const children: Array<Y.XmlElement | Y.XmlText> = []
  let run: PMNode[] = []
  const endRun = () => {
    if (!run.length) return
    const text = new Y.XmlText()
    text.applyDelta(run.map((t) => ({ insert: t.text ?? '', attributes: markAttributes(t) })))
    children.push(text)
    run = []
  }
  parent.forEach((child) => {
    if (child.isText) {
      run.push(child)
      return
    }
    endRun()
    const element = new Y.XmlElement(child.type.name)
    for (const [key, value] of Object.entries(child.attrs)) {
      if (value !== null && key !== 'ychange') element.setAttribute(key, value)
    }
    element.insert(0, yChildren(child))
    children.push(element)
  })
  endRun()
  return children
}

function markAttributes(text: PMNode): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const mark of text.marks) attributes[mark.type.name] = mark.attrs
  return attributes
}

/**
 * The Tiptap document of a Y.Doc as ProseMirror JSON that is valid in the shared schema.
 *
 * Same output as y-tiptap's `yXmlFragmentToProsemirrorJSON` for a valid document, but iterative
 * (nesting cannot overflow the stack) and repairing: unknown nodes and marks, text outside
 * textblocks and nesting beyond a bound are left out, and a top-level block the schema rejects
 * is read as a paragraph of its text, so no reader (check, comments, export) fails on it.
 */
export function yDocToJson(doc: Y.Doc): JSONContent {
  const schema = getDocumentModel()
  const root: JSONContent = { type: 'doc', content: [] }
  const todo: Array<{ from: Y.XmlFragment; into: JSONContent; depth: number }> = [
    { from: doc.getXmlFragment(FRAGMENT_NAME), into: root, depth: 0 },
  ]
  for (let next = todo.pop(); next; next = todo.pop()) {
    const { from, into, depth } = next
    const parentType = schema.nodes[into.type ?? '']
    const content: JSONContent[] = []
    for (const child of from.toArray()) {
      if (child instanceof Y.XmlText) {
        if (parentType?.inlineContent) for (const node of textNodes(child, schema)) content.push(node)
      } else if (child instanceof Y.XmlElement && schema.nodes[child.nodeName] && depth < MAX_READ_DEPTH) {
        const node: JSONContent = { type: child.nodeName }
        const attrs = child.getAttributes()
        if (Object.keys(attrs).length) node.attrs = attrs
        content.push(node)
        todo.push({ from: child, into: node, depth: depth + 1 })
      }
    }
    if (content.length) into.content = content
  }
  return validBlocks(root, schema)
}

function textNodes(text: Y.XmlText, schema: Schema): JSONContent[] {
  const nodes: JSONContent[] = []
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert !== 'string' || op.insert === '') continue
    const node: JSONContent = { type: 'text', text: op.insert }
    if (op.attributes) {
      const marks = Object.entries(op.attributes)
        .map(([key, attrs]) => ({ type: key.split('--')[0] ?? key, attrs: attrs as Record<string, unknown> }))
        .filter((mark) => schema.marks[mark.type])
      if (marks.length) node.marks = marks
    }
    nodes.push(node)
  }
  return nodes
}

/** Keeps the document as it is when the schema accepts it; otherwise repairs block by block. */
function validBlocks(doc: JSONContent, schema: Schema): JSONContent {
  if (accepts(doc, schema)) return doc
  const blocks = (doc.content ?? []).flatMap((block): JSONContent[] => {
    if (accepts(block, schema)) return [block]
    const text = plainText(block)
    return text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : []
  })
  return { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] }
}

function accepts(node: JSONContent, schema: Schema): boolean {
  try {
    schema.nodeFromJSON(node).check()
    return true
  } catch {
    return false
  }
}

/** The text of a JSON subtree, iteratively, with a space between blocks. */
function plainText(node: JSONContent): string {
  const parts: string[] = []
  const todo = [node]
  for (let next = todo.pop(); next; next = todo.pop()) {
    if (next.type === 'text') parts.push(next.text ?? '')
    else if (next.content) {
      parts.push(' ')
      for (let i = next.content.length - 1; i >= 0; i--) todo.push(next.content[i] as JSONContent)
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
