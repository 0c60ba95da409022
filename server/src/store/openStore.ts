import { join } from 'node:path'
import type { SecretBox } from '../auth/secretBox.ts'
import { createSqliteStore } from './SqliteStore.ts'
import type { Store } from './Store.ts'

/** SQLite under `dataDir` by default; PostgreSQL when a database URL is given (pg is loaded only then). */
export async function openStore(opts: {
  dataDir: string
  databaseUrl?: string | undefined
  secrets: SecretBox
}): Promise<Store> {
  if (opts.databaseUrl) {
    const { createPostgresStore } = await import('./PostgresStore.ts')
    return createPostgresStore(opts.databaseUrl, { secrets: opts.secrets })
  }
  return createSqliteStore(join(opts.dataDir, 'regiovisie.sqlite'), { secrets: opts.secrets })
}
