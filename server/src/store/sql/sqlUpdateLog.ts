import { mergeState } from '../mergeState.ts'
import type { StoredState, UpdateLog } from '../UpdateLog.ts'
import { all, get, run, type SqlDriver, type Work } from './Sql.ts'

/** How a database appends and locks: what differs between SQLite and PostgreSQL in the update log. */
export interface UpdateLogDialect {
  /**
   * Appends `update` under the document's next number (`documents.last_seq` + 1), drawn so that
   * appends to one document commit in the order of their numbers; resolves with the number, rejects
   * with `unknownDocument` when there is no such document.
   */
  append(documentId: string, update: Uint8Array): Promise<number>
  /**
   * Folds what is stored into a new snapshot (`UpdateLog.compact`), compactions of one document
   * taking turns: PostgreSQL runs `compactLog` under the document's advisory lock, SQLite replays
   * in slices between turns of the event loop (`compactInSlices`).
   */
  compact(documentId: string): Promise<number>
}

export const unknownDocument = (documentId: string) => new Error(`unknown document ${documentId}`)

interface SnapshotRow {
  state: Buffer
  upto_seq: number
}
interface UpdateRow {
  seq: number
  data: Buffer
}

const snapshotOf = (id: string) =>
  get<SnapshotRow>('SELECT state, upto_seq FROM doc_snapshots WHERE document_id = ?', id)
const updatesAfter = (id: string, seq: number) =>
  all<UpdateRow>('SELECT seq, data FROM doc_updates WHERE document_id = ? AND seq > ? ORDER BY seq', id, seq)

/** The snapshot (when `since` is null, or a compaction folded updates after `since` into it) and the updates after it. */
function* readLog(id: string, since: number | null): Work<StoredState> {
  const snap = yield* snapshotOf(id)
  const withSnapshot = snap !== undefined && (since === null || snap.upto_seq > since)
  const from = withSnapshot ? snap.upto_seq : (since ?? 0)
  const rows = yield* updatesAfter(id, from)
  return {
    snapshot: withSnapshot ? new Uint8Array(snap.state) : null,
    updates: rows.map((r) => new Uint8Array(r.data)),
    lastSeq: rows.at(-1)?.seq ?? from,
  }
}

/**
 * What a compaction folds: the stored snapshot (its number 0 when there is none) and every update
 * after it. Appends commit in the order of their numbers, so this is a prefix of the log.
 */
export function* readForCompaction(id: string) {
  const snap = yield* snapshotOf(id)
  const uptoSeq = snap?.upto_seq ?? 0
  return { snapshot: snap ? new Uint8Array(snap.state) : null, uptoSeq, updates: yield* updatesAfter(id, uptoSeq) }
}

/** Compaction in one transaction; the caller takes the document's lock first. */
export function* compactLog(id: string): Work<number> {
  const { snapshot, updates } = yield* readForCompaction(id)
  const last = updates.at(-1)
  if (!last) return 0
  yield* replaceSnapshot(
    id,
    mergeState(
      snapshot,
      updates.map((r) => new Uint8Array(r.data)),
    ),
    last.seq,
  )
  return updates.length
}

/** Stores `state` as the document's snapshot of everything up to `uptoSeq` and deletes those updates. */
export function* replaceSnapshot(id: string, state: Uint8Array, uptoSeq: number): Work<void> {
  yield* run(
    'INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES (?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq',
    id,
    state,
    uptoSeq,
  )
  yield* run('DELETE FROM doc_updates WHERE document_id = ? AND seq <= ?', id, uptoSeq)
}

/** The update log over SQL: loading written once, appending and compacting as the dialect does them. */
export function createSqlUpdateLog(driver: SqlDriver, dialect: UpdateLogDialect): UpdateLog {
  return {
    appendUpdate: dialect.append,
    loadState: (documentId) => driver.transaction(readLog(documentId, null), 'read'),
    loadUpdatesSince: (documentId, seq) => driver.transaction(readLog(documentId, seq), 'read'),
    compact: dialect.compact,
  }
}
