import type { SecretBox } from '../../auth/secretBox.ts'
import { all, exec, run, type Work } from './Sql.ts'

/** What a migration may need besides the database: the key that seals invite links. */
export interface MigrationContext {
  secrets: SecretBox
}

/**
 * One step of the schema, applied once per database and recorded in `schema_migrations`. A step is
 * never edited once released: a change is a new version. Where the SQL of a step is the same in
 * SQLite and PostgreSQL, both lists hold the same step.
 */
export interface Migration {
  version: number
  /** What it changes, as recorded in `schema_migrations`. */
  name: string
  up(context: MigrationContext): Work<void>
}

/**
 * Applies, in version order, the migrations this database has not recorded yet; resolves with the
 * versions it applied. Meant to run in one transaction (with the caller's lock against other
 * processes migrating at the same moment), so a failed step leaves the database as it was.
 * Refuses a database that a newer server already migrated further than `migrations` go.
 */
export function* migrate(migrations: readonly Migration[], context: MigrationContext): Work<number[]> {
  yield* exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  const recorded = new Set(
    (yield* all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
  )
  const known = Math.max(0, ...migrations.map((m) => m.version))
  const newest = Math.max(0, ...recorded)
  if (newest > known) {
    throw new Error(`the database is at schema version ${newest}, this server knows up to ${known}: update the server`)
  }
  const applied: number[] = []
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (recorded.has(m.version)) continue
    yield* m.up(context)
    yield* run(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
      m.version,
      m.name,
      new Date().toISOString(),
    )
    applied.push(m.version)
  }
  return applied
}
