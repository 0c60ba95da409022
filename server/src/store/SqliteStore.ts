import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'
import { dirname } from 'node:path'
import type { MunicipalityAdoption } from '@regiovisie/shared/adoption'
import type { Invites } from '@regiovisie/shared/api'
import type { ResponseKind, SuggestionStatus } from '@regiovisie/shared/comments'
import { ROLES, type Role } from '@regiovisie/shared/roles'
import Database from 'better-sqlite3'
import { createSecretBox, openInvites, resolveSecretKey, type SecretBox } from '../auth/secretBox.ts'
import { hashToken } from '../auth/tokens.ts'
import { mergeState } from './mergeState.ts'
import type {
  CommentRecord,
  CommentWithAuthor,
  DocumentRecord,
  InviteRecord,
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

interface DocumentRow {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string
  ruleset: string
  download_allowed: number
  theme: string
  created_at: string
  edited_at: string | null
}
interface ParticipantRow {
  id: string
  document_id: string
  role: Role
  name: string
  organisation: string
  grp: string | null
  grp_confirmed: number
  show_name: number
  created_at: string
  revoked_at: string | null
}

interface ThreadRow {
  id: string
  document_id: string
  anchor: string
  opgave: number | null
  section: string | null
  quote: string | null
  resolved: number
  is_public: number
  created_at: string
  created_by: string
}
interface SuggestionRow {
  thread_id: string
  text: string
  original: string
  status: SuggestionStatus
  decided_by: string | null
  decided_at: string | null
}
interface ResponseRow {
  thread_id: string
  kind: ResponseKind
  reason: string | null
  by_id: string
  at: string
}
const toSuggestion = (r: SuggestionRow): SuggestionRecord => ({
  text: r.text,
  original: r.original,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
})
const toResponse = (r: ResponseRow): ThreadResponseRecord => ({
  kind: r.kind,
  reason: r.reason,
  by: r.by_id,
  at: r.at,
})
interface CommentRow {
  id: string
  thread_id: string
  document_id: string
  author_id: string
  body: string
  created_at: string
  edited_at: string | null
  name: string
  organisation: string
  grp: string | null
  a_role: Role
  a_confirmed: number
}
interface ActivityRow {
  id: number
  document_id: string
  at: string
  actor_id: string | null
  action: string
  details: string
  name: string | null
  organisation: string | null
  grp: string | null
}

interface VersionRow {
  id: string
  document_id: string
  name: string
  note: string | null
  created_at: string
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
  createdAt: r.created_at,
  authorId: r.author_id,
  author: r.a_name === null ? null : { name: r.a_name, organisation: r.a_org ?? '', group: r.a_grp },
})

const toThread = (r: ThreadRow): ThreadRecord => ({
  id: r.id,
  documentId: r.document_id,
  anchor: JSON.parse(r.anchor),
  opgave: r.opgave,
  section: r.section,
  quote: r.quote,
  resolved: r.resolved === 1,
  public: r.is_public === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
})
const toComment = (r: CommentRow): CommentWithAuthor => ({
  id: r.id,
  threadId: r.thread_id,
  documentId: r.document_id,
  authorId: r.author_id,
  body: r.body,
  createdAt: r.created_at,
  editedAt: r.edited_at,
  author: {
    name: r.name,
    organisation: r.organisation,
    group: r.grp,
    role: r.a_role,
    groupConfirmed: r.a_confirmed === 1,
  },
})

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  region: r.region,
  municipalities: JSON.parse(r.municipalities) as string[],
  ruleset: r.ruleset,
  downloadAllowed: r.download_allowed === 1,
  theme: r.theme,
  createdAt: r.created_at,
  editedAt: r.edited_at,
})
export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  documentId: r.document_id,
  role: r.role,
  name: r.name,
  organisation: r.organisation,
  group: r.grp,
  groupConfirmed: r.grp_confirmed === 1,
  showName: r.show_name === 1,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
})

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
 * Moves invites from the old plain-text table into `invite_links` (hash + sealed token) and
 * drops the old table, in one transaction; secure_delete and a checkpoint overwrite the old pages.
 */
