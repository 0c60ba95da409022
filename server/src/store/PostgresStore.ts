import type { Invites } from '@regiovisie/shared/api'
import { ROLES, type Role } from '@regiovisie/shared/roles'
import pg from 'pg'
import type { DocumentRecord, ParticipantRecord, Store, StoredState } from './Store.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  region TEXT,
  municipalities JSONB NOT NULL,
  ruleset TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS invites (
  token TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS invites_document ON invites(document_id);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  grp TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS participants_document ON participants(document_id);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq BIGSERIAL PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_document ON doc_updates(document_id, seq);
`

interface DocumentRow {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string[]
  ruleset: string
  created_at: Date
}

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  region: r.region,
  municipalities: r.municipalities,
  ruleset: r.ruleset,
  createdAt: r.created_at.toISOString(),
})

export interface PostgresStoreOptions {
  /** Use a schema of its own (tests run each suite in a fresh schema). */
  schema?: string
}

/**
 * PostgreSQL store, for running several server nodes against one database. Commits are
 * synchronous (the server default), so `appendUpdate` returns after the WAL is flushed.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`)
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
  await pool.query(SCHEMA)

  async function transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const result = await fn(client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {})
      throw err
    } finally {
      client.release()
    }
  }

  return {
    kind: 'postgres',
    async createDocument(doc, state, invites) {
      await transaction(async (c) => {
        await c.query(
          'INSERT INTO documents (id, title, template, region, municipalities, ruleset, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [doc.id, doc.title, doc.template, doc.region, JSON.stringify(doc.municipalities), doc.ruleset, doc.createdAt],
        )
        for (const role of ROLES) {
          await c.query('INSERT INTO invites (token, document_id, role, created_at) VALUES ($1, $2, $3, $4)', [
            invites[role],
            doc.id,
            role,
            doc.createdAt,
          ])
        }
        await c.query('INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES ($1, $2, 0)', [
          doc.id,
          Buffer.from(state),
        ])
      })
    },
    async getDocument(id) {
      const r = await pool.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id])
      return r.rows[0] ? toDocument(r.rows[0]) : null
    },
    async listDocuments() {
      const r = await pool.query<DocumentRow>('SELECT * FROM documents ORDER BY created_at DESC')
      return r.rows.map(toDocument)
    },
    async getInvites(documentId) {
      const r = await pool.query<{ token: string; role: Role }>(
        'SELECT token, role FROM invites WHERE document_id = $1 AND revoked_at IS NULL',
        [documentId],
      )
      if (r.rows.length === 0) return null
      return Object.fromEntries(r.rows.map((row) => [row.role, row.token])) as unknown as Invites
    },
    async findInvite(token) {
      const r = await pool.query<{ token: string; document_id: string; role: Role }>(
        'SELECT token, document_id, role FROM invites WHERE token = $1 AND revoked_at IS NULL',
        [token],
      )
      const row = r.rows[0]
      return row ? { token: row.token, documentId: row.document_id, role: row.role } : null
    },
    async createParticipant(p, tokenHash) {
      await pool.query(
        'INSERT INTO participants (id, document_id, role, name, organisation, grp, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [p.id, p.documentId, p.role, p.name, p.organisation, p.group, tokenHash, p.createdAt],
      )
    },
    async findSession(tokenHash) {
      const r = await pool.query<{
        id: string
        document_id: string
        role: Role
        name: string
        organisation: string
        grp: string | null
        created_at: Date
        revoked_at: Date | null
      }>('SELECT * FROM participants WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash])
      const row = r.rows[0]
      if (!row) return null
      return {
        id: row.id,
        documentId: row.document_id,
        role: row.role,
        name: row.name,
        organisation: row.organisation,
        group: row.grp,
        createdAt: row.created_at.toISOString(),
        revokedAt: row.revoked_at?.toISOString() ?? null,
      } satisfies ParticipantRecord
    },
    async appendUpdate(documentId, update) {
      const r = await pool.query<{ seq: string }>(
        'INSERT INTO doc_updates (document_id, data) VALUES ($1, $2) RETURNING seq',
        [documentId, Buffer.from(update)],
      )
      return Number(r.rows[0]?.seq)
    },
    async loadState(documentId): Promise<StoredState> {
      // REPEATABLE READ: the snapshot and the updates after it come from one consistent view.
      const client = await pool.connect()
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        const snap = await client.query<{ state: Buffer; upto_seq: string }>(
          'SELECT state, upto_seq FROM doc_snapshots WHERE document_id = $1',
          [documentId],
        )
        const from = Number(snap.rows[0]?.upto_seq ?? 0)
        const ups = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE document_id = $1 AND seq > $2 ORDER BY seq',
          [documentId, from],
        )
        await client.query('COMMIT')
        const last = ups.rows.at(-1)
        return {
          snapshot: snap.rows[0] ? new Uint8Array(snap.rows[0].state) : null,
          updates: ups.rows.map((u) => new Uint8Array(u.data)),
          lastSeq: last ? Number(last.seq) : from,
        }
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {})
        throw err
      } finally {
        client.release()
      }
    },
    async compact(documentId, snapshot, uptoSeq) {
      await transaction(async (c) => {
        await c.query(
          'INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES ($1, $2, $3) ON CONFLICT (document_id) DO UPDATE SET state = EXCLUDED.state, upto_seq = EXCLUDED.upto_seq',
          [documentId, Buffer.from(snapshot), uptoSeq],
        )
        await c.query('DELETE FROM doc_updates WHERE document_id = $1 AND seq <= $2', [documentId, uptoSeq])
      })
    },
    async close() {
      await pool.end()
    },
  }
}
