import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { createSecretBox, resolveSecretKey, type SecretBox } from '../auth/secretBox.ts'
import type { Store } from './Store.ts'
import { migrate } from './sql/migrate.ts'
import { createSqlStore } from './sql/SqlStore.ts'
import { createSqliteDriver } from './sql/sqliteDriver.ts'
import { compactInSlices, createSqliteGroupCommit } from './sql/sqliteLog.ts'
import { SQLITE_MIGRATIONS } from './sqliteMigrations.ts'

export interface SqliteStoreOptions {
  /** Key for the invite links; by default the `secret-key` file next to the database (created when missing). */
  secrets?: SecretBox
}

/** The database and its WAL and shared-memory files are readable by the server's user only. */
function restrictFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, 0o600)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
  }
}

/**
 * The embedded default store. WAL with synchronous=FULL: an update is on disk when
 * `appendUpdate` returns, so it survives a crash of the process and of the machine. The appends of
 * one turn of the event loop, from every room, commit together, and compaction replays a slice at
 * a time between turns of the loop (sqliteLog.ts).
 */
export function createSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const secrets = options.secrets ?? createSecretBox(resolveSecretKey(undefined, dirname(file)))
  // Create the file 0600 before SQLite opens it: its -wal and -shm files take the same mode.
  closeSync(openSync(file, 'a', 0o600))
  restrictFiles(file)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  const driver = createSqliteDriver(db)
  let applied: number[]
  try {
    applied = driver.transactionSync(migrate(SQLITE_MIGRATIONS, { secrets }))
  } catch (err) {
    db.close()
    throw err
  }
  // A migration may have deleted plain-text secrets (secure_delete overwrote their pages in the
  // WAL): copy the overwritten pages into the database file and empty the WAL.
  if (applied.length > 0) db.pragma('wal_checkpoint(TRUNCATE)')
  restrictFiles(file)

  const appends = createSqliteGroupCommit(driver)
  const store = createSqlStore(
    driver,
    {
      kind: 'sqlite',
      insertionOrder: 'rowid',
      append: appends.append,
      compact: (documentId) => compactInSlices(driver, documentId),
    },
    secrets,
  )
  return {
    ...store,
    async close() {
      appends.flush()
      await store.close()
    },
  }
}
