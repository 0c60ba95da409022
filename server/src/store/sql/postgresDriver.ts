import pg from 'pg'
import { drive, type SqlDriver, type Statement, type TransactionMode, type Work } from './Sql.ts'

const OID = { bool: 16, int8: 20, json: 114, jsonb: 3802, timestamptz: 1184 } as const
const parseTimestamp = pg.types.getTypeParser(OID.timestamptz) as (text: string) => Date

/**
 * Rows in the shape the port promises (see Sql.ts). Per pool, not through the global
 * `pg.types.setTypeParser`, so other pg users in the process keep the defaults.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    switch (oid) {
      case OID.bool:
        return (text: string) => (text === 't' ? 1 : 0)
      // Our BIGINTs are sequence numbers and counts, far below 2^53.
      case OID.int8:
        return Number
      case OID.json:
      case OID.jsonb:
        return (text: string) => text
      case OID.timestamptz:
        return (text: string) => parseTimestamp(text).toISOString()
      default:
        return pg.types.getTypeParser(oid, format as 'text')
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
}

const BEGIN: Record<TransactionMode, string> = {
  read: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  write: 'BEGIN',
}

/** A driver over a pg pool; `?` placeholders become `$1, $2, …` (once per statement text). */
export function createPostgresDriver(config: pg.PoolConfig): SqlDriver {
  const pool = new pg.Pool({ ...config, types })
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {})

  const numbered = new Map<string, string>()
  const toPg = (text: string) => {
    let out = numbered.get(text)
    if (out === undefined) {
      let n = 0
      // Skips quoted literals and identifiers, which may hold a '?'.
      out = text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === '?' ? `$${++n}` : m))
      numbered.set(text, out)
    }
    return out
  }
  const execute = async (client: pg.Pool | pg.PoolClient, s: Statement): Promise<unknown> => {
    if (s.op === 'exec') {
      await client.query(s.text)
      return undefined
    }
    const r = await client.query(toPg(s.text), s.params as unknown[])
    if (s.op === 'run') return r.rowCount ?? 0
    if (s.op === 'get') return r.rows[0]
    return r.rows
  }

  return {
    run: (work) => drive(work, (s) => execute(pool, s)),
    async transaction<T>(work: Work<T>, mode: TransactionMode = 'write'): Promise<T> {
      const client = await pool.connect()
      let broken = false
      try {
        await client.query(BEGIN[mode])
        const result = await drive(work, (s) => execute(client, s))
        await client.query('COMMIT')
        return result
      } catch (err) {
        // A connection that cannot even roll back is not handed out again.
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        )
        throw err
      } finally {
        client.release(broken)
      }
    },
    close: () => pool.end(),
  }
}
