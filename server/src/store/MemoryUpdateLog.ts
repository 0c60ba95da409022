import { mergeState } from './mergeState.ts'
import type { StoredState, UpdateLog } from './UpdateLog.ts'

export interface MemoryUpdateLog extends UpdateLog {
  /** Starts the log of a document from its initial state (what `Store.createDocument` does). */
  createDocument(documentId: string, initialState: Uint8Array): Promise<void>
}

interface Log {
  snapshot: Uint8Array | null
  /** Number of the last update folded into the snapshot. */
  snapshotSeq: number
  updates: Array<{ seq: number; data: Uint8Array }>
  lastSeq: number
}

/**
 * The update log in memory, for room tests that need no database: the same numbering, loading and
 * compaction as the SQL store, durable only as long as the process. It copies what goes in and
 * comes out, as a database would, so a caller changing a buffer later changes nothing stored.
 */
export function createMemoryUpdateLog(): MemoryUpdateLog {
  const logs = new Map<string, Log>()

  function read(documentId: string, since: number | null): StoredState {
    const log = logs.get(documentId)
    if (!log) return { snapshot: null, updates: [], lastSeq: since ?? 0 }
    const withSnapshot = log.snapshot !== null && (since === null || log.snapshotSeq > since)
    const from = withSnapshot ? log.snapshotSeq : (since ?? 0)
    const updates = log.updates.filter((u) => u.seq > from)
    return {
      snapshot: withSnapshot && log.snapshot ? log.snapshot.slice() : null,
      updates: updates.map((u) => u.data.slice()),
      lastSeq: updates.at(-1)?.seq ?? from,
    }
  }

  return {
    async createDocument(documentId, initialState) {
      if (logs.has(documentId)) throw new Error(`document ${documentId} exists`)
      logs.set(documentId, { snapshot: initialState.slice(), snapshotSeq: 0, updates: [], lastSeq: 0 })
    },
    async appendUpdate(documentId, update) {
      const log = logs.get(documentId)
      if (!log) throw new Error(`unknown document ${documentId}`)
      log.lastSeq++
      log.updates.push({ seq: log.lastSeq, data: update.slice() })
      return log.lastSeq
    },
    async loadState(documentId) {
      return read(documentId, null)
    },
    async loadUpdatesSince(documentId, seq) {
      return read(documentId, seq)
    },
    async compact(documentId) {
      const log = logs.get(documentId)
      const last = log?.updates.at(-1)
      if (!log || !last) return 0
      const folded = log.updates.length
      log.snapshot = mergeState(
        log.snapshot,
        log.updates.map((u) => u.data),
      )
      log.snapshotSeq = last.seq
      log.updates = []
      return folded
    },
  }
}