function migrateInvites(db: Database.Database, secrets: SecretBox): void {
  const old = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'invites'").get()
  if (!old) return
  const rows = db
    .prepare<[], { token: string; document_id: string; role: string; created_at: string; revoked_at: string | null }>(
      'SELECT token, document_id, role, created_at, revoked_at FROM invites',
    )
    .all()
  const insert = db.prepare(
    'INSERT OR IGNORE INTO invite_links (token_hash, token_sealed, document_id, role, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  db.pragma('secure_delete = ON')
  db.transaction(() => {
    for (const r of rows) {
      insert.run(hashToken(r.token), secrets.seal(r.token), r.document_id, r.role, r.created_at, r.revoked_at)
    }
    db.exec('DROP TABLE invites')
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
}

/** Documents from before the download setting: only owners and editors download until the owner allows it. */
function migrateDownloadSetting(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all()
  if (columns.some((c) => c.name === 'download_allowed')) return
  db.exec('ALTER TABLE documents ADD COLUMN download_allowed INTEGER NOT NULL DEFAULT 0')
}

/** Documents from before the theme choice keep the neutral look. */
function migrateThemeSetting(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all()
  if (columns.some((c) => c.name === 'theme')) return
  db.exec("ALTER TABLE documents ADD COLUMN theme TEXT NOT NULL DEFAULT 'neutral'")
}

function migrateParticipants(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(participants)').all()
  if (columns.length === 0 || columns.some((c) => c.name === 'grp_confirmed')) return
  db.exec('ALTER TABLE participants ADD COLUMN grp_confirmed INTEGER NOT NULL DEFAULT 0')
  // The owner decides the groups: of the people who joined before, only owners count as confirmed.
  db.exec("UPDATE participants SET grp_confirmed = 1 WHERE role = 'owner'")
}

/**
 * Updates used to be numbered by one AUTOINCREMENT over all documents; now each document counts its
 * own without gaps (`documents.last_seq`), like PostgreSQL, where several nodes rely on it. The old
 * numbers stay and the count goes on from the highest.
 */
function migrateSequenceNumbers(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all()
  const table = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'doc_updates'")
    .get()
  const hasCount = columns.some((c) => c.name === 'last_seq')
  const oldTable = table?.sql.includes('AUTOINCREMENT') ?? false
  if (hasCount && !oldTable) return
  db.transaction(() => {
    if (oldTable) {
      db.exec(`CREATE TABLE doc_updates_by_document (
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
      db.exec(`ALTER TABLE documents ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET last_seq = max(
        (SELECT COALESCE(max(seq), 0) FROM doc_updates u WHERE u.document_id = documents.id),
        (SELECT COALESCE(max(upto_seq), 0) FROM doc_snapshots s WHERE s.document_id = documents.id));`)
    }
  })()
}

/** Columns added after the first release: the time of the last edit and the personal link. */
function migrateColumns(db: Database.Database): void {
  const has = (table: string, column: string) =>
    db
      .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
      .all()
      .some((c) => c.name === column)
  if (!has('documents', 'edited_at')) db.exec('ALTER TABLE documents ADD COLUMN edited_at TEXT')
  if (!has('participants', 'link_hash')) db.exec('ALTER TABLE participants ADD COLUMN link_hash TEXT')
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS participants_link ON participants(link_hash)')
  // The reactieverslag: nothing is public and nobody private is named until someone chose so.
  if (!has('threads', 'is_public')) db.exec('ALTER TABLE threads ADD COLUMN is_public INTEGER NOT NULL DEFAULT 0')
  if (!has('participants', 'show_name'))
    db.exec('ALTER TABLE participants ADD COLUMN show_name INTEGER NOT NULL DEFAULT 0')
}

/**
 * The embedded default store. WAL with synchronous=FULL: an update is on disk when
 * `appendUpdate` returns, so it survives a crash of the process and of the machine.
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
  migrateParticipants(db)
  db.exec(SCHEMA)
  migrateColumns(db)
  migrateDownloadSetting(db)
  migrateThemeSetting(db)
  migrateSequenceNumbers(db)
  migrateInvites(db, secrets)
  restrictFiles(file)

  const q = {
    insertDocument: db.prepare(
      'INSERT INTO documents (id, title, template, region, municipalities, ruleset, download_allowed, theme, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertInvite: db.prepare(
      'INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    insertSnapshot: db.prepare(
      'INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq',
    ),
    getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    listDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY created_at DESC'),
    getInvites: db.prepare<[string], { token_sealed: string; role: Role }>(
      'SELECT token_sealed, role FROM invite_links WHERE document_id = ? AND revoked_at IS NULL',
    ),
    findInvite: db.prepare<[string], { document_id: string; role: Role }>(
      'SELECT document_id, role FROM invite_links WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    insertParticipant: db.prepare(
      'INSERT INTO participants (id, document_id, role, name, organisation, grp, grp_confirmed, show_name, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    setShowName: db.prepare('UPDATE participants SET show_name = ? WHERE id = ?'),
    setPublic: db.prepare('UPDATE threads SET is_public = ? WHERE id = ?'),
    setParticipantGroup: db.prepare(
      'UPDATE participants SET grp = ?, grp_confirmed = ? WHERE document_id = ? AND id = ?',
    ),
    findSession: db.prepare<[string, string], ParticipantRow>(
      'SELECT * FROM participants WHERE revoked_at IS NULL AND (token_hash = ? OR id = (SELECT participant_id FROM sessions WHERE token_hash = ?))',
    ),
    insertSession: db.prepare('INSERT INTO sessions (token_hash, participant_id, created_at) VALUES (?, ?, ?)'),
    setPersonalLink: db.prepare('UPDATE participants SET link_hash = ? WHERE id = ?'),
    findPersonalLink: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE link_hash = ? AND revoked_at IS NULL',
    ),
    setRuleset: db.prepare('UPDATE documents SET ruleset = ? WHERE id = ?'),
    setDownloadAllowed: db.prepare('UPDATE documents SET download_allowed = ? WHERE id = ?'),
    setTheme: db.prepare('UPDATE documents SET theme = ? WHERE id = ?'),
    getParticipant: db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?'),
    listParticipants: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE document_id = ? ORDER BY created_at',
    ),
    revokeParticipant: db.prepare(
      'UPDATE participants SET revoked_at = ? WHERE document_id = ? AND id = ? AND revoked_at IS NULL',
    ),
    revokeInvite: db.prepare(
      'UPDATE invite_links SET revoked_at = ? WHERE document_id = ? AND role = ? AND revoked_at IS NULL',
    ),
    insertThread: db.prepare(
      'INSERT INTO threads (id, document_id, anchor, opgave, section, quote, resolved, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)',
    ),
    getThread: db.prepare<[string, string], ThreadRow>('SELECT * FROM threads WHERE document_id = ? AND id = ?'),
    listThreads: db.prepare<[string], ThreadRow>('SELECT * FROM threads WHERE document_id = ? ORDER BY rowid'),
    listComments: db.prepare<[string], CommentRow>(
      'SELECT c.*, p.name, p.organisation, p.grp, p.role AS a_role, p.grp_confirmed AS a_confirmed FROM comments c JOIN participants p ON p.id = c.author_id WHERE c.document_id = ? ORDER BY c.rowid',
    ),
    countThreads: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM threads WHERE document_id = ?'),
    countThreadsBy: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM threads WHERE document_id = ? AND created_by = ?',
    ),
    countDocumentComments: db.prepare<[{ doc: string; author: string | null; thread: string | null }], { n: number }>(
      'SELECT COUNT(*) AS n FROM comments WHERE document_id = @doc AND (@author IS NULL OR author_id = @author) AND (@thread IS NULL OR thread_id = @thread)',
    ),
    setResolved: db.prepare('UPDATE threads SET resolved = ? WHERE id = ?'),
    insertComment: db.prepare(
      'INSERT INTO comments (id, thread_id, document_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getComment: db.prepare<
      [string, string],
      Omit<CommentRow, 'name' | 'organisation' | 'grp' | 'a_role' | 'a_confirmed'>
    >('SELECT * FROM comments WHERE thread_id = ? AND id = ?'),
    updateComment: db.prepare('UPDATE comments SET body = ?, edited_at = ? WHERE id = ?'),
    deleteComment: db.prepare('DELETE FROM comments WHERE thread_id = ? AND id = ?'),
    countComments: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM comments WHERE thread_id = ?'),
    // A proposal's thread stays when its explanation is deleted: the proposal is the input.
    deleteThread: db.prepare(
      'DELETE FROM threads WHERE id = ? AND NOT EXISTS (SELECT 1 FROM thread_suggestions s WHERE s.thread_id = threads.id)',
    ),
    insertSuggestion: db.prepare(
      'INSERT INTO thread_suggestions (thread_id, document_id, text, original, status, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getSuggestion: db.prepare<[string], SuggestionRow>('SELECT * FROM thread_suggestions WHERE thread_id = ?'),
    listSuggestions: db.prepare<[string], SuggestionRow>('SELECT * FROM thread_suggestions WHERE document_id = ?'),
    updateSuggestion: db.prepare(
      'UPDATE thread_suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE thread_id = ? AND status = ?',
    ),
    getResponse: db.prepare<[string], ResponseRow>('SELECT * FROM thread_responses WHERE thread_id = ?'),
    listResponses: db.prepare<[string], ResponseRow>('SELECT * FROM thread_responses WHERE document_id = ?'),
    upsertResponse: db.prepare(
      'INSERT INTO thread_responses (thread_id, document_id, kind, reason, by_id, at) SELECT id, document_id, ?, ?, ?, ? FROM threads WHERE id = ? ON CONFLICT(thread_id) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, by_id = excluded.by_id, at = excluded.at',
    ),
    deleteResponse: db.prepare('DELETE FROM thread_responses WHERE thread_id = ?'),
    insertActivity: db.prepare(
      'INSERT INTO activity (document_id, at, actor_id, action, details) VALUES (?, ?, ?, ?, ?)',
    ),
    listActivity: db.prepare<[string, number], ActivityRow>(
      'SELECT a.*, p.name, p.organisation, p.grp FROM activity a LEFT JOIN participants p ON p.id = a.actor_id WHERE a.document_id = ? ORDER BY a.id DESC LIMIT ?',
    ),
    insertVersion: db.prepare(
      'INSERT INTO versions (id, document_id, name, note, created_at, author_id, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listVersions: db.prepare<[string], VersionRow>(
      'SELECT v.id, v.document_id, v.name, v.note, v.created_at, v.author_id, p.name AS a_name, p.organisation AS a_org, p.grp AS a_grp FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = ? ORDER BY v.rowid DESC',
    ),
    getVersion: db.prepare<[string, string], VersionRow & { state: Buffer }>(
      'SELECT v.*, p.name AS a_name, p.organisation AS a_org, p.grp AS a_grp FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = ? AND v.id = ?',
    ),
    listAdoption: db.prepare<[string], { data: string }>('SELECT data FROM adoption WHERE document_id = ?'),
    putAdoption: db.prepare(
      'INSERT INTO adoption (document_id, municipality, data) VALUES (?, ?, ?) ON CONFLICT(document_id, municipality) DO UPDATE SET data = excluded.data',
    ),
    nextSeq: db.prepare<[string, string], { last_seq: number }>(
      'UPDATE documents SET edited_at = ?, last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq',
    ),
    appendUpdate: db.prepare('INSERT INTO doc_updates (document_id, seq, data) VALUES (?, ?, ?)'),
    getSnapshot: db.prepare<[string], { state: Buffer; upto_seq: number }>(
      'SELECT state, upto_seq FROM doc_snapshots WHERE document_id = ?',
    ),
    getUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE document_id = ? AND seq > ? ORDER BY seq',
    ),
    deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE document_id = ? AND seq <= ?'),
  }

  const createDocumentTx = db.transaction((doc: DocumentRecord, state: Uint8Array, invites: Invites) => {
    q.insertDocument.run(
      doc.id,
      doc.title,
      doc.template,
      doc.region,
      JSON.stringify(doc.municipalities),
      doc.ruleset,
      doc.downloadAllowed ? 1 : 0,
      doc.theme,
      doc.createdAt,
    )
    for (const role of ROLES) {
      q.insertInvite.run(hashToken(invites[role]), secrets.seal(invites[role]), doc.id, role, doc.createdAt)
    }
    q.insertSnapshot.run(doc.id, Buffer.from(state), 0)
  })

  const renewInviteTx = db.transaction((documentId: string, role: Role, token: string, at: string) => {
    q.revokeInvite.run(at, documentId, role)
    q.insertInvite.run(hashToken(token), secrets.seal(token), documentId, role, at)
  })
  const createThreadTx = db.transaction((t: ThreadRecord, c: CommentRecord | null) => {
    q.insertThread.run(
      t.id,
      t.documentId,
      JSON.stringify(t.anchor),
      t.opgave,
      t.section,
      t.quote,
      t.createdAt,
      t.createdBy,
    )
    const sg = t.suggestion
    if (sg) q.insertSuggestion.run(t.id, t.documentId, sg.text, sg.original, sg.status, sg.decidedBy, sg.decidedAt)
    if (c) q.insertComment.run(c.id, c.threadId, c.documentId, c.authorId, c.body, c.createdAt)
  })
  const deleteCommentTx = db.transaction((threadId: string, commentId: string) => {
    q.deleteComment.run(threadId, commentId)
    const left = q.countComments.get(threadId)?.n ?? 0
    const threadDeleted = left === 0 && q.deleteThread.run(threadId).changes > 0
    return { threadDeleted }
  })
  const setResponse = (threadId: string, r: ThreadResponseRecord | null) => {
    if (r) q.upsertResponse.run(r.kind, r.reason, r.by, r.at, threadId)
    else q.deleteResponse.run(threadId)
  }
  const updateSuggestionTx = db.transaction(
    (
      threadId: string,
      expected: SuggestionStatus,
      next: { status: SuggestionStatus; decidedBy: string | null; decidedAt: string | null },
      response: ThreadResponseRecord | null | undefined,
    ) => {
      const changed =
        q.updateSuggestion.run(next.status, next.decidedBy, next.decidedAt, threadId, expected).changes > 0
      if (!changed) return false
      q.setResolved.run(next.status === 'open' ? 0 : 1, threadId)
      if (response !== undefined) setResponse(threadId, response)
      return true
    },
  )
  /** A thread row with its proposal and response, when it has them. */
  const withExtras = (
    t: ThreadRecord,
    suggestion: SuggestionRow | undefined,
    response: ResponseRow | undefined,
  ): ThreadRecord => ({
    ...t,
    ...(suggestion ? { suggestion: toSuggestion(suggestion) } : {}),
    ...(response ? { response: toResponse(response) } : {}),
  })

  /** The snapshot (when `since` is null, or compaction folded updates after `since` into it) and the updates after it. */
  const readLogTx = db.transaction((id: string, since: number | null): StoredState => {
    const snap = q.getSnapshot.get(id)
    const withSnapshot = snap !== undefined && (since === null || snap.upto_seq > since)
    const from = withSnapshot ? snap.upto_seq : (since ?? 0)
    const rows = q.getUpdates.all(id, from)
    return {
      snapshot: withSnapshot ? new Uint8Array(snap.state) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.at(-1)?.seq ?? from,
    }
  })

  const appendUpdateTx = db.transaction((documentId: string, update: Uint8Array) => {
    const next = q.nextSeq.get(new Date().toISOString(), documentId)
    if (!next) throw new Error(`unknown document ${documentId}`)
    q.appendUpdate.run(documentId, next.last_seq, Buffer.from(update))
    return next.last_seq
  })

  // One writer at a time in SQLite: the transaction is the per-document lock.
  const compactTx = db.transaction((id: string): number => {
    const snap = q.getSnapshot.get(id)
    const rows = q.getUpdates.all(id, snap?.upto_seq ?? 0)
    const last = rows.at(-1)
    if (!last) return 0
    const merged = mergeState(
      snap ? new Uint8Array(snap.state) : null,
      rows.map((r) => new Uint8Array(r.data)),
    )
    q.insertSnapshot.run(id, Buffer.from(merged), last.seq)
    q.deleteUpdates.run(id, last.seq)
    return rows.length
  })

  return {
    kind: 'sqlite',
    async createDocument(doc, state, invites) {
      createDocumentTx(doc, state, invites)
    },
    async getDocument(id) {
      const row = q.getDocument.get(id)
      return row ? toDocument(row) : null
    },
    async listDocuments() {
      return q.listDocuments.all().map(toDocument)
    },
    async getInvites(documentId) {
      const rows = q.getInvites.all(documentId)
      if (rows.length === 0) return null
      return openInvites(secrets, rows)
    },
    async findInvite(token) {
      const row = q.findInvite.get(hashToken(token))
      return row ? ({ token, documentId: row.document_id, role: row.role } satisfies InviteRecord) : null
    },
    async createParticipant(p, tokenHash) {
      q.insertParticipant.run(
        p.id,
        p.documentId,
        p.role,
        p.name,
        p.organisation,
        p.group,
        p.groupConfirmed === true ? 1 : 0,
        p.showName === true ? 1 : 0,
        tokenHash,
        p.createdAt,
      )
    },
    async setParticipantGroup(documentId, participantId, group, confirmed) {
      return q.setParticipantGroup.run(group, confirmed ? 1 : 0, documentId, participantId).changes > 0
    },
    async countThreads(documentId, createdBy) {
      return (createdBy ? q.countThreadsBy.get(documentId, createdBy) : q.countThreads.get(documentId))?.n ?? 0
    },
    async countComments(documentId, filter = {}) {
      return (
        q.countDocumentComments.get({
          doc: documentId,
          author: filter.authorId ?? null,
          thread: filter.threadId ?? null,
        })?.n ?? 0
      )
    },
    async findSession(tokenHash) {
      const row = q.findSession.get(tokenHash, tokenHash)
      return row ? toParticipant(row) : null
    },
    async addSession(participantId, tokenHash, at) {
      q.insertSession.run(tokenHash, participantId, at)
    },
    async setPersonalLink(participantId, linkHash) {
      q.setPersonalLink.run(linkHash, participantId)
    },
    async findPersonalLink(linkHash) {
      const row = q.findPersonalLink.get(linkHash)
      return row ? toParticipant(row) : null
    },
    async setRuleset(documentId, ruleset) {
      q.setRuleset.run(ruleset, documentId)
    },
    async setDownloadAllowed(documentId, allowed) {
      q.setDownloadAllowed.run(allowed ? 1 : 0, documentId)
    },
    async setTheme(documentId, theme) {
      q.setTheme.run(theme, documentId)
    },
    async getParticipant(id) {
      const row = q.getParticipant.get(id)
      return row ? toParticipant(row) : null
    },
    async listParticipants(documentId) {
      return q.listParticipants.all(documentId).map(toParticipant)
    },
    async revokeParticipant(documentId, participantId, at) {
      return q.revokeParticipant.run(at, documentId, participantId).changes > 0
    },
    async renewInvite(documentId, role, token, at) {
      renewInviteTx(documentId, role, token, at)
    },
    async createThread(thread, first) {
      createThreadTx(thread, first)
    },
    async getThread(documentId, threadId) {
      const row = q.getThread.get(documentId, threadId)
      return row ? withExtras(toThread(row), q.getSuggestion.get(row.id), q.getResponse.get(row.id)) : null
    },
    async listThreads(documentId) {
      const comments = new Map<string, CommentWithAuthor[]>()
      for (const c of q.listComments.all(documentId).map(toComment)) {
        const list = comments.get(c.threadId) ?? []
        list.push(c)
        comments.set(c.threadId, list)
      }
      const suggestions = new Map(q.listSuggestions.all(documentId).map((r) => [r.thread_id, r]))
      const responses = new Map(q.listResponses.all(documentId).map((r) => [r.thread_id, r]))
      return q.listThreads.all(documentId).map((t) => ({
        ...withExtras(toThread(t), suggestions.get(t.id), responses.get(t.id)),
        comments: comments.get(t.id) ?? [],
      }))
    },
    async setThreadResolved(threadId, resolved) {
      q.setResolved.run(resolved ? 1 : 0, threadId)
    },
    async setThreadPublic(threadId, isPublic) {
      q.setPublic.run(isPublic ? 1 : 0, threadId)
    },
    async setParticipantShowName(participantId, showName) {
      q.setShowName.run(showName ? 1 : 0, participantId)
    },
    async updateSuggestion(threadId, expected, next, response) {
      return updateSuggestionTx(threadId, expected, next, response)
    },
    async setThreadResponse(threadId, response) {
      setResponse(threadId, response)
    },
    async addComment(c) {
      q.insertComment.run(c.id, c.threadId, c.documentId, c.authorId, c.body, c.createdAt)
    },
    async getComment(threadId, commentId) {
      const r = q.getComment.get(threadId, commentId)
      return r
        ? {
            id: r.id,
            threadId: r.thread_id,
            documentId: r.document_id,
            authorId: r.author_id,
            body: r.body,
            createdAt: r.created_at,
            editedAt: r.edited_at,
          }
        : null
    },
    async updateComment(commentId, body, editedAt) {
      q.updateComment.run(body, editedAt, commentId)
    },
    async deleteComment(threadId, commentId) {
      return deleteCommentTx(threadId, commentId)
    },
    async appendActivity(e) {
      q.insertActivity.run(e.documentId, e.at, e.actorId, e.action, JSON.stringify(e.details))
    },
    async listActivity(documentId, limit) {
      return q.listActivity.all(documentId, limit).map((r) => ({
        id: r.id,
        documentId: r.document_id,
        at: r.at,
        actorId: r.actor_id,
        action: r.action,
        details: JSON.parse(r.details) as Record<string, unknown>,
        actor: r.name === null ? null : { name: r.name, organisation: r.organisation ?? '', group: r.grp },
      }))
    },
    async createVersion(v, state) {
      q.insertVersion.run(v.id, v.documentId, v.name, v.note, v.createdAt, v.authorId, Buffer.from(state))
    },
    async listVersions(documentId) {
      return q.listVersions.all(documentId).map(toVersion)
    },
    async getVersion(documentId, versionId) {
      const row = q.getVersion.get(documentId, versionId)
      return row ? { ...toVersion(row), state: new Uint8Array(row.state) } : null
    },
    async listAdoption(documentId) {
      return q.listAdoption.all(documentId).map((r) => JSON.parse(r.data) as MunicipalityAdoption)
    },
    async putAdoption(documentId, adoption) {
      q.putAdoption.run(documentId, adoption.name, JSON.stringify(adoption))
    },
    async appendUpdate(documentId, update) {
      return appendUpdateTx(documentId, update)
    },
    async loadState(documentId) {
      return readLogTx(documentId, null)
    },
    async loadUpdatesSince(documentId, seq) {
      return readLogTx(documentId, seq)
    },
    async compact(documentId) {
      return compactTx(documentId)
    },
    async ping() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      db.close()
    },
  }
}
