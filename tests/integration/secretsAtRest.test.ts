import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPostgresStore, createSecretBox, createSqliteStore, loadConfig } from '@regiovisie/server'
import { defaultChromiumSandbox } from '@regiovisie/server/export'
import type { DocumentResponse } from '@regiovisie/shared/api'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { api, createDocument, createSession } from '../helpers/api.ts'
import { Cleanup } from '../helpers/clients.ts'
import { assertPostgresReachable, PG_URL, skipPostgres } from '../helpers/postgres.ts'
import { startServer } from '../helpers/startServer.ts'

/** Issue 8, "secrets at rest" and the admin token: what a copied database or a guessing script gets. */
const cleanup = new Cleanup()
afterEach(() => cleanup.run())

// better-sqlite3 is the server's dependency; the migration test writes a database in the old layout with it.
interface OldDatabase {
  pragma(sql: string): unknown
  exec(sql: string): void
  prepare(sql: string): { run(...params: unknown[]): unknown }
  close(): void
}
const Database = createRequire(new URL('../../server/package.json', import.meta.url))('better-sqlite3') as new (
  file: string,
) => OldDatabase

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const mode = (file: string) => statSync(file).mode & 0o777

/** Every byte the database keeps on disk: the file and its WAL. */
function diskBytes(file: string): string {
  return [file, `${file}-wal`]
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('')
}

const record = (id: string) => ({
  id,
  title: 'Document',
  template: 'nvo-jeugd',
  region: null,
  municipalities: [],
  ruleset: 'nvo-2020',
  downloadAllowed: false,
  theme: 'neutral',
  createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
})
const invites = () => ({
  owner: `owner-${randomBytes(12).toString('hex')}`,
  editor: `editor-${randomBytes(12).toString('hex')}`,
  commenter: `commenter-${randomBytes(12).toString('hex')}`,
  viewer: `viewer-${randomBytes(12).toString('hex')}`,
})

/** The tables of a database from before this change: invites in plain text, no confirmed groups. */
const OLD_SCHEMA = `
CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, region TEXT,
  municipalities TEXT NOT NULL, ruleset TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE invites (token TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE participants (id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL, grp TEXT, token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL, revoked_at TEXT);
`

