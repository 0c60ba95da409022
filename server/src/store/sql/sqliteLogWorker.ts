// The SQLite update log's writer thread (see createSqliteLogWriter in sqliteLog.ts).
import { type MessagePort, parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { exec, type Work } from './Sql.ts'
import { createSqliteDriver } from './sqliteDriver.ts'
import { appendWork, type LogReply, type LogRequest } from './sqliteLog.ts'
import { readLog, replaceSnapshot } from './sqlUpdateLog.ts'

/** Updates a compaction replays between two chances for waiting appends to commit. */
const SLICE = 64

type Append = Extract<LogRequest, { op: 'append' }>
type Compact = Extract<LogRequest, { op: 'compact' }>

const port = parentPort as MessagePort
const db = new Database((workerData as { file: string }).file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('foreign_keys = ON')
db.pragma('busy_timeout = 5000')
const driver = createSqliteDriver(db)

const appends: Append[] = []
let commitScheduled = false
const compactions: Compact[] = []
let compacting = false
let closing = false

const reply = (message: LogReply) => port.postMessage(message)
const failure = (id: number, err: unknown): LogReply => ({
  id,
  ok: false,
  message: err instanceof Error ? err.message : String(err),
})

/** Every append of the batch in one transaction; one that fails (an unknown document) is undone alone. */
function* batch(requests: Append[], at: string): Work<Array<number | Error>> {
  const results: Array<number | Error> = []
  for (const r of requests) {
    yield* exec('SAVEPOINT one_append')
    try {
      results.push(yield* appendWork(r.documentId, r.update, at))
      yield* exec('RELEASE one_append')
    } catch (err) {
      yield* exec('ROLLBACK TO one_append')
      yield* exec('RELEASE one_append')
      results.push(err instanceof Error ? err : new Error(String(err)))
    }
  }
  return results
}

/** Writes the appends that arrived since the last commit, from every room, in one transaction. */
function commit(): void {
  commitScheduled = false
  const requests = appends.splice(0)
  if (requests.length > 0) {
    let results: Array<number | Error>
    try {
      results = driver.transactionSync(batch(requests, new Date().toISOString()))
    } catch (err) {
      for (const r of requests) reply(failure(r.id, err))
      stopIfDone()
      return
    }
    requests.forEach((r, i) => {
      const result = results[i]
      reply(typeof result === 'number' ? { id: r.id, ok: true, value: result } : failure(r.id, result))
    })
  }
  stopIfDone()
}

/**
 * Folds the stored snapshot and updates into a new snapshot, as `compact` in sqlUpdateLog.ts does,
 * but replayed a slice at a time so appends waiting meanwhile commit in between. Only this thread
 * compacts, one document at a time, and appends only add higher numbers: what it read is still
 * exactly what it replaces.
 */
async function compact(documentId: string): Promise<number> {
  const { snapshot, updates, lastSeq } = await driver.transaction(readLog(documentId, null), 'read')
  if (updates.length === 0) return 0
  const doc = new Y.Doc({ gc: true })
  try {
    if (snapshot) Y.applyUpdate(doc, snapshot)
    for (let i = 0; i < updates.length; i += SLICE) {
      await new Promise((resolve) => setImmediate(resolve))
      Y.transact(doc, () => {
        for (const u of updates.slice(i, i + SLICE)) Y.applyUpdate(doc, u)
      })
    }
    const merged = Y.encodeStateAsUpdate(doc)
    await driver.transaction(replaceSnapshot(documentId, merged, lastSeq))
    return updates.length
  } finally {
    doc.destroy()
  }
}

async function runCompactions(): Promise<void> {
  compacting = true
  for (let next = compactions.shift(); next; next = compactions.shift()) {
    try {
      reply({ id: next.id, ok: true, value: await compact(next.documentId) })
    } catch (err) {
      reply(failure(next.id, err))
    }
  }
  compacting = false
  stopIfDone()
}

/** After `close`: once everything asked before it is answered, close the connection and end the thread. */
function stopIfDone(): void {
  if (!closing || commitScheduled || compacting || appends.length > 0 || compactions.length > 0) return
  db.close()
  port.close()
}

port.on('message', (message: LogRequest | { op: 'close' }) => {
  switch (message.op) {
    case 'append':
      appends.push(message)
      if (!commitScheduled) {
        commitScheduled = true
        // After the messages that arrived together with this one: they join its transaction.
        setImmediate(commit)
      }
      return
    case 'compact':
      compactions.push(message)
      if (!compacting) void runCompactions()
      return
    case 'close':
      closing = true
      stopIfDone()
      return
  }
})
