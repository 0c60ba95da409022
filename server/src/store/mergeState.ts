import * as Y from 'yjs'

/**
 * The snapshot that replaces a stored snapshot and the updates after it: everything they hold,
 * replayed into a fresh document (so deleted content is garbage-collected) and encoded once. Both
 * stores compact with it, from what is stored, never from a node's live document: a node may lack
 * updates another node appended, and a snapshot of its document would drop them.
 */
export function mergeState(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  try {
    Y.transact(doc, () => {
      if (snapshot) Y.applyUpdate(doc, snapshot)
      for (const u of updates) Y.applyUpdate(doc, u)
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
