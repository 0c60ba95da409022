import type { SecretBox } from '../auth/secretBox.ts'
import { POSTGRES_MIGRATIONS } from './postgresMigrations.ts'
import type { Store } from './Store.ts'
import { migrate } from './sql/migrate.ts'
import { createPostgresDriver } from './sql/postgresDriver.ts'
import { exec, get, map, run, type Work } from './sql/Sql.ts'
import { createSqlStore } from './sql/SqlStore.ts'
import { compactLog, unknownDocument } from './sql/sqlUpdateLog.ts'

export interface PostgresStoreOptions {
  /** Use a schema of its own (tests run each suite in a fresh schema). */
  schema?: string
  /** Key for the invite links, kept outside the database (DATA_DIR or SECRET_KEY). */
  secrets: SecretBox
}

/** Advisory lock keys (64-bit hashes of a name): schema setup, and one per document for compaction. */
const SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('regiovisie:schema', 0))"
const DOCUMENT_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('regiovisie:doc:' || ?, 0))"

/**
 * The document's row lock is taken before the number is drawn and held until commit, so appends to
 * one document (from any node) commit in the order of their numbers: whoever has seen n has seen
 * everything before it. One statement, so one round trip and no transaction around it.
 */
const APPEND = `WITH next AS (UPDATE documents SET edited_at = now(), last_seq = last_seq + 1 WHERE id = ? RETURNING id, last_seq)
  INSERT INTO doc_updates (document_id, seq, data) SELECT id, last_seq, ? FROM next RETURNING seq`

const append = (documentId: string, update: Uint8Array): Work<number> =>
  map(get<{ seq: number }>(APPEND, documentId, update), (row) => {
    if (!row) throw unknownDocument(documentId)
    return row.seq
  })

// Compactions of one document take turns under its advisory lock; appends go on meanwhile (they
// never take this lock).
function* lockedCompaction(documentId: string): Work<number> {
  yield* run(DOCUMENT_LOCK, documentId)
  return yield* compactLog(documentId)
}

/**
 * PostgreSQL store, for running several server nodes against one database. Commits are
 * synchronous (the server default), so `appendUpdate` returns after the WAL is flushed.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions): Promise<Store> {
  const { schema, secrets } = options
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`)
  const driver = createPostgresDriver({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  try {
    // Nodes that start together would race on CREATE … IF NOT EXISTS (which is not atomic) and the
    // migrations: one sets up at a time, the others then find everything in place.
    await driver.transaction(
      (function* () {
        yield* exec(SCHEMA_LOCK)
        if (schema) yield* exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
        yield* migrate(POSTGRES_MIGRATIONS, { secrets })
      })(),
    )
  } catch (err) {
    await driver.close()
    throw err
  }
  return createSqlStore(
    driver,
    {
      kind: 'postgres',
      insertionOrder: 'seq',
      append: (documentId, update) => driver.run(append(documentId, update)),
      compact: (documentId) => driver.transaction(lockedCompaction(documentId)),
    },
    secrets,
  )
}
