import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPostgresStore, createSecretBox, createSqliteStore, type Store } from '@regiovisie/server'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Cleanup } from '../helpers/clients.ts'
import { assertPostgresReachable, PG_URL, skipPostgres } from '../helpers/postgres.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

// better-sqlite3 is the server's dependency; these tests write the old layout with it.
interface Sqlite {
  exec(sql: string): void
  prepare(sql: string): { run(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] }
  close(): void
}
const Database = createRequire(new URL('../../server/package.json', import.meta.url))('better-sqlite3') as new (
  file: string,
) => Sqlite

/**
 * A SQLite database exactly as the store left it before migrations were versioned (the
 * `sqlite_master` of one it created): the columns added over time at the end, no `schema_migrations`.
 */
const LAYOUT_BEFORE_VERSIONS = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  region TEXT,
  municipalities TEXT NOT NULL,
  ruleset TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT
, download_allowed INTEGER NOT NULL DEFAULT 0, theme TEXT NOT NULL DEFAULT 'neutral', last_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE invite_links (
  token_hash TEXT PRIMARY KEY,
  token_sealed TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX invite_links_document ON invite_links(document_id);
CREATE TABLE participants (
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
, show_name INTEGER NOT NULL DEFAULT 0);
CREATE INDEX participants_document ON participants(document_id);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  created_at TEXT NOT NULL
);
CREATE TABLE doc_snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE doc_updates (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
);
CREATE TABLE threads (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  anchor TEXT NOT NULL,
  opgave INTEGER,
  section TEXT,
  quote TEXT,
  resolved INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES participants(id)
, is_public INTEGER NOT NULL DEFAULT 0);
CREATE INDEX threads_document ON threads(document_id, created_at);
CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  author_id TEXT NOT NULL REFERENCES participants(id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT
);
CREATE INDEX comments_document ON comments(document_id, created_at);
CREATE TABLE thread_suggestions (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  text TEXT NOT NULL,
  original TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_by TEXT REFERENCES participants(id),
  decided_at TEXT
);
CREATE INDEX thread_suggestions_document ON thread_suggestions(document_id);
CREATE TABLE thread_responses (
  thread_id TEXT PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL,
  reason TEXT,
  by_id TEXT NOT NULL REFERENCES participants(id),
  at TEXT NOT NULL
);
CREATE INDEX thread_responses_document ON thread_responses(document_id);
CREATE TABLE activity (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id),
  at TEXT NOT NULL,
  actor_id TEXT REFERENCES participants(id),
  action TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX activity_document ON activity(document_id, id);
