import { join } from 'node:path'
import { createPostgresStore } from './PostgresStore.ts'
import { createSqliteStore } from './SqliteStore.ts'
import type { Store } from './Store.ts'

/** SQLite under `dataDir` by default; PostgreSQL when a database URL is given. */
export async function openStore(opts: { dataDir: string; databaseUrl?: string | undefined }): Promise<Store> {
  if (opts.databaseUrl) return createPostgresStore(opts.databaseUrl)
  return createSqliteStore(join(opts.dataDir, 'regiovisie.sqlite'))
}
