import type Database from 'better-sqlite3'
import { driveSync, type SqlDriver, type SqlValue, type Statement, type Work } from './Sql.ts'

export interface SqliteDriver extends SqlDriver {
  /**
   * A write transaction run to its end before it returns (opening a store is synchronous). BEGIN
   * IMMEDIATE: another process setting up the same file waits for it (busy_timeout) instead of
   * failing when both try to turn their read into a write.
   */
  transactionSync<T>(work: Work<T>): T
}

/** SQLite has no boolean: it stores 0 and 1. (No copy for the common case, the append among them.) */
const bind = (params: readonly SqlValue[]): readonly unknown[] =>
  params.some((v) => typeof v === 'boolean') ? params.map((v) => (typeof v === 'boolean' ? Number(v) : v)) : params

/**
 * A driver over one better-sqlite3 connection. Work runs synchronously, each statement prepared
 * once per text; what the store returns is a settled promise, so a failure rejects it rather than
 * throwing at the call.
 */
export function createSqliteDriver(db: Database.Database): SqliteDriver {
  const statements = new Map<string, Database.Statement<unknown[]>>()
  const prepared = (text: string) => {
    let statement = statements.get(text)
    if (!statement) {
      statement = db.prepare(text)
      statements.set(text, statement)
    }
    return statement
  }
  const execute = (s: Statement): unknown => {
    if (s.op === 'exec') {
      db.exec(s.text)
      return undefined
    }
    const statement = prepared(s.text)
    const params = bind(s.params)
    if (s.op === 'run') return statement.run(...params).changes
    if (s.op === 'get') return statement.get(...params)
    return statement.all(...params)
  }
  const runSync = <T>(work: Work<T>): T => driveSync(work, execute)
  // better-sqlite3 wraps it in BEGIN … COMMIT (ROLLBACK when it throws). One connection and no
  // await inside: nothing else runs on it until the transaction has ended. A deferred BEGIN in WAL
  // mode also reads from one snapshot, so 'read' needs nothing more.
  const inTransaction = db.transaction(runSync)

  return {
    run: (work) => settle(() => runSync(work)),
    transaction: <T>(work: Work<T>) => settle(() => inTransaction(work) as T),
    transactionSync: <T>(work: Work<T>) => inTransaction.immediate(work) as T,
    async close() {
      db.close()
    },
  }
}

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn())
  } catch (err) {
    return Promise.reject(err)
  }
}
