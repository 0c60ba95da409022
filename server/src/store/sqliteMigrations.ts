import type { SecretBox } from '../auth/secretBox.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Migration } from './sql/migrate.ts'
import { all, exec, get, map, run, type Work } from './sql/Sql.ts'

// Version 1 is the schema as the store set it up before migrations were versioned, with every
// upgrade it applied to older databases, in the same order. Each step checks before it changes, so
// it also brings any older database up to date and leaves a current one as it is.

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  region TEXT,
  municipalities TEXT NOT NULL,
  ruleset TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT
);
CREATE TABLE IF NOT EXISTS invite_links (
  token_hash TEXT PRIMARY KEY,
  token_sealed TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS invite_links_document ON invite_links(document_id);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  grp TEXT,
  grp_confirmed INTEGER NOT NULL DEFAULT 0,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  link_hash TEXT
);
CREATE INDEX IF NOT EXISTS participants_document ON participants(document_id);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS threads (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  anchor TEXT NOT NULL,
  opgave INTEGER,
  section TEXT,
  quote TEXT,
  resolved INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES participants(id)
);
CREATE INDEX IF NOT EXISTS threads_document ON threads(document_id, created_at);
CREATE TABLE IF NOT EXISTS comments (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  author_id TEXT NOT NULL REFERENCES participants(id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT
);
CREATE INDEX IF NOT EXISTS comments_document ON comments(document_id, created_at);
CREATE TABLE IF NOT EXISTS thread_suggestions (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  text TEXT NOT NULL,
  original TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_by TEXT REFERENCES participants(id),
  decided_at TEXT
);
CREATE INDEX IF NOT EXISTS thread_suggestions_document ON thread_suggestions(document_id);
CREATE TABLE IF NOT EXISTS thread_responses (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL,
  reason TEXT,
  by_id TEXT NOT NULL REFERENCES participants(id),
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_responses_document ON thread_responses(document_id);
CREATE TABLE IF NOT EXISTS activity (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id),
  at TEXT NOT NULL,
  actor_id TEXT REFERENCES participants(id),
  action TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_document ON activity(document_id, id);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  author_id TEXT REFERENCES participants(id),
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_document ON versions(document_id, created_at);
CREATE TABLE IF NOT EXISTS adoption (
  document_id TEXT NOT NULL REFERENCES documents(id),
  municipality TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (document_id, municipality)
);
`

const columns = (table: string) =>
  map(all<{ name: string }>(`PRAGMA table_info(${table})`), (rows) => new Set(rows.map((r) => r.name)))

function* confirmedGroups(): Work<void> {
  const has = yield* columns('participants')
  if (has.size === 0 || has.has('grp_confirmed')) return
  // The owner decides the groups: of the people who joined before, only owners count as confirmed.
  yield* exec(`ALTER TABLE participants ADD COLUMN grp_confirmed INTEGER NOT NULL DEFAULT 0;
    UPDATE participants SET grp_confirmed = 1 WHERE role = 'owner';`)
}

/** Columns added after the first release. */
function* laterColumns(): Work<void> {
  const documents = yield* columns('documents')
  const participants = yield* columns('participants')
  const threads = yield* columns('threads')
  // The time of the last edit and the personal link.
  if (!documents.has('edited_at')) yield* exec('ALTER TABLE documents ADD COLUMN edited_at TEXT')
  if (!participants.has('link_hash')) yield* exec('ALTER TABLE participants ADD COLUMN link_hash TEXT')
  yield* exec('CREATE UNIQUE INDEX IF NOT EXISTS participants_link ON participants(link_hash)')
  // The reactieverslag: nothing is public and nobody private is named until someone chose so.
  if (!threads.has('is_public')) yield* exec('ALTER TABLE threads ADD COLUMN is_public INTEGER NOT NULL DEFAULT 0')
  if (!participants.has('show_name')) {
    yield* exec('ALTER TABLE participants ADD COLUMN show_name INTEGER NOT NULL DEFAULT 0')
  }
  // Documents from before the download setting: only owners and editors download until the owner allows it.
  if (!documents.has('download_allowed')) {
    yield* exec('ALTER TABLE documents ADD COLUMN download_allowed INTEGER NOT NULL DEFAULT 0')
  }
  // Documents from before the theme choice keep the neutral look.
  if (!documents.has('theme')) yield* exec("ALTER TABLE documents ADD COLUMN theme TEXT NOT NULL DEFAULT 'neutral'")
}

/**
 * Updates used to be numbered by one AUTOINCREMENT over all documents; now each document counts its
 * own without gaps (`documents.last_seq`), like PostgreSQL, where several nodes rely on it. The old
 * numbers stay and the count goes on from the highest.
 */
function* sequencePerDocument(): Work<void> {
  const hasCount = (yield* columns('documents')).has('last_seq')
  const table = yield* get<{ sql: string }>(
    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'doc_updates'",
  )
  if (table?.sql.includes('AUTOINCREMENT')) {
    yield* exec(`CREATE TABLE doc_updates_by_document (
      document_id TEXT NOT NULL REFERENCES documents(id),
      seq INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (document_id, seq)
    );
    INSERT INTO doc_updates_by_document (document_id, seq, data) SELECT document_id, seq, data FROM doc_updates;
    DROP TABLE doc_updates;
    ALTER TABLE doc_updates_by_document RENAME TO doc_updates;`)
  }
  if (!hasCount) {
    yield* exec(`ALTER TABLE documents ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE documents SET last_seq = max(
      (SELECT COALESCE(max(seq), 0) FROM doc_updates u WHERE u.document_id = documents.id),
      (SELECT COALESCE(max(upto_seq), 0) FROM doc_snapshots s WHERE s.document_id = documents.id));`)
  }
}

interface PlainInvite {
  token: string
  document_id: string
  role: string
  created_at: string
  revoked_at: string | null
}

/**
 * Moves invites from the old plain-text table into `invite_links` (hash + sealed token) and drops
 * the old table. secure_delete overwrites its pages; the store checkpoints the WAL after migrating,
 * so the plain text leaves the WAL too.
 */
function* sealInvites(secrets: SecretBox): Work<void> {
  const old = yield* get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'invites'")
  if (!old) return
  yield* exec('PRAGMA secure_delete = ON')
  for (const r of yield* all<PlainInvite>('SELECT token, document_id, role, created_at, revoked_at FROM invites')) {
    yield* run(
      'INSERT OR IGNORE INTO invite_links (token_hash, token_sealed, document_id, role, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
      hashToken(r.token),
      secrets.seal(r.token),
      r.document_id,
      r.role,
      r.created_at,
      r.revoked_at,
    )
  }
  yield* exec('DROP TABLE invites')
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'schema before versioned migrations',
    *up({ secrets }) {
      yield* confirmedGroups()
      yield* exec(SCHEMA)
      yield* laterColumns()
      yield* sequencePerDocument()
      yield* sealInvites(secrets)
    },
  },
  {
    version: 2,
    name: 'update log clustered by document and number',
    // Without a rowid the log is one b-tree keyed by (document_id, seq) instead of a table and an
    // index beside it: an append writes one fewer page per commit (bench/store.ts: some 10% less
    // wall time and CPU per append), and loading reads the updates in key order from one tree.
    *up() {
      yield* exec(`CREATE TABLE doc_updates_clustered (
        document_id TEXT NOT NULL REFERENCES documents(id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (document_id, seq)
      ) WITHOUT ROWID;
      INSERT INTO doc_updates_clustered (document_id, seq, data) SELECT document_id, seq, data FROM doc_updates;
      DROP TABLE doc_updates;
      ALTER TABLE doc_updates_clustered RENAME TO doc_updates;`)
    },
  },
]