describe('SQLite: invite links encrypted, files 0600', () => {
  it('stores no invite in plain text, keeps database, WAL, shared memory and key for the owner only', async () => {
    const dir = tempDir('rv-secrets-')
    const file = join(dir, 'regiovisie.sqlite')
    const store = createSqliteStore(file)
    cleanup.add(() => store.close())
    const links = invites()
    await store.createDocument(record('d1'), new Uint8Array([0, 0]), links)
    await store.renewInvite('d1', 'viewer', 'viewer-renewed-0123456789abcdef', new Date().toISOString())

    expect(await store.findInvite(links.editor)).toEqual({ token: links.editor, documentId: 'd1', role: 'editor' })
    expect((await store.getInvites('d1'))?.viewer).toBe('viewer-renewed-0123456789abcdef')
    const bytes = diskBytes(file)
    for (const token of [...Object.values(links), 'viewer-renewed-0123456789abcdef']) {
      expect(bytes.includes(token)).toBe(false)
    }
    for (const f of [file, `${file}-wal`, `${file}-shm`, join(dir, 'secret-key')]) expect(mode(f)).toBe(0o600)
  })

  it('with another key the links cannot be read (and do not fail the request), yet still work; renewing restores them', async () => {
    const dir = tempDir('rv-rekey-')
    const file = join(dir, 'regiovisie.sqlite')
    const links = invites()
    const first = createSqliteStore(file, { secrets: createSecretBox(randomBytes(32)) })
    await first.createDocument(record('d1'), new Uint8Array([0, 0]), links)
    await first.close()
    const second = createSqliteStore(file, { secrets: createSecretBox(randomBytes(32)) })
    cleanup.add(() => second.close())
    expect(await second.getInvites('d1')).toEqual({})
    expect(await second.findInvite(links.viewer)).toMatchObject({ role: 'viewer' })
    await second.renewInvite('d1', 'viewer', 'viewer-new-0123456789abcdef', new Date().toISOString())
    expect(await second.getInvites('d1')).toEqual({ viewer: 'viewer-new-0123456789abcdef' })
  })

  it('migrates a database with plain-text invites: links keep working, the plain text is gone', async () => {
    const dir = tempDir('rv-migrate-')
    const file = join(dir, 'regiovisie.sqlite')
    const old = new Database(file)
    old.pragma('journal_mode = WAL')
    old.exec(OLD_SCHEMA)
    const links = invites()
    old
      .prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('d1', 'Oud', 'nvo-jeugd', null, '[]', 'nvo-2020', '2026-01-01T00:00:00.000Z')
    for (const [role, token] of Object.entries(links)) {
      old.prepare('INSERT INTO invites VALUES (?, ?, ?, ?, NULL)').run(token, 'd1', role, '2026-01-01T00:00:00.000Z')
    }
    old
      .prepare('INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)')
      .run('p1', 'd1', 'owner', 'Eigenaar', 'Regio', 'gemeente', 'h1', '2026-01-01T00:00:00.000Z')
    old
      .prepare('INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)')
      .run('p2', 'd1', 'commenter', 'Jongere', 'Raad', 'jongeren', 'h2', '2026-01-01T00:00:00.000Z')
    old.close()
    expect(diskBytes(file).includes(links.owner)).toBe(true)

    const store = createSqliteStore(file)
    cleanup.add(() => store.close())
    expect(await store.getInvites('d1')).toEqual(links)
    expect(await store.findInvite(links.commenter)).toMatchObject({ documentId: 'd1', role: 'commenter' })
    // Owners were confirmed by definition; everyone else's group waits for the owner.
    expect((await store.getParticipant('p1'))?.groupConfirmed).toBe(true)
    expect((await store.getParticipant('p2'))?.groupConfirmed).toBe(false)
    const bytes = diskBytes(file)
    for (const token of Object.values(links)) expect(bytes.includes(token)).toBe(false)
    expect(mode(file)).toBe(0o600)
  })

  it('the running server: the owner still sees the links; the data dir holds them only sealed', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await createSession(server.url, doc.invites.owner, 'Eigenaar')
    const shown = await api<DocumentResponse>(server.url, 'GET', `/api/documents/${doc.id}`, { token: owner.token })
    expect(shown.json.invites).toEqual(doc.invites)
    // The administrator can show them again too; nobody else.
    const admin = await api<{ invites: unknown }>(server.url, 'GET', `/api/documents/${doc.id}/invites`, {
      token: server.adminToken,
    })
    expect(admin.json.invites).toEqual(doc.invites)
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}/invites`, { token: owner.token })).status).toBe(401)
    const bytes = diskBytes(join(server.dataDir, 'regiovisie.sqlite'))
    for (const token of Object.values(doc.invites)) expect(bytes.includes(token)).toBe(false)
  })
})

describe.skipIf(skipPostgres)('PostgreSQL: invite links encrypted', () => {
  it('stores them sealed and hashed, and migrates a plain-text invites table', async () => {
    await assertPostgresReachable()
    const schema = `rv_secrets_${randomBytes(6).toString('hex')}`
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    cleanup.add(async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    })
    await client.query(`CREATE SCHEMA ${schema}`)
    await client.query(`SET search_path = ${schema}`)
    await client.query(`
      CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, region TEXT,
        municipalities JSONB NOT NULL, ruleset TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE invites (token TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        role TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ);
      CREATE TABLE participants (id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        role TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL, grp TEXT, token_hash TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ);`)
    const links = invites()
    await client.query(`INSERT INTO documents VALUES ('d1', 'Oud', 'nvo-jeugd', NULL, '[]', 'nvo-2020', now())`)
    for (const [role, token] of Object.entries(links)) {
      await client.query(`INSERT INTO invites VALUES ($1, 'd1', $2, now(), NULL)`, [token, role])
    }
    await client.query(
      `INSERT INTO participants VALUES ('p2', 'd1', 'commenter', 'J', 'R', 'jongeren', 'h2', now(), NULL)`,
    )

    const secrets = createSecretBox(randomBytes(32))
    const store = await createPostgresStore(PG_URL, { schema, secrets })
    cleanup.add(() => store.close())
    expect(await store.getInvites('d1')).toEqual(links)
    expect((await store.getParticipant('p2'))?.groupConfirmed).toBe(false)
    const fresh = invites()
    await store.createDocument(record('d2'), new Uint8Array([0, 0]), fresh)
    expect(await store.findInvite(fresh.viewer)).toMatchObject({ documentId: 'd2', role: 'viewer' })

    const tables = await client.query(`SELECT to_regclass('${schema}.invites')::text AS t`)
    expect(tables.rows[0]?.t).toBeNull()
    const rows = await client.query(`SELECT row_to_json(i)::text AS j FROM ${schema}.invite_links i`)
    const dump = rows.rows.map((r) => r.j).join('\n')
    expect(rows.rows).toHaveLength(8)
    for (const token of [...Object.values(links), ...Object.values(fresh)]) expect(dump.includes(token)).toBe(false)
  })
})

describe('the admin token', () => {
  it('a configured ADMIN_TOKEN shorter than 16 characters stops the start with a clear message', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'geheim12' })).toThrow(/ADMIN_TOKEN: must be at least 16 characters/)
    expect(loadConfig({ ADMIN_TOKEN: 'a-long-enough-admin-token' }).ADMIN_TOKEN).toBe('a-long-enough-admin-token')
    expect(loadConfig({}).ADMIN_TOKEN).toBeUndefined()
  })

  it('after 10 wrong guesses from one address every admin request is refused for a while (429, Retry-After)', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const list = (token?: string) =>
      fetch(`${server.url}/api/documents`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
    // Visiting without a token is not a guess.
    for (let i = 0; i < 15; i++) expect((await list()).status).toBe(401)
    expect((await list(server.adminToken)).status).toBe(200)
    for (let i = 0; i < 10; i++) expect((await list(`guess-${i}`)).status).toBe(401)
    const locked = await list('guess-10')
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(await locked.json()).toMatchObject({ error: { code: 'rate_limited' } })
    // While locked, the right token is refused too: guessing gains nothing.
    expect((await list(server.adminToken)).status).toBe(429)
  })
})

describe('the PDF renderer', () => {
  it('runs Chromium sandboxed unless the server runs as root', () => {
    expect(defaultChromiumSandbox(0)).toBe(false)
    expect(defaultChromiumSandbox(1000)).toBe(true)
  })
})
