import { randomBytes } from 'node:crypto'
import { createPostgresStore, createSecretBox, type Store } from '@regiovisie/server'
import pg from 'pg'

/** The PostgreSQL the tests use: TEST_DATABASE_URL, else DATABASE_URL, else the local `test` database. */
export const PG_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** SKIP_PG=1 skips the PostgreSQL tier explicitly; otherwise an unreachable database fails the run. */
export const skipPostgres = process.env.SKIP_PG === '1'

export async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${PG_URL} (${err instanceof Error ? err.message : String(err)}). ` +
        'Start it, point TEST_DATABASE_URL at one, or set SKIP_PG=1 to skip this tier explicitly.',
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** A PostgreSQL store in a schema of its own; `reopen` opens it again (restarts), `drop` removes it. */
export async function freshPostgresStore(): Promise<{ store: Store; reopen(): Promise<Store>; drop(): Promise<void> }> {
  const schema = `rv_test_${randomBytes(6).toString('hex')}`
  // The invite key lives outside the database; a reopened store must use the same one.
  const secrets = createSecretBox(randomBytes(32))
  const store = await createPostgresStore(PG_URL, { schema, secrets })
  return {
    store,
    reopen: () => createPostgresStore(PG_URL, { schema, secrets }),
    async drop() {
      await store.close().catch(() => {})
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    },
  }
}
