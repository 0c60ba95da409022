import { Worker } from 'node:worker_threads'
import { get, run, type Work } from './Sql.ts'
import { unknownDocument } from './sqlUpdateLog.ts'

/** Draws the document's next number and appends under it; run in a transaction, the one writer's. */
export function* appendWork(documentId: string, update: Uint8Array, at: string): Work<number> {
  const next = yield* get<{ last_seq: number }>(
    'UPDATE documents SET edited_at = ?, last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq',
    at,
    documentId,
  )
  if (!next) throw unknownDocument(documentId)
  yield* run('INSERT INTO doc_updates (document_id, seq, data) VALUES (?, ?, ?)', documentId, next.last_seq, update)
  return next.last_seq
}

/** What the server's thread asks of the log writer. */
type LogAsk = { op: 'append'; documentId: string; update: Uint8Array } | { op: 'compact'; documentId: string }
export type LogRequest = LogAsk & { id: number }
export type LogReply = { id: number; ok: true; value: number } | { id: number; ok: false; message: string }

export interface SqliteLogWriter {
  append(documentId: string, update: Uint8Array): Promise<number>
  compact(documentId: string): Promise<number>
  /** Lets every accepted request finish, then stops the thread. */
  close(): Promise<void>
}

/**
 * The SQLite update log's writes (appends and compactions) on a thread of their own, with their
 * own connection to the database file. A commit waits for the disk (synchronous=FULL), and a
 * compaction replays a document: on the server's thread both would stop every socket of every
 * room meanwhile. Here the server's thread goes on; appends that arrive during a commit, from any
 * room, are written together in the next transaction (group commit), and each resolves only once
 * its transaction is on disk. Reads stay on the server's connection (WAL: readers see every
 * committed transaction and never wait for the writer).
 *
 * When the thread dies, what it was asked fails (the room retries, then reports), and the next
 * request starts a new one.
 */
export function createSqliteLogWriter(file: string): SqliteLogWriter {
  let worker: Worker | null = null
  let nextId = 1
  const waiting = new Map<number, { resolve: (n: number) => void; reject: (err: Error) => void }>()
  let closing: Promise<void> | null = null

  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err)
    waiting.clear()
  }

  const start = (): Worker => {
    const w = spawnLogWorker(file)
    w.on('message', (reply: LogReply) => {
      const pending = waiting.get(reply.id)
      if (!pending) return
      waiting.delete(reply.id)
      if (reply.ok) pending.resolve(reply.value)
      else pending.reject(new Error(reply.message))
    })
    w.on('error', (err) => {
      if (worker === w) worker = null
      failAll(err instanceof Error ? err : new Error(String(err)))
    })
    w.on('exit', (code) => {
      if (worker === w) worker = null
      failAll(new Error(`the SQLite log thread stopped (exit code ${code})`))
    })
    // The thread must not keep the process alive on its own (tests, the CLI).
    w.unref()
    return w
  }

  const ask = (request: LogAsk): Promise<number> => {
    if (closing) return Promise.reject(new Error('the store is closed'))
    worker ??= start()
    const id = nextId++
    return new Promise<number>((resolve, reject) => {
      waiting.set(id, { resolve, reject })
      worker?.postMessage({ ...request, id })
    })
  }

  // Started now, not at the first edit: starting a thread takes a while.
  worker = start()
  return {
    append: (documentId, update) => ask({ op: 'append', documentId, update }),
    compact: (documentId) => ask({ op: 'compact', documentId }),
    close() {
      closing ??= (async () => {
        const w = worker
        if (!w) return
        // The thread answers what it was sent before `close`, then exits.
        const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()))
        w.postMessage({ op: 'close' })
        await exited
      })()
      return closing
    },
  }
}

/**
 * Starts the log thread: the built file next to the server's bundle, or, when the server runs as
 * TypeScript (development and tests, under tsx or Vitest), the source with tsx registered in the
 * thread first.
 */
function spawnLogWorker(file: string): Worker {
  const options = { workerData: { file }, resourceLimits: { maxYoungGenerationSizeMb: 4 } }
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sqliteLogWorker.js', import.meta.url), options)
  const source = JSON.stringify(new URL('./sqliteLogWorker.ts', import.meta.url).href)
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}) })`, {
    ...options,
    eval: true,
  })
}
