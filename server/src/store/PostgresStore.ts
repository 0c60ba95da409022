import type { MunicipalityAdoption } from '@regiovisie/shared/adoption'
import type { ResponseKind, SuggestionStatus } from '@regiovisie/shared/comments'
import { ROLES, type Role } from '@regiovisie/shared/roles'
import pg from 'pg'
import { openInvites, type SecretBox } from '../auth/secretBox.ts'
import { hashToken } from '../auth/tokens.ts'
import { mergeState } from './mergeState.ts'
import type {
  CommentRecord,
  CommentWithAuthor,
  DocumentRecord,
  ParticipantRecord,
  Store,
  StoredState,
  SuggestionRecord,
  ThreadRecord,
  ThreadResponseRecord,
  VersionWithAuthor,
} from './Store.ts'

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
ALTER TABLE documents ADD COLUMN IF NOT EXISTS edited_at TIMESTAMPTZ;
CREATE TABLE IF NOT EXISTS invite_links (
  token_hash TEXT PRIMARY KEY,
  token_sealed TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS invite_links_document ON invite_links(document_id);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  grp TEXT,
  grp_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS participants_document ON participants(document_id);
-- Documents from before the download setting: only owners and editors download until the owner allows it.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS download_allowed BOOLEAN NOT NULL DEFAULT FALSE;
-- Documents from before the theme choice keep the neutral look.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS theme TEXT NOT NULL DEFAULT 'neutral';
ALTER TABLE participants ADD COLUMN IF NOT EXISTS link_hash TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS participants_link ON participants(link_hash);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  created_at TIMESTAMPTZ NOT NULL
);
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                 AND table_name = 'participants' AND column_name = 'grp_confirmed') THEN
    ALTER TABLE participants ADD COLUMN grp_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
    -- The owner decides the groups: of the people who joined before, only owners count as confirmed.
    UPDATE participants SET grp_confirmed = TRUE WHERE role = 'owner';
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
-- Numbered per document (documents.last_seq), in commit order: see appendUpdate.
CREATE TABLE IF NOT EXISTS doc_updates (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS threads (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  anchor JSONB NOT NULL,
  opgave INTEGER,
  section TEXT,
  quote TEXT,
  resolved BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL REFERENCES participants(id)
);
CREATE INDEX IF NOT EXISTS threads_document ON threads(document_id, seq);
-- The reactieverslag: nothing is public and nobody private is named until someone chose so.
ALTER TABLE threads ADD COLUMN IF NOT EXISTS is_public BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS show_name BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE IF NOT EXISTS comments (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  author_id TEXT NOT NULL REFERENCES participants(id),
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  edited_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS comments_document ON comments(document_id, seq);
CREATE TABLE IF NOT EXISTS thread_suggestions (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  text TEXT NOT NULL,
  original TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_by TEXT REFERENCES participants(id),
  decided_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS thread_suggestions_document ON thread_suggestions(document_id);
CREATE TABLE IF NOT EXISTS thread_responses (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL,
  reason TEXT,
  by_id TEXT NOT NULL REFERENCES participants(id),
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_responses_document ON thread_responses(document_id);
CREATE TABLE IF NOT EXISTS activity (
  id BIGSERIAL PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  at TIMESTAMPTZ NOT NULL,
  actor_id TEXT REFERENCES participants(id),
  action TEXT NOT NULL,
  details JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_document ON activity(document_id, id);
CREATE TABLE IF NOT EXISTS versions (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  note TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  author_id TEXT REFERENCES participants(id),
  state BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_document ON versions(document_id, seq);
CREATE TABLE IF NOT EXISTS adoption (
  document_id TEXT NOT NULL REFERENCES documents(id),
  municipality TEXT NOT NULL,
  data JSONB NOT NULL,
  PRIMARY KEY (document_id, municipality)
);
-- Before several nodes, updates were numbered by one global BIGSERIAL. Now each document counts its
-- own (gap-free, so a node can tell that it missed one); the old numbers stay and the count goes on
-- from the highest.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                 AND table_name = 'documents' AND column_name = 'last_seq') THEN
    ALTER TABLE documents ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
    UPDATE documents d SET last_seq = GREATEST(
      (SELECT COALESCE(max(seq), 0) FROM doc_updates u WHERE u.document_id = d.id),
      (SELECT COALESCE(max(upto_seq), 0) FROM doc_snapshots s WHERE s.document_id = d.id));
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
             AND table_name = 'doc_updates' AND column_name = 'seq' AND column_default IS NOT NULL) THEN
    ALTER TABLE doc_updates DROP CONSTRAINT doc_updates_pkey;
    ALTER TABLE doc_updates ALTER COLUMN seq DROP DEFAULT;
    ALTER TABLE doc_updates ADD PRIMARY KEY (document_id, seq);
    DROP INDEX IF EXISTS doc_updates_document;
    DROP SEQUENCE IF EXISTS doc_updates_seq_seq;
  END IF;
END $$;
`

/** Advisory lock keys (64-bit hashes of a name): schema setup, and one per document for compaction. */
const SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('regiovisie:schema', 0))"
const DOCUMENT_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('regiovisie:doc:' || $1, 0))"

interface DocumentRow {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string[]
  ruleset: string
  download_allowed: boolean
  theme: string
  created_at: Date
  edited_at: Date | null
}

interface ParticipantRow {
  id: string
  document_id: string
  role: Role
  name: string
  organisation: string
  grp: string | null
  grp_confirmed: boolean
  show_name: boolean
  created_at: Date
  revoked_at: Date | null
}
const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  documentId: row.document_id,
  role: row.role,
  name: row.name,
  organisation: row.organisation,
  group: row.grp,
  groupConfirmed: row.grp_confirmed,
  showName: row.show_name,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
})
interface ThreadRow {
  id: string
  document_id: string
  anchor: unknown
  opgave: number | null
  section: string | null
  quote: string | null
  resolved: boolean
  is_public: boolean
  created_at: Date
  created_by: string
}
const toThread = (r: ThreadRow): ThreadRecord => ({
  id: r.id,
  documentId: r.document_id,
  anchor: r.anchor,
  opgave: r.opgave,
  section: r.section,
  quote: r.quote,
  resolved: r.resolved,
  public: r.is_public,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
})
interface SuggestionRow {
  thread_id: string
  text: string
  original: string
  status: SuggestionStatus
  decided_by: string | null
  decided_at: Date | null
}
interface ResponseRow {
  thread_id: string
  kind: ResponseKind
  reason: string | null
  by_id: string
  at: Date
}
const toSuggestion = (r: SuggestionRow): SuggestionRecord => ({
  text: r.text,
  original: r.original,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at?.toISOString() ?? null,
})
const toResponse = (r: ResponseRow): ThreadResponseRecord => ({
  kind: r.kind,
  reason: r.reason,
  by: r.by_id,
  at: r.at.toISOString(),
})
/** A thread row with its proposal and response, when it has them. */
const withExtras = (t: ThreadRecord, suggestion?: SuggestionRow, response?: ResponseRow): ThreadRecord => ({
  ...t,
  ...(suggestion ? { suggestion: toSuggestion(suggestion) } : {}),
  ...(response ? { response: toResponse(response) } : {}),
})
interface CommentRow {
  id: string
  thread_id: string
  document_id: string
  author_id: string
  body: string
  created_at: Date
  edited_at: Date | null
}
const toComment = (r: CommentRow): CommentRecord => ({
  id: r.id,
  threadId: r.thread_id,
  documentId: r.document_id,
  authorId: r.author_id,
  body: r.body,
  createdAt: r.created_at.toISOString(),
  editedAt: r.edited_at?.toISOString() ?? null,
})

interface VersionRow {
  id: string
  document_id: string
  name: string
  note: string | null
  created_at: Date
  author_id: string | null
  a_name: string | null
  a_org: string | null
  a_grp: string | null
}
const toVersion = (r: VersionRow): VersionWithAuthor => ({
  id: r.id,
  documentId: r.document_id,
  name: r.name,
  note: r.note,
  createdAt: r.created_at.toISOString(),
  authorId: r.author_id,
  author: r.a_name === null ? null : { name: r.a_name, organisation: r.a_org ?? '', group: r.a_grp },
})

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  region: r.region,
  municipalities: r.municipalities,
  ruleset: r.ruleset,
  downloadAllowed: r.download_allowed,
  theme: r.theme,
  createdAt: r.created_at.toISOString(),
  editedAt: r.edited_at ? r.edited_at.toISOString() : null,
})

export interface PostgresStoreOptions {
  /** Use a schema of its own (tests run each suite in a fresh schema). */
  schema?: string
  /** Key for the invite links, kept outside the database (DATA_DIR or SECRET_KEY). */
  secrets: SecretBox
}

/** Moves invites from the old plain-text table into `invite_links` and drops it (inside the setup transaction). */
async function migrateInvites(client: pg.PoolClient, secrets: SecretBox): Promise<void> {
  const old = await client.query<{ t: string | null }>("SELECT to_regclass('invites')::text AS t")
  if (!old.rows[0]?.t) return
  {
    const rows = await client.query<{
      token: string
      document_id: string
      role: string
      created_at: Date
      revoked_at: Date | null
    }>('SELECT token, document_id, role, created_at, revoked_at FROM invites FOR UPDATE')
    for (const r of rows.rows) {
      await client.query(
        'INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [hashToken(r.token), secrets.seal(r.token), r.document_id, r.role, r.created_at, r.revoked_at],
      )
    }
    await client.query('DROP TABLE invites')
  }
}

/**
 * PostgreSQL store, for running several server nodes against one database. Commits are
 * synchronous (the server default), so `appendUpdate` returns after the WAL is flushed.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions): Promise<Store> {
  const { schema, secrets } = options
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`)
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {})

  async function transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await pool.connect()
    try {
      await client.query(begin)
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

  // Nodes that start together would race on CREATE … IF NOT EXISTS (which is not atomic) and the
  // migrations: one sets up at a time, the others then find everything in place.
  await transaction(async (c) => {
    await c.query(SCHEMA_LOCK)
    if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await c.query(SCHEMA)
    await migrateInvites(c, secrets)
  })

  /**
   * The snapshot (when `since` is null, or a compaction folded updates after `since` into it) and
   * the updates after it, from one consistent view.
   */
  function readLog(documentId: string, since: number | null): Promise<StoredState> {
    return transaction(async (c) => {
      const snap = await c.query<{ state: Buffer; upto_seq: string }>(
        'SELECT state, upto_seq FROM doc_snapshots WHERE document_id = $1',
        [documentId],
      )
      const row = snap.rows[0]
      const upto = Number(row?.upto_seq ?? 0)
      const withSnapshot = row !== undefined && (since === null || upto > since)
      const from = withSnapshot ? upto : (since ?? 0)
      const ups = await c.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE document_id = $1 AND seq > $2 ORDER BY seq',
        [documentId, from],
      )
      const last = ups.rows.at(-1)
      return {
        snapshot: withSnapshot && row ? new Uint8Array(row.state) : null,
        updates: ups.rows.map((u) => new Uint8Array(u.data)),
        lastSeq: last ? Number(last.seq) : from,
      }
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  }

  function insertInvite(c: pg.PoolClient, documentId: string, role: Role, token: string, at: string) {
    return c.query(
      'INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at) VALUES ($1, $2, $3, $4, $5)',
      [hashToken(token), secrets.seal(token), documentId, role, at],
    )
  }

  function setResponse(c: pg.Pool | pg.PoolClient, threadId: string, r: ThreadResponseRecord | null) {
    if (!r) return c.query('DELETE FROM thread_responses WHERE thread_id = $1', [threadId])
    return c.query(
      'INSERT INTO thread_responses (thread_id, document_id, kind, reason, by_id, at) SELECT id, document_id, $2, $3, $4, $5 FROM threads WHERE id = $1 ON CONFLICT (thread_id) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, by_id = excluded.by_id, at = excluded.at',
      [threadId, r.kind, r.reason, r.by, r.at],
    )
  }

  function insertComment(c: pg.Pool | pg.PoolClient, comment: CommentRecord) {
    return c.query(
      'INSERT INTO comments (id, thread_id, document_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [comment.id, comment.threadId, comment.documentId, comment.authorId, comment.body, comment.createdAt],
    )
  }

  return {
    kind: 'postgres',
    async createDocument(doc, state, invites) {
      await transaction(async (c) => {
        await c.query(
          'INSERT INTO documents (id, title, template, region, municipalities, ruleset, download_allowed, theme, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [
            doc.id,
            doc.title,
            doc.template,
            doc.region,
            JSON.stringify(doc.municipalities),
            doc.ruleset,
            doc.downloadAllowed,
            doc.theme,
            doc.createdAt,
          ],
        )
        for (const role of ROLES) {
          await insertInvite(c, doc.id, role, invites[role], doc.createdAt)
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
      const r = await pool.query<{ token_sealed: string; role: Role }>(
        'SELECT token_sealed, role FROM invite_links WHERE document_id = $1 AND revoked_at IS NULL',
        [documentId],
      )
      if (r.rows.length === 0) return null
      return openInvites(secrets, r.rows)
    },
    async findInvite(token) {
      const r = await pool.query<{ document_id: string; role: Role }>(
        'SELECT document_id, role FROM invite_links WHERE token_hash = $1 AND revoked_at IS NULL',
        [hashToken(token)],
      )
      const row = r.rows[0]
      return row ? { token, documentId: row.document_id, role: row.role } : null
    },
    async createParticipant(p, tokenHash) {
      await pool.query(
        'INSERT INTO participants (id, document_id, role, name, organisation, grp, grp_confirmed, show_name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [
          p.id,
          p.documentId,
          p.role,
          p.name,
          p.organisation,
          p.group,
          p.groupConfirmed === true,
          p.showName === true,
          tokenHash,
          p.createdAt,
        ],
      )
    },
    async setParticipantGroup(documentId, participantId, group, confirmed) {
      const r = await pool.query(
        'UPDATE participants SET grp = $1, grp_confirmed = $2 WHERE document_id = $3 AND id = $4',
        [group, confirmed, documentId, participantId],
      )
      return (r.rowCount ?? 0) > 0
    },
    async countThreads(documentId, createdBy) {
      const r = await pool.query<{ n: string }>(
        'SELECT COUNT(*) AS n FROM threads WHERE document_id = $1 AND ($2::text IS NULL OR created_by = $2)',
        [documentId, createdBy ?? null],
      )
      return Number(r.rows[0]?.n ?? 0)
    },
    async countComments(documentId, filter = {}) {
      const r = await pool.query<{ n: string }>(
        'SELECT COUNT(*) AS n FROM comments WHERE document_id = $1 AND ($2::text IS NULL OR author_id = $2) AND ($3::text IS NULL OR thread_id = $3)',
        [documentId, filter.authorId ?? null, filter.threadId ?? null],
      )
      return Number(r.rows[0]?.n ?? 0)
    },
    async findSession(tokenHash) {
      const r = await pool.query<ParticipantRow>(
        'SELECT * FROM participants WHERE revoked_at IS NULL AND (token_hash = $1 OR id = (SELECT participant_id FROM sessions WHERE token_hash = $1))',
        [tokenHash],
      )
      return r.rows[0] ? toParticipant(r.rows[0]) : null
    },
    async addSession(participantId, tokenHash, at) {
      await pool.query('INSERT INTO sessions (token_hash, participant_id, created_at) VALUES ($1, $2, $3)', [
        tokenHash,
        participantId,
        at,
      ])
    },
    async setPersonalLink(participantId, linkHash) {
      await pool.query('UPDATE participants SET link_hash = $1 WHERE id = $2', [linkHash, participantId])
    },
    async findPersonalLink(linkHash) {
      const r = await pool.query<ParticipantRow>(
        'SELECT * FROM participants WHERE link_hash = $1 AND revoked_at IS NULL',
        [linkHash],
      )
      return r.rows[0] ? toParticipant(r.rows[0]) : null
    },
    async setRuleset(documentId, ruleset) {
      await pool.query('UPDATE documents SET ruleset = $1 WHERE id = $2', [ruleset, documentId])
    },
    async setDownloadAllowed(documentId, allowed) {
      await pool.query('UPDATE documents SET download_allowed = $1 WHERE id = $2', [allowed, documentId])
    },
    async setTheme(documentId, theme) {
      await pool.query('UPDATE documents SET theme = $1 WHERE id = $2', [theme, documentId])
    },
    async getParticipant(id) {
      const r = await pool.query<ParticipantRow>('SELECT * FROM participants WHERE id = $1', [id])
      return r.rows[0] ? toParticipant(r.rows[0]) : null
    },
    async listParticipants(documentId) {
      const r = await pool.query<ParticipantRow>(
        'SELECT * FROM participants WHERE document_id = $1 ORDER BY created_at, id',
        [documentId],
      )
      return r.rows.map(toParticipant)
    },
    async revokeParticipant(documentId, participantId, at) {
      const r = await pool.query(
        'UPDATE participants SET revoked_at = $1 WHERE document_id = $2 AND id = $3 AND revoked_at IS NULL',
        [at, documentId, participantId],
      )
      return (r.rowCount ?? 0) > 0
    },
    async renewInvite(documentId, role, token, at) {
      await transaction(async (c) => {
        await c.query(
          'UPDATE invite_links SET revoked_at = $1 WHERE document_id = $2 AND role = $3 AND revoked_at IS NULL',
          [at, documentId, role],
        )
        await insertInvite(c, documentId, role, token, at)
      })
    },
    async createThread(t, first) {
      await transaction(async (c) => {
        await c.query(
          'INSERT INTO threads (id, document_id, anchor, opgave, section, quote, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [t.id, t.documentId, JSON.stringify(t.anchor), t.opgave, t.section, t.quote, t.createdAt, t.createdBy],
        )
        const sg = t.suggestion
        if (sg) {
          await c.query(
            'INSERT INTO thread_suggestions (thread_id, document_id, text, original, status, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [t.id, t.documentId, sg.text, sg.original, sg.status, sg.decidedBy, sg.decidedAt],
          )
        }
        if (first) await insertComment(c, first)
      })
    },
    async getThread(documentId, threadId) {
      const r = await pool.query<ThreadRow>('SELECT * FROM threads WHERE document_id = $1 AND id = $2', [
        documentId,
        threadId,
      ])
      const row = r.rows[0]
      if (!row) return null
      const [sg, rs] = await Promise.all([
        pool.query<SuggestionRow>('SELECT * FROM thread_suggestions WHERE thread_id = $1', [row.id]),
        pool.query<ResponseRow>('SELECT * FROM thread_responses WHERE thread_id = $1', [row.id]),
      ])
      return withExtras(toThread(row), sg.rows[0], rs.rows[0])
    },
    async listThreads(documentId) {
      const threads = await pool.query<ThreadRow>('SELECT * FROM threads WHERE document_id = $1 ORDER BY seq', [
        documentId,
      ])
      const comments = await pool.query<
        CommentRow & { name: string; organisation: string; grp: string | null; a_role: Role; a_confirmed: boolean }
      >(
        'SELECT c.*, p.name, p.organisation, p.grp, p.role AS a_role, p.grp_confirmed AS a_confirmed FROM comments c JOIN participants p ON p.id = c.author_id WHERE c.document_id = $1 ORDER BY c.seq',
        [documentId],
      )
      const byThread = new Map<string, CommentWithAuthor[]>()
      for (const row of comments.rows) {
        const list = byThread.get(row.thread_id) ?? []
        list.push({
          ...toComment(row),
          author: {
            name: row.name,
            organisation: row.organisation,
            group: row.grp,
            role: row.a_role,
            groupConfirmed: row.a_confirmed,
          },
        })
        byThread.set(row.thread_id, list)
      }
      const [sg, rs] = await Promise.all([
        pool.query<SuggestionRow>('SELECT * FROM thread_suggestions WHERE document_id = $1', [documentId]),
        pool.query<ResponseRow>('SELECT * FROM thread_responses WHERE document_id = $1', [documentId]),
      ])
      const suggestions = new Map(sg.rows.map((r) => [r.thread_id, r]))
      const responses = new Map(rs.rows.map((r) => [r.thread_id, r]))
      return threads.rows.map((t) => ({
        ...withExtras(toThread(t), suggestions.get(t.id), responses.get(t.id)),
        comments: byThread.get(t.id) ?? [],
      }))
    },
    async setThreadResolved(threadId, resolved) {
      await pool.query('UPDATE threads SET resolved = $1 WHERE id = $2', [resolved, threadId])
    },
    async setThreadPublic(threadId, isPublic) {
      await pool.query('UPDATE threads SET is_public = $1 WHERE id = $2', [isPublic, threadId])
    },
    async setParticipantShowName(participantId, showName) {
      await pool.query('UPDATE participants SET show_name = $1 WHERE id = $2', [showName, participantId])
    },
    async updateSuggestion(threadId, expected, next, response) {
      return transaction(async (c) => {
        // Row-locking compare-and-set: a second node deciding at the same moment waits, then finds
        // the status changed and updates nothing.
        const r = await c.query(
          'UPDATE thread_suggestions SET status = $1, decided_by = $2, decided_at = $3 WHERE thread_id = $4 AND status = $5',
          [next.status, next.decidedBy, next.decidedAt, threadId, expected],
        )
        if ((r.rowCount ?? 0) === 0) return false
        await c.query('UPDATE threads SET resolved = $1 WHERE id = $2', [next.status !== 'open', threadId])
        if (response !== undefined) await setResponse(c, threadId, response)
        return true
      })
    },
    async setThreadResponse(threadId, response) {
      await setResponse(pool, threadId, response)
    },
    async addComment(c) {
      await insertComment(pool, c)
    },
    async getComment(threadId, commentId) {
      const r = await pool.query<CommentRow>('SELECT * FROM comments WHERE thread_id = $1 AND id = $2', [
        threadId,
        commentId,
      ])
      return r.rows[0] ? toComment(r.rows[0]) : null
    },
    async updateComment(commentId, body, editedAt) {
      await pool.query('UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3', [body, editedAt, commentId])
    },
    async deleteComment(threadId, commentId) {
      return transaction(async (c) => {
        await c.query('DELETE FROM comments WHERE thread_id = $1 AND id = $2', [threadId, commentId])
        const left = await c.query<{ n: string }>('SELECT COUNT(*) AS n FROM comments WHERE thread_id = $1', [threadId])
        let threadDeleted = false
        if (Number(left.rows[0]?.n ?? 0) === 0) {
          // A proposal's thread stays when its explanation is deleted: the proposal is the input.
          const gone = await c.query(
            'DELETE FROM threads WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM thread_suggestions s WHERE s.thread_id = threads.id)',
            [threadId],
          )
          threadDeleted = (gone.rowCount ?? 0) > 0
        }
        return { threadDeleted }
      })
    },
    async appendActivity(e) {
      await pool.query(
        'INSERT INTO activity (document_id, at, actor_id, action, details) VALUES ($1, $2, $3, $4, $5)',
        [e.documentId, e.at, e.actorId, e.action, JSON.stringify(e.details)],
      )
    },
    async listActivity(documentId, limit) {
      const r = await pool.query<{
        id: string
        document_id: string
        at: Date
        actor_id: string | null
        action: string
        details: Record<string, unknown>
        name: string | null
        organisation: string | null
        grp: string | null
      }>(
        'SELECT a.*, p.name, p.organisation, p.grp FROM activity a LEFT JOIN participants p ON p.id = a.actor_id WHERE a.document_id = $1 ORDER BY a.id DESC LIMIT $2',
        [documentId, limit],
      )
      return r.rows.map((row) => ({
        id: Number(row.id),
        documentId: row.document_id,
        at: row.at.toISOString(),
        actorId: row.actor_id,
        action: row.action,
        details: row.details,
        actor: row.name === null ? null : { name: row.name, organisation: row.organisation ?? '', group: row.grp },
      }))
    },
    async createVersion(v, state) {
      await pool.query(
        'INSERT INTO versions (id, document_id, name, note, created_at, author_id, state) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [v.id, v.documentId, v.name, v.note, v.createdAt, v.authorId, Buffer.from(state)],
      )
    },
    async listVersions(documentId) {
      const r = await pool.query<VersionRow>(
        'SELECT v.id, v.document_id, v.name, v.note, v.created_at, v.author_id, p.name AS a_name, p.organisation AS a_org, p.grp AS a_grp FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = $1 ORDER BY v.seq DESC',
        [documentId],
      )
      return r.rows.map(toVersion)
    },
    async getVersion(documentId, versionId) {
      const r = await pool.query<VersionRow & { state: Buffer }>(
        'SELECT v.*, p.name AS a_name, p.organisation AS a_org, p.grp AS a_grp FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = $1 AND v.id = $2',
        [documentId, versionId],
      )
      const row = r.rows[0]
      return row ? { ...toVersion(row), state: new Uint8Array(row.state) } : null
    },
    async listAdoption(documentId) {
      const r = await pool.query<{ data: MunicipalityAdoption }>('SELECT data FROM adoption WHERE document_id = $1', [
        documentId,
      ])
      return r.rows.map((row) => row.data)
    },
    async putAdoption(documentId, adoption) {
      await pool.query(
        'INSERT INTO adoption (document_id, municipality, data) VALUES ($1, $2, $3) ON CONFLICT (document_id, municipality) DO UPDATE SET data = EXCLUDED.data',
        [documentId, adoption.name, JSON.stringify(adoption)],
      )
    },
    async appendUpdate(documentId, update) {
      // The document's row lock is taken before the number is drawn and held until commit, so
      // appends to one document (from any node) commit in the order of their numbers: whoever has
      // seen n has seen everything before it. One statement, so one round trip.
      const r = await pool.query<{ seq: string }>(
        `WITH next AS (UPDATE documents SET edited_at = now(), last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
         INSERT INTO doc_updates (document_id, seq, data) SELECT $1, last_seq, $2 FROM next RETURNING seq`,
        [documentId, Buffer.from(update)],
      )
      const row = r.rows[0]
      if (!row) throw new Error(`unknown document ${documentId}`)
      return Number(row.seq)
    },
    loadState(documentId) {
      return readLog(documentId, null)
    },
    loadUpdatesSince(documentId, seq) {
      return readLog(documentId, seq)
    },
    compact(documentId) {
      return transaction(async (c) => {
        // Compactions of one document take turns; appends go on meanwhile (they never take this lock).
        await c.query(DOCUMENT_LOCK, [documentId])
        const snap = await c.query<{ state: Buffer; upto_seq: string }>(
          'SELECT state, upto_seq FROM doc_snapshots WHERE document_id = $1',
          [documentId],
        )
        const row = snap.rows[0]
        // Appends commit in the order of their numbers, so what this reads is a prefix of the log.
        const ups = await c.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE document_id = $1 AND seq > $2 ORDER BY seq',
          [documentId, Number(row?.upto_seq ?? 0)],
        )
        const last = ups.rows.at(-1)
        if (!last) return 0
        const merged = mergeState(
          row ? new Uint8Array(row.state) : null,
          ups.rows.map((u) => new Uint8Array(u.data)),
        )
        await c.query(
          'INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES ($1, $2, $3) ON CONFLICT (document_id) DO UPDATE SET state = EXCLUDED.state, upto_seq = EXCLUDED.upto_seq',
          [documentId, Buffer.from(merged), last.seq],
        )
        await c.query('DELETE FROM doc_updates WHERE document_id = $1 AND seq <= $2', [documentId, last.seq])
        return ups.rows.length
      })
    },
    async ping() {
      await pool.query('SELECT 1')
    },
    async close() {
      await pool.end()
    },
  }
}
