import * as Y from 'yjs'
import { get, run, type Work } from './Sql.ts'
import type { SqliteDriver } from './sqliteDriver.ts'
import { readForCompaction, replaceSnapshot, unknownDocument } from './sqlUpdateLog.ts'

/** The document's next number, drawn in the one writer's transaction; undefined for an unknown document. */
function* drawNext(documentId: string, at: string): Work<number | undefined> {
  const next = yield* get<{ last_seq: number }>(
    'UPDATE documents SET edited_at = ?, last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq',
    at,
    documentId,
  )
  return next?.last_seq
}

const insertUpdate = (documentId: string, seq: number, update: Uint8Array): Work<number> =>
  run('INSERT INTO doc_updates (document_id, seq, data) VALUES (?, ?, ?)', documentId, seq, update)

interface PendingAppend {
  documentId: string
  update: Uint8Array
  resolve(seq: number): void
  reject(err: Error): void
}

/**
 * Every append of the batch in one transaction. An unknown document fails alone: its UPDATE matched
 * no row, so it wrote nothing and needs no savepoint. Any other failure (the disk, a constraint)
 * ends the whole transaction, and every append of the batch is rejected and retried by its room.
 */
function* batchWork(appends: readonly PendingAppend[], at: string): Work<Array<number | Error>> {
  const results: Array<number | Error> = []
  for (const a of appends) {
    const next = yield* drawNext(a.documentId, at)
    if (next === undefined) {
      results.push(unknownDocument(a.documentId))
      continue
    }
    yield* insertUpdate(a.documentId, next, a.update)
    results.push(next)
  }
  return results
}

/**
 * Group commit across rooms for SQLite: the appends asked for in one turn of the event loop, from
 * every room, are written in one transaction (one wait for the disk, synchronous=FULL) right after
 * that turn, and each resolves only once that transaction has committed. A room already batches
 * its own updates while its write is in flight; this batches the rooms.
 *
 * (A writer thread with its own connection was tried and measured in bench/collab.ts: handing each
 * append to the thread and back cost more CPU, memory and latency than the commit it took off the
 * event loop, which on a local disk is a fraction of a millisecond.)
 */
export function createSqliteGroupCommit(driver: SqliteDriver): {
  append(documentId: string, update: Uint8Array): Promise<number>
  /** Commits what is waiting now (before the database is closed). */
  flush(): void
} {
  let pending: PendingAppend[] = []
  const commit = () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    let results: Array<number | Error>
    try {
      results = driver.transactionSync(batchWork(batch, new Date().toISOString()))
    } catch (err) {
      for (const a of batch) a.reject(err instanceof Error ? err : new Error(String(err)))
      return
    }
    batch.forEach((a, i) => {
      const result = results[i]
      if (typeof result === 'number') a.resolve(result)
      else a.reject(result ?? new Error('append lost'))
    })
  }
  return {
    append: (documentId, update) =>
      new Promise<number>((resolve, reject) => {
        // After the messages that arrived in this turn: their appends join the transaction.
        if (pending.length === 0) setImmediate(commit)
        pending.push({ documentId, update, resolve, reject })
      }),
    flush: commit,
  }
}

/** Updates a compaction replays between two turns of the event loop. */
const SLICE = 64

/** Stores the new snapshot unless another compaction replaced the one it was built from. */
function* replaceIfUnchanged(documentId: string, state: Uint8Array, uptoSeq: number, builtOn: number): Work<boolean> {
  const now = yield* get<{ upto_seq: number }>('SELECT upto_seq FROM doc_snapshots WHERE document_id = ?', documentId)
  if ((now?.upto_seq ?? 0) !== builtOn) return false
  yield* replaceSnapshot(documentId, state, uptoSeq)
  return true
}

/**
 * SQLite's compaction, without stopping the event loop for the replay (some 10–100 ms for a long
 * log, during which no room would be served): it reads the snapshot and the updates after it in
 * one transaction, replays them a slice at a time between turns of the loop while every room goes
 * on (appends only add higher numbers), and writes the new snapshot in a second transaction, in
 * which it deletes exactly the updates it replayed. Resolves with how many it folded in (0 when
 * another compaction replaced the snapshot meanwhile: then this one's work is dropped).
 */
export async function compactInSlices(driver: SqliteDriver, documentId: string): Promise<number> {
  const { snapshot, uptoSeq, updates } = await driver.transaction(readForCompaction(documentId), 'read')
  const last = updates.at(-1)
  if (!last) return 0
  const doc = new Y.Doc({ gc: true })
  try {
    if (snapshot) Y.applyUpdate(doc, snapshot)
    for (let i = 0; i < updates.length; i += SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve))
      Y.transact(doc, () => {
        for (const u of updates.slice(i, i + SLICE)) Y.applyUpdate(doc, new Uint8Array(u.data))
      })
    }
    const merged = Y.encodeStateAsUpdate(doc)
    return (await driver.transaction(replaceIfUnchanged(documentId, merged, last.seq, uptoSeq))) ? updates.length : 0
  } finally {
    doc.destroy()
  }
}
