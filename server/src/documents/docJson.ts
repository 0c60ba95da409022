import { FRAGMENT_NAME, getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** ProseMirror JSON → a Yjs update holding it in the `default` fragment (the editor's field). */
export function jsonToYUpdate(json: JSONContent): Uint8Array {
  const doc = new Y.Doc()
  try {
    // Validates against the shared schema: invalid content throws instead of being stored.
    const node = getDocumentSchema().nodeFromJSON(json)
    node.check()
    prosemirrorJSONToYXmlFragment(getDocumentSchema(), json, doc.getXmlFragment(FRAGMENT_NAME))
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/** The Tiptap document of a Y.Doc as ProseMirror JSON. */
export function yDocToJson(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(FRAGMENT_NAME)) as JSONContent
}
