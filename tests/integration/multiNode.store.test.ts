import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPostgresStore, createSecretBox, createSqliteStore } from '@regiovisie/server'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Cleanup } from '../helpers/clients.ts'
import { assertPostgresReachable, PG_URL, skipPostgres } from '../helpers/postgres.ts'
import { documentRecord, invitesFor } from '../helpers/records.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

// better-sqlite3 is the server's dependency; the migration test writes the old layout with it.
const Database = createRequire(new URL('../../server/package.json', import.meta.url))('better-sqlite3') as new (
  file: string,
) => { exec(sql: string): void; prepare(sql: string): { run(...params: unknown[]): unknown }; close(): void }

const record = documentRecord
const invites = invitesFor

/** An update that inserts `text` at the end of the text `t` of `doc` (a writer's own replica). */
function typed(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc)
  doc.getText('t').insert(doc.getText('t').length, text)
  return Y.encodeStateAsUpdate(doc, before)
}
function replay(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state.updates) Y.applyUpdate(doc, u)
  return doc
}

async function freshSchema(): Promise<string> {
  await assertPostgresReachable()
  const schema = `rv_nodes_${randomBytes(6).toString('hex')}`
  cleanup.add(async () => {
    const c = new pg.Client({ connectionString: PG_URL })
    await c.connect()
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await c.end()
  })
  return schema
}

describe.skipIf(skipPostgres)('two nodes on one PostgreSQL update log', () => {
  it('appends and compactions from both at once lose nothing, and the numbers stay gap-free', async () => {
    const schema = await freshSchema()
    const secrets = createSecretBox(randomBytes(32))
    // Two pools, as two server processes would have; they set up the schema at the same moment.
    const [a, b] = await Promise.all([
      createPostgresStore(PG_URL, { schema, secrets }),
      createPostgresStore(PG_URL, { schema, secrets }),
    ])
    cleanup.add(() => a.close())
    cleanup.add(() => b.close())
    const seed = new Y.Doc()
    await a.createDocument(record('d1'), typed(seed, '|'), invites('d1'))

    // Each node's writer is its own replica, so the two write concurrently (Yjs merges them).
    const writers = [a, b].map((store, n) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed))
      return { store, doc, marks: Array.from({ length: 60 }, (_, i) => `<${n}:${i}>`) }
    })
    const seqs: number[] = []
    let compactions = 0
    let writing = true
    const compactor = async (store: typeof a) => {
      while (writing) {
        compactions += (await store.compact('d1')) > 0 ? 1 : 0
        await new Promise((r) => setTimeout(r, 3))
      }
    }
    const loops = [compactor(a), compactor(b)]
    await Promise.all(
      writers.map(async (w) => {
        for (const m of w.marks) seqs.push(await w.store.appendUpdate('d1', typed(w.doc, m)))
      }),
    )
    writing = false
    await Promise.all(loops)

    expect(compactions).toBeGreaterThan(2)
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    for (const store of [a, b]) {
      const text = replay(await store.loadState('d1'))
        .getText('t')
        .toString()
      for (const w of writers) for (const m of w.marks) expect(text).toContain(m)
    }
  })

  it('an update log numbered by the old global sequence keeps its content and counts on from it', async () => {
    const schema = await freshSchema()
    const secrets = createSecretBox(randomBytes(32))
    const first = await createPostgresStore(PG_URL, { schema, secrets })
    const src = new Y.Doc()
    await first.createDocument(record('d1'), typed(src, 'a'), invites('d1'))
    await first.close()
    // The table as it was before several nodes: one BIGSERIAL over all documents (and, as then, no
    // record of schema versions).
    const c = new pg.Client({ connectionString: PG_URL })
    await c.connect()
    cleanup.add(() => c.end())
    await c.query(`SET search_path = ${schema}`)
    await c.query(`DROP TABLE schema_migrations; DROP TABLE doc_updates; ALTER TABLE documents DROP COLUMN last_seq;
      CREATE TABLE doc_updates (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id), data BYTEA NOT NULL);
      CREATE INDEX doc_updates_document ON doc_updates(document_id, seq);
      SELECT setval('doc_updates_seq_seq', 40);`)
    for (const t of ['b', 'c'])
      await c.query(`INSERT INTO doc_updates (document_id, data) VALUES ('d1', $1)`, [Buffer.from(typed(src, t))])

    const store = await createPostgresStore(PG_URL, { schema, secrets })
    cleanup.add(() => store.close())
    expect((await store.loadState('d1')).lastSeq).toBe(42)
    expect(await store.appendUpdate('d1', typed(src, 'd'))).toBe(43)
    expect(
      replay(await store.loadState('d1'))
        .getText('t')
        .toString(),
    ).toBe('abcd')
  })
})

it('SQLite: an update log numbered by the old AUTOINCREMENT keeps its content and counts on from it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rv-seq-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'regiovisie.sqlite')
  const first = createSqliteStore(file)
  const src = new Y.Doc()
  await first.createDocument(record('d1'), typed(src, 'a'), invites('d1'))
  await first.createDocument(record('d2'), typed(new Y.Doc(), 'x'), invites('d2'))
  await first.close()
  const old = new Database(file)
  // As before per-document numbers (and before schema versions were recorded).
  old.exec(`DROP TABLE schema_migrations; DROP TABLE doc_updates; ALTER TABLE documents DROP COLUMN last_seq;
    CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL REFERENCES documents(id), data BLOB NOT NULL);
    CREATE INDEX doc_updates_document ON doc_updates(document_id, seq);`)
  const insert = old.prepare('INSERT INTO doc_updates (document_id, data) VALUES (?, ?)')
  insert.run('d1', Buffer.from(typed(src, 'b')))
  insert.run('d2', Buffer.from(typed(new Y.Doc(), 'y')))
  insert.run('d1', Buffer.from(typed(src, 'c')))
  old.close()

  const store = createSqliteStore(file)
  cleanup.add(() => store.close())
  expect((await store.loadState('d1')).lastSeq).toBe(3)
  expect(await store.appendUpdate('d1', typed(src, 'd'))).toBe(4)
  expect(await store.appendUpdate('d2', typed(new Y.Doc(), 'z'))).toBe(3)
  expect(
    replay(await store.loadState('d1'))
      .getText('t')
      .toString(),
  ).toBe('abcd')
  await store.compact('d1')
  expect(
    replay(await store.loadState('d1'))
      .getText('t')
      .toString(),
  ).toBe('abcd')
})
