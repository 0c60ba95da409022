import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Invites } from '@regiovisie/shared/api'
import { ROLES, type Role } from '@regiovisie/shared/roles'
import Database from 'better-sqlite3'
import type { DocumentRecord, InviteRecord, ParticipantRecord, Store, StoredState } from './Store.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  region TEXT,
  municipalities TEXT NOT NULL,
  ruleset TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS invites (
  token TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
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
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS participants_document ON participants(document_id);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id),
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_document ON doc_updates(document_id, seq);
`

interface DocumentRow {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string
  ruleset: string
  created_at: string
}
interface ParticipantRow {
  id: string
  document_id: string
  role: Role
  name: string
  organisation: string
  grp: string | null
  created_at: string
  revoked_at: string | null
}

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  region: r.region,
  municipalities: JSON.parse(r.municipalities) as string[],
  ruleset: r.ruleset,
  createdAt: r.created_at,
})
export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  documentId: r.document_id,
  role: r.role,
  name: r.name,
  organisation: r.organisation,
  group: r.grp,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
})

/**
 * The embedded default store. WAL with synchronous=FULL: an update is on disk when
 * `appendUpdate` returns, so it survives a crash of the process and of the machine.
 */
export function createSqliteStore(file: string): Store {
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)

  const q = {
    insertDocument: db.prepare(
      'INSERT INTO documents (id, title, template, region, municipalities, ruleset, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertInvite: db.prepare('INSERT INTO invites (token, document_id, role, created_at) VALUES (?, ?, ?, ?)'),
    insertSnapshot: db.prepare(
      'INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq',
    ),
    getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    listDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY created_at DESC'),
    getInvites: db.prepare<[string], { token: string; role: Role }>(
      'SELECT token, role FROM invites WHERE document_id = ? AND revoked_at IS NULL',
    ),
    findInvite: db.prepare<[string], { token: string; document_id: string; role: Role }>(
      'SELECT token, document_id, role FROM invites WHERE token = ? AND revoked_at IS NULL',
    ),
    insertParticipant: db.prepare(
      'INSERT INTO participants (id, document_id, role, name, organisation, grp, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    findSession: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    appendUpdate: db.prepare('INSERT INTO doc_updates (document_id, data) VALUES (?, ?)'),
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
      doc.createdAt,
    )
    for (const role of ROLES) q.insertInvite.run(invites[role], doc.id, role, doc.createdAt)
    q.insertSnapshot.run(doc.id, Buffer.from(state), 0)
  })

  const loadStateTx = db.transaction((id: string): StoredState => {
    const snap = q.getSnapshot.get(id)
    const rows = q.getUpdates.all(id, snap?.upto_seq ?? 0)
    return {
      snapshot: snap ? new Uint8Array(snap.state) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.at(-1)?.seq ?? snap?.upto_seq ?? 0,
    }
  })

  const compactTx = db.transaction((id: string, snapshot: Uint8Array, uptoSeq: number) => {
    q.insertSnapshot.run(id, Buffer.from(snapshot), uptoSeq)
    q.deleteUpdates.run(id, uptoSeq)
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
      return Object.fromEntries(rows.map((r) => [r.role, r.token])) as unknown as Invites
    },
    async findInvite(token) {
      const row = q.findInvite.get(token)
      return row ? ({ token: row.token, documentId: row.document_id, role: row.role } satisfies InviteRecord) : null
    },
    async createParticipant(p, tokenHash) {
      q.insertParticipant.run(p.id, p.documentId, p.role, p.name, p.organisation, p.group, tokenHash, p.createdAt)
    },
    async findSession(tokenHash) {
      const row = q.findSession.get(tokenHash)
      return row ? toParticipant(row) : null
    },
    async appendUpdate(documentId, update) {
      return Number(q.appendUpdate.run(documentId, Buffer.from(update)).lastInsertRowid)
    },
    async loadState(documentId) {
      return loadStateTx(documentId)
    },
    async compact(documentId, snapshot, uptoSeq) {
      compactTx(documentId, snapshot, uptoSeq)
    },
    async close() {
      db.close()
    },
  }
}