CREATE TABLE versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  author_id TEXT REFERENCES participants(id),
  state BLOB NOT NULL
);
CREATE INDEX versions_document ON versions(document_id, created_at);
CREATE TABLE adoption (
  document_id TEXT NOT NULL REFERENCES documents(id),
  municipality TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (document_id, municipality)
);
CREATE UNIQUE INDEX participants_link ON participants(link_hash);
`

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const at = (s: number) => new Date(Date.UTC(2025, 5, 1, 12, 0, s)).toISOString()

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rv-migrate-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  return join(dir, 'regiovisie.sqlite')
}

/** The tables and indexes of a SQLite file, as SQLite keeps their definitions. */
function layout(file: string): string[] {
  const db = new Database(file)
  try {
    return (
      db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence'").all() as Array<{
        sql: string
      }>
    )
      .map((r) => r.sql)
      .sort()
  } finally {
    db.close()
  }
}

function text(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state.updates) Y.applyUpdate(doc, u)
  return doc.getText('t').toString()
}
function typed(doc: Y.Doc, s: string): Uint8Array {
  const before = Y.encodeStateVector(doc)
  doc.getText('t').insert(doc.getText('t').length, s)
  return Y.encodeStateAsUpdate(doc, before)
}

describe('SQLite: a database from before versioned migrations', () => {
  const secrets = createSecretBox(randomBytes(32))
  const invites = { owner: 'inv-owner', editor: 'inv-editor', commenter: 'inv-commenter', viewer: 'inv-viewer' }

  /** An old database with a row in every table, as the store of that time wrote them. */
  function oldDatabase(file: string): Y.Doc {
    const src = new Y.Doc()
    const db = new Database(file)
    db.exec('PRAGMA journal_mode = WAL')
    db.exec(LAYOUT_BEFORE_VERSIONS)
    const insert = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params)
    insert(
      "INSERT INTO documents (id, title, template, region, municipalities, ruleset, created_at, edited_at, download_allowed, theme, last_seq) VALUES ('d1', 'Oud', 'nvo-jeugd', 'Regio', '[\"Aadorp\"]', 'nvo-2020', ?, ?, 1, 'utrecht', 3)",
      at(0),
      at(9),
    )
    for (const [role, token] of Object.entries(invites)) {
      insert(
        "INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at) VALUES (?, ?, 'd1', ?, ?)",
        sha256(token),
        secrets.seal(token),
        role,
        at(0),
      )
    }
    insert(
      "INSERT INTO participants (id, document_id, role, name, organisation, grp, grp_confirmed, token_hash, created_at, link_hash, show_name) VALUES ('p1', 'd1', 'owner', 'Eigenaar', 'Regio', 'gemeente', 1, ?, ?, ?, 1)",
      sha256('session-p1'),
      at(1),
      sha256('link-p1'),
    )
    insert(
      "INSERT INTO participants (id, document_id, role, name, organisation, grp, grp_confirmed, token_hash, created_at, revoked_at) VALUES ('p2', 'd1', 'commenter', 'Jongere', 'Raad', 'jongeren', 0, ?, ?, ?)",
      sha256('session-p2'),
      at(1),
      at(8),
    )
    insert(
      "INSERT INTO sessions (token_hash, participant_id, created_at) VALUES (?, 'p1', ?)",
      sha256('laptop-p1'),
      at(2),
    )
    // A snapshot up to 2 and update 3 after it (1 and 2 were compacted away).
    const upTo2 = Y.encodeStateAsUpdate(
      (() => {
        typed(src, 'a')
        typed(src, 'b')
        return src
      })(),
    )
    insert("INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES ('d1', ?, 2)", Buffer.from(upTo2))
    insert("INSERT INTO doc_updates (document_id, seq, data) VALUES ('d1', 3, ?)", Buffer.from(typed(src, 'c')))
    insert(
      `INSERT INTO threads (id, document_id, anchor, opgave, section, quote, resolved, created_at, created_by, is_public) VALUES ('t1', 'd1', '{"opgave":2}', 2, 'Opgave 2', 'citaat', 1, ?, 'p1', 1)`,
      at(3),
    )
    insert(
      "INSERT INTO comments (id, thread_id, document_id, author_id, body, created_at, edited_at) VALUES ('c1', 't1', 'd1', 'p2', 'Eerste', ?, ?)",
      at(3),
      at(4),
    )
    insert(
      "INSERT INTO thread_suggestions (thread_id, document_id, text, original, status, decided_by, decided_at) VALUES ('t1', 'd1', 'nieuw', 'oud', 'accepted', 'p1', ?)",
      at(5),
    )
    insert(
      "INSERT INTO thread_responses (thread_id, document_id, kind, reason, by_id, at) VALUES ('t1', 'd1', 'overgenomen', NULL, 'p1', ?)",
      at(5),
    )
    insert(
      `INSERT INTO activity (document_id, at, actor_id, action, details) VALUES ('d1', ?, 'p2', 'joined', '{"role":"commenter"}')`,
      at(1),
    )
    insert(
      "INSERT INTO versions (id, document_id, name, note, created_at, author_id, state) VALUES ('v1', 'd1', 'Concept', NULL, ?, 'p1', ?)",
      at(6),
      Buffer.from(upTo2),
    )
    insert(
      `INSERT INTO adoption (document_id, municipality, data) VALUES ('d1', 'Aadorp', '{"name":"Aadorp","outcome":"adopted"}')`,
    )
    db.close()
    return src
  }

  async function open(file: string): Promise<Store> {
    const store = createSqliteStore(file, { secrets })
    cleanup.add(() => store.close())
    return store
  }

  it('opens with every row readable, its layout unchanged but for the clustered update log, and versions 1 and 2 recorded', async () => {
    const file = tempFile()
    const src = oldDatabase(file)
    const before = layout(file)
    const store = await open(file)

    expect(await store.getDocument('d1')).toEqual({
      id: 'd1',
      title: 'Oud',
      template: 'nvo-jeugd',
      region: 'Regio',
      municipalities: ['Aadorp'],
      ruleset: 'nvo-2020',
      downloadAllowed: true,
      theme: 'utrecht',
      createdAt: at(0),
      editedAt: at(9),
    })
    expect(await store.getInvites('d1')).toEqual(invites)
    expect(await store.findInvite('inv-viewer')).toEqual({ token: 'inv-viewer', documentId: 'd1', role: 'viewer' })
    expect(await store.findSession(sha256('laptop-p1'))).toMatchObject({ id: 'p1', groupConfirmed: true })
    expect(await store.findPersonalLink(sha256('link-p1'))).toMatchObject({ id: 'p1', showName: true })
    expect(await store.findSession(sha256('session-p2'))).toBeNull()
    expect((await store.listParticipants('d1')).map((p) => [p.id, p.revokedAt])).toEqual([
      ['p1', null],
      ['p2', at(8)],
    ])
    const [thread] = await store.listThreads('d1')
    expect(thread).toMatchObject({
      id: 't1',
      anchor: { opgave: 2 },
      resolved: true,
      public: true,
      suggestion: { text: 'nieuw', original: 'oud', status: 'accepted', decidedBy: 'p1', decidedAt: at(5) },
      response: { kind: 'overgenomen', reason: null, by: 'p1', at: at(5) },
    })
    expect(thread?.comments).toMatchObject([{ id: 'c1', body: 'Eerste', editedAt: at(4), author: { name: 'Jongere' } }])
    expect(await store.listActivity('d1', 10)).toMatchObject([{ action: 'joined', details: { role: 'commenter' } }])
    expect(await store.listVersions('d1')).toMatchObject([{ id: 'v1', author: { name: 'Eigenaar' } }])
    expect(text({ snapshot: (await store.getVersion('d1', 'v1'))?.state ?? null, updates: [] })).toBe('ab')
    expect(await store.listAdoption('d1')).toEqual([{ name: 'Aadorp', outcome: 'adopted' }])

    const state = await store.loadState('d1')
    expect(state.lastSeq).toBe(3)
    expect(text(state)).toBe('abc')
    expect(await store.appendUpdate('d1', typed(src, 'd'))).toBe(4)
    expect(text(await store.loadState('d1'))).toBe('abcd')

    await store.close()
    const after = layout(file)
    const updateLog = (sqls: string[]) => sqls.filter((sql) => sql.includes('doc_updates'))
    expect(after.filter((sql) => !sql.includes('schema_migrations') && !sql.includes('doc_updates'))).toEqual(
      before.filter((sql) => !sql.includes('doc_updates')),
    )
    expect(updateLog(before)).toHaveLength(1)
    expect(updateLog(before)[0]).not.toMatch(/WITHOUT ROWID/)
    expect(updateLog(after)).toHaveLength(1)
    expect(updateLog(after)[0]).toMatch(/PRIMARY KEY \(document_id, seq\)\s*\) WITHOUT ROWID$/)
    const db = new Database(file)
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'schema before versioned migrations' },
      { version: 2, name: 'update log clustered by document and number' },
    ])
    db.close()
  })

  it('applies each version once: a second opening changes nothing', async () => {
    const file = tempFile()
    oldDatabase(file)
    await (await open(file)).close()
    const once = layout(file)
    const store = await open(file)
    expect((await store.getDocument('d1'))?.title).toBe('Oud')
    await store.close()
    expect(layout(file)).toEqual(once)
    const db = new Database(file)
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').all()).toEqual([{ n: 2 }])
    db.close()
  })

  it('a new database gets the same tables as one from before once migrated, plus the record of versions', async () => {
    const file = tempFile()
    await (await open(file)).close()
    const fresh = layout(file)
    const old = tempFile()
    oldDatabase(old)
    await (await open(old)).close()
    expect(fresh).toEqual(layout(old))
  })

  it('refuses a database a newer server has migrated further', async () => {
    const file = tempFile()
    await (await open(file)).close()
    const db = new Database(file)
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', ?)").run(at(0))
    db.close()
    expect(() => createSqliteStore(file, { secrets })).toThrow(/schema version 99/)
  })
})

describe.skipIf(skipPostgres)('PostgreSQL: a database from before versioned migrations', () => {
  it('opens with its rows, records version 1 once, and nodes starting together migrate once', async () => {
    await assertPostgresReachable()
    const schema = `rv_migrate_${randomBytes(6).toString('hex')}`
    const secrets = createSecretBox(randomBytes(32))
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    cleanup.add(async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    })
    const first = await createPostgresStore(PG_URL, { schema, secrets })
    const src = new Y.Doc()
    await first.createDocument(
      {
        id: 'd1',
        title: 'Oud',
        template: 'nvo-jeugd',
        region: null,
        municipalities: ['Aadorp'],
        ruleset: 'nvo-2020',
        downloadAllowed: false,
        theme: 'neutral',
        createdAt: at(0),
      },
      typed(src, 'a'),
      { owner: 'o1', editor: 'e1', commenter: 'c1', viewer: 'v1' },
    )
    await first.appendUpdate('d1', typed(src, 'b'))
    await first.close()
    // What the store of that time left: the same tables, without the record of versions.
    await client.query(`DROP TABLE ${schema}.schema_migrations`)

    const nodes = await Promise.all([0, 1].map(() => createPostgresStore(PG_URL, { schema, secrets })))
    for (const node of nodes) cleanup.add(() => node.close())
    const [a] = nodes
    expect(await a?.getDocument('d1')).toMatchObject({ title: 'Oud', municipalities: ['Aadorp'], createdAt: at(0) })
    expect(await a?.getInvites('d1')).toEqual({ owner: 'o1', editor: 'e1', commenter: 'c1', viewer: 'v1' })
    expect(text((await a?.loadState('d1')) ?? { snapshot: null, updates: [] })).toBe('ab')
    expect(await a?.appendUpdate('d1', typed(src, 'c'))).toBe(2)
    const recorded = await client.query(`SELECT version FROM ${schema}.schema_migrations`)
    expect(recorded.rows).toEqual([{ version: 1 }])
  })
})
