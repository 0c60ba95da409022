import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createMemoryUpdateLog,
  createSqliteStore,
  type DocumentRecord,
  type Store,
  type UpdateLog,
} from '@regiovisie/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assertPostgresReachable, freshPostgresStore, skipPostgres } from '../helpers/postgres.ts'

interface Adapter {
  name: string
  skip?: boolean
  open(): Promise<{ store: Store; dispose(): Promise<void> }>
}

const adapters: Adapter[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'rv-store-'))
      const store = createSqliteStore(join(dir, 'test.sqlite'))
      return {
        store,
        async dispose() {
          await store.close().catch(() => {})
          rmSync(dir, { recursive: true, force: true })
        },
      }
    },
  },
  {
    name: 'PostgreSQL',
    skip: skipPostgres,
    async open() {
      await assertPostgresReachable()
      const { store, drop } = await freshPostgresStore()
      return { store, dispose: drop }
    },
  },
]

/** The update-log part of the contract: every store, and the in-memory log that room tests use. */
interface LogAdapter {
  name: string
  skip?: boolean
  open(): Promise<{ log: UpdateLog; create(id: string, initial: Uint8Array): Promise<void>; dispose(): Promise<void> }>
}
const logAdapters: LogAdapter[] = [
  ...adapters.map(
    (a): LogAdapter => ({
      name: a.name,
      ...(a.skip === undefined ? {} : { skip: a.skip }),
      async open() {
        const { store, dispose } = await a.open()
        return { log: store, create: (id, initial) => store.createDocument(record(id), initial, invites(id)), dispose }
      },
    }),
  ),
  {
    name: 'in memory',
    async open() {
      const log = createMemoryUpdateLog()
      return { log, create: (id, initial) => log.createDocument(id, initial), async dispose() {} }
    },
  },
]

const invites = (p: string) => ({ owner: `${p}-o`, editor: `${p}-e`, commenter: `${p}-c`, viewer: `${p}-v` })
const record = (id: string): DocumentRecord => ({
  id,
  title: `Document ${id}`,
  template: 'nvo-jeugd',
  region: 'Testregio',
  municipalities: ['Aadorp', 'Beekveld'],
  ruleset: 'nvo-2020',
  downloadAllowed: false,
  theme: 'neutral',
  createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
  editedAt: null,
})
function textUpdate(base: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(base)
  base.getText('t').insert(base.getText('t').length, text)
  return Y.encodeStateAsUpdate(base, before)
}
function replay(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state.updates) Y.applyUpdate(doc, u)
  return doc.getText('t').toString()
}

for (const adapter of logAdapters) {
  describe.skipIf(adapter.skip)(`update log contract: ${adapter.name}`, () => {
    let log: UpdateLog
    let create: (id: string, initial: Uint8Array) => Promise<void>
    let dispose: () => Promise<void>
    beforeEach(async () => {
      ;({ log, create, dispose } = await adapter.open())
    })
    afterEach(() => dispose())

    it('loads nothing for an unknown document', async () => {
      expect(await log.loadState('nope')).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
      expect(await log.loadUpdatesSince('nope', 0)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
      expect(await log.compact('nope')).toBe(0)
    })

    it('starts the log of a new document from its initial state', async () => {
      await create('d1', textUpdate(new Y.Doc(), 'sjabloon'))
      const state = await log.loadState('d1')
      expect(replay(state)).toBe('sjabloon')
      expect(state.updates).toEqual([])
      expect(state.lastSeq).toBe(0)
    })

    it('appends updates in order and replays them after the snapshot', async () => {
      const src = new Y.Doc()
      await create('d1', textUpdate(src, 'a'))
      const seqs: number[] = []
      for (const t of ['b', 'c', 'd']) seqs.push(await log.appendUpdate('d1', textUpdate(src, t)))
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      const state = await log.loadState('d1')
      expect(state.updates).toHaveLength(3)
      expect(state.lastSeq).toBe(seqs[2])
      expect(replay(state)).toBe('abcd')
    })

    it('numbers the updates of each document 1, 2, 3 without gaps', async () => {
      const a = new Y.Doc()
      const b = new Y.Doc()
      await create('d1', textUpdate(a, 'a'))
      await create('d2', textUpdate(b, 'b'))
      const seqs: number[] = []
      for (const t of ['1', '2', '3']) {
        seqs.push(await log.appendUpdate('d1', textUpdate(a, t)))
        await log.appendUpdate('d2', textUpdate(b, t))
      }
      expect(seqs).toEqual([1, 2, 3])
      await log.compact('d1')
      expect(await log.appendUpdate('d1', textUpdate(a, '4'))).toBe(4)
      await expect(log.appendUpdate('nope', textUpdate(a, '!'))).rejects.toThrow()
    })

    it('compaction folds what is stored into the snapshot, and updates appended after it stay', async () => {
      const src = new Y.Doc()
      await create('d1', textUpdate(src, 'a'))
      await log.appendUpdate('d1', textUpdate(src, 'b'))
      await log.appendUpdate('d1', textUpdate(src, 'c'))
      expect(await log.compact('d1')).toBe(2)
      await log.appendUpdate('d1', textUpdate(src, 'd'))
      const state = await log.loadState('d1')
      expect(state.updates).toHaveLength(1)
      expect(state.lastSeq).toBe(3)
      expect(replay(state)).toBe('abcd')
      expect(await log.compact('d1')).toBe(1)
      expect(await log.compact('d1')).toBe(0)
      expect(replay(await log.loadState('d1'))).toBe('abcd')
    })

    it('loads what was appended after a number, with the snapshot once compaction folded part of it in', async () => {
      const src = new Y.Doc()
      await create('d1', textUpdate(src, 'a'))
      const held = new Y.Doc()
      Y.applyUpdate(held, Y.encodeStateAsUpdate(src))
      await log.appendUpdate('d1', textUpdate(src, 'b'))
      await log.appendUpdate('d1', textUpdate(src, 'c'))
      const since = await log.loadUpdatesSince('d1', 0)
      expect(since.snapshot).toBeNull()
      expect(since.updates).toHaveLength(2)
      expect(since.lastSeq).toBe(2)
      expect(await log.loadUpdatesSince('d1', 2)).toEqual({ snapshot: null, updates: [], lastSeq: 2 })

      await log.compact('d1')
      await log.appendUpdate('d1', textUpdate(src, 'd'))
      // A node that held only seq 0 finds 1 and 2 folded into the snapshot, and 3 after it.
      const later = await log.loadUpdatesSince('d1', 0)
      expect(later.snapshot).not.toBeNull()
      expect(later.updates).toHaveLength(1)
      expect(later.lastSeq).toBe(3)
      if (later.snapshot) Y.applyUpdate(held, later.snapshot)
      for (const u of later.updates) Y.applyUpdate(held, u)
      expect(held.getText('t').toString()).toBe('abcd')
      expect((await log.loadUpdatesSince('d1', 2)).snapshot).toBeNull()
    })

    it('an append to an unknown document fails alone: those asked for in the same turn still land, numbered without gaps', async () => {
      const a = new Y.Doc()
      const b = new Y.Doc()
      await create('d1', textUpdate(a, 'a'))
      await create('d2', textUpdate(b, 'b'))
      const results = await Promise.allSettled([
        log.appendUpdate('d1', textUpdate(a, '1')),
        log.appendUpdate('nope', textUpdate(new Y.Doc(), '!')),
        log.appendUpdate('d2', textUpdate(b, '1')),
        log.appendUpdate('d1', textUpdate(a, '2')),
      ])
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([1, null, 1, 2])
      expect(replay(await log.loadState('d1'))).toBe('a12')
      expect(replay(await log.loadState('d2'))).toBe('b1')
      expect(await log.loadState('nope')).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
      expect(await log.appendUpdate('d1', textUpdate(a, '3'))).toBe(3)
    })

    it('keeps documents apart', async () => {
      const a = new Y.Doc()
      const b = new Y.Doc()
      await create('d1', textUpdate(a, 'een'))
      await create('d2', textUpdate(b, 'twee'))
      await log.appendUpdate('d1', textUpdate(a, '!'))
      expect(replay(await log.loadState('d1'))).toBe('een!')
      expect(replay(await log.loadState('d2'))).toBe('twee')
    })
  })
}

for (const adapter of adapters) {
  describe.skipIf(adapter.skip)(`store contract: ${adapter.name}`, () => {
    let store: Store
    let dispose: () => Promise<void>
    beforeEach(async () => {
      ;({ store, dispose } = await adapter.open())
    })
    afterEach(() => dispose())

    it('creates a document with its initial state and invites in one go', async () => {
      const src = new Y.Doc()
      const initial = textUpdate(src, 'sjabloon')
      await store.createDocument(record('d1'), initial, invites('d1'))
      expect(await store.getDocument('d1')).toEqual(record('d1'))
      expect(await store.getInvites('d1')).toEqual(invites('d1'))
      expect(await store.findInvite('d1-c')).toEqual({ token: 'd1-c', documentId: 'd1', role: 'commenter' })
      const state = await store.loadState('d1')
      expect(replay(state)).toBe('sjabloon')
      expect(state.updates).toEqual([])
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['d1'])
    })

    it('rolls back a failed creation completely (no half-seeded document)', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('dup'))
      // Same invite tokens: the invite insert fails after the document row was written.
      await expect(store.createDocument(record('d2'), new Uint8Array([0, 0]), invites('dup'))).rejects.toThrow()
      expect(await store.getDocument('d2')).toBeNull()
      expect((await store.loadState('d2')).snapshot).toBeNull()
    })

    it('records a changed rule set', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.setRuleset('d1', 'wet-2026')
      expect((await store.getDocument('d1'))?.ruleset).toBe('wet-2026')
    })

    it('keeps downloading for lezers and reageerders off until the owner allows it, and off again', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createDocument({ ...record('d2'), downloadAllowed: true }, new Uint8Array([0, 0]), invites('d2'))
      expect((await store.getDocument('d1'))?.downloadAllowed).toBe(false)
      expect((await store.getDocument('d2'))?.downloadAllowed).toBe(true)
      await store.setDownloadAllowed('d1', true)
      expect((await store.getDocument('d1'))?.downloadAllowed).toBe(true)
      expect((await store.listDocuments()).find((d) => d.id === 'd1')?.downloadAllowed).toBe(true)
      await store.setDownloadAllowed('d1', false)
      expect((await store.getDocument('d1'))?.downloadAllowed).toBe(false)
    })

    it('keeps the theme the owner picked for a document, and only for that document', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createDocument(record('d2'), new Uint8Array([0, 0]), invites('d2'))
      expect((await store.getDocument('d1'))?.theme).toBe('neutral')
      await store.setTheme('d1', 'utrecht')
      expect((await store.getDocument('d1'))?.theme).toBe('utrecht')
      expect((await store.getDocument('d2'))?.theme).toBe('neutral')
      expect((await store.listDocuments()).find((d) => d.id === 'd1')?.theme).toBe('utrecht')
    })

    it('returns null for unknown documents, invites and sessions', async () => {
      expect(await store.getDocument('nope')).toBeNull()
      expect(await store.findInvite('nope')).toBeNull()
      expect(await store.findSession('nope')).toBeNull()
      expect(await store.getInvites('nope')).toBeNull()
    })

    it('stores participants and finds them by session hash', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      const p = {
        id: 'p1',
        documentId: 'd1',
        role: 'editor' as const,
        name: 'Anna',
        organisation: 'Gemeente Aadorp',
        group: 'gemeente',
        groupConfirmed: false,
        showName: false,
        createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
        revokedAt: null,
      }
      await store.createParticipant(p, 'hash-1')
      expect(await store.findSession('hash-1')).toEqual(p)
    })

    it('names a participant beside their reactions only once they chose so', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      const base = {
        documentId: 'd1',
        role: 'commenter' as const,
        name: 'Sanne',
        organisation: 'Ouderpanel',
        group: 'ouders',
        groupConfirmed: false,
        createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
        revokedAt: null,
      }
      await store.createParticipant({ ...base, id: 'p1' }, 'hash-1')
      await store.createParticipant({ ...base, id: 'p2', showName: true }, 'hash-2')
      expect((await store.getParticipant('p1'))?.showName).toBe(false)
      expect((await store.findSession('hash-2'))?.showName).toBe(true)
      await store.setParticipantShowName('p1', true)
      await store.setParticipantShowName('p2', false)
      expect((await store.listParticipants('d1')).map((p) => [p.id, p.showName])).toEqual([
        ['p1', true],
        ['p2', false],
      ])
    })

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined()
    })

    const person = (id: string, doc = 'd1') => ({
      id,
      documentId: doc,
      role: 'commenter' as const,
      name: `Persoon ${id}`,
      organisation: 'Jongerenraad',
      group: 'jongeren',
      groupConfirmed: false,
      createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
      revokedAt: null,
    })
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString()

    it('gives a participant more sessions and one personal link; revoking ends them all', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      expect(await store.findPersonalLink('l1')).toBeNull()
      await store.setPersonalLink('p1', 'l1')
      expect(await store.findPersonalLink('l1')).toMatchObject({ id: 'p1' })
      await store.addSession('p1', 'h1-laptop', at(1))
      expect(await store.findSession('h1-laptop')).toMatchObject({ id: 'p1', documentId: 'd1' })
      expect(await store.findSession('h1')).toMatchObject({ id: 'p1' })
      await store.setPersonalLink('p1', 'l2')
      expect(await store.findPersonalLink('l1')).toBeNull()
      expect(await store.findPersonalLink('l2')).toMatchObject({ id: 'p1' })
      expect(await store.revokeParticipant('d1', 'p1', at(2))).toBe(true)
      expect(await store.findPersonalLink('l2')).toBeNull()
      expect(await store.findSession('h1-laptop')).toBeNull()
      expect(await store.findSession('h1')).toBeNull()
    })

    it('remembers when a document was last edited', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      expect((await store.getDocument('d1'))?.editedAt ?? null).toBeNull()
      await store.appendUpdate('d1', textUpdate(new Y.Doc(), 'a'))
      const edited = (await store.listDocuments()).find((d) => d.id === 'd1')?.editedAt
      expect(edited).toEqual(expect.any(String))
      expect(Number.isNaN(Date.parse(edited ?? ''))).toBe(false)
    })

    it('lists, revokes and renews: a revoked session and a replaced invite stop working', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      await store.createParticipant(person('p2'), 'h2')
      expect((await store.listParticipants('d1')).map((p) => p.id)).toEqual(['p1', 'p2'])
      expect(await store.revokeParticipant('d1', 'p1', at(1))).toBe(true)
      expect(await store.revokeParticipant('d1', 'p1', at(2))).toBe(false)
      expect(await store.revokeParticipant('other', 'p2', at(2))).toBe(false)
      expect(await store.findSession('h1')).toBeNull()
      expect((await store.getParticipant('p1'))?.revokedAt).toBe(at(1))
      await store.renewInvite('d1', 'commenter', 'd1-c2', at(3))
      expect(await store.findInvite('d1-c')).toBeNull()
      expect(await store.findInvite('d1-c2')).toEqual({ token: 'd1-c2', documentId: 'd1', role: 'commenter' })
      expect((await store.getInvites('d1'))?.commenter).toBe('d1-c2')
    })

    it('lists participants in the order they joined, those who joined at the same moment by id', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant({ ...person('p3'), createdAt: at(2) }, 'h3')
      await store.createParticipant({ ...person('p2'), createdAt: at(1) }, 'h2')
      await store.createParticipant({ ...person('p1'), createdAt: at(1) }, 'h1')
      expect((await store.listParticipants('d1')).map((p) => p.id)).toEqual(['p1', 'p2', 'p3'])
    })

    it('stores threads with their comments in order, and deletes a thread with its last comment', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      const anchor = { opgave: 3 }
      const thread = {
        id: 't1',
        documentId: 'd1',
        anchor,
        opgave: 3,
        section: 'Opgave 3',
        quote: null,
        resolved: false,
        public: false,
        createdAt: at(1),
        createdBy: 'p1',
      }
      const comment = (id: string, s: number) => ({
        id,
        threadId: 't1',
        documentId: 'd1',
        authorId: 'p1',
        body: `tekst ${id}`,
        createdAt: at(s),
        editedAt: null,
      })
      await store.createThread(thread, comment('c1', 1))
      await store.addComment(comment('c2', 1))
      await store.addComment(comment('c3', 2))
      expect(await store.getThread('d1', 't1')).toEqual(thread)
      expect(await store.getThread('d2', 't1')).toBeNull()
      let [listed] = await store.listThreads('d1')
      expect(listed?.comments.map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
      expect(listed?.comments[0]?.author).toEqual({
        name: 'Persoon p1',
        organisation: 'Jongerenraad',
        group: 'jongeren',
        role: 'commenter',
        groupConfirmed: false,
      })
      await store.updateComment('c2', 'nieuw', at(5))
      expect(await store.getComment('t1', 'c2')).toMatchObject({ body: 'nieuw', editedAt: at(5) })
      await store.setThreadResolved('t1', true)
      expect((await store.getThread('d1', 't1'))?.resolved).toBe(true)
      // Not public until the owner marks it, then public for every reader.
      await store.setThreadPublic('t1', true)
      expect((await store.getThread('d1', 't1'))?.public).toBe(true)
      expect((await store.listThreads('d1'))[0]?.public).toBe(true)
      await store.setThreadPublic('t1', false)
      expect((await store.getThread('d1', 't1'))?.public).toBe(false)
      expect(await store.deleteComment('t1', 'c1')).toEqual({ threadDeleted: false })
      expect(await store.deleteComment('t1', 'c2')).toEqual({ threadDeleted: false })
      expect(await store.deleteComment('t1', 'c3')).toEqual({ threadDeleted: true })
      ;[listed] = await store.listThreads('d1')
      expect(listed).toBeUndefined()
      expect(await store.getComment('t1', 'c3')).toBeNull()
    })

    it('sets and confirms a participant group, shown with each comment, and counts threads and comments', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      await store.createParticipant(person('p2'), 'h2')
      expect(await store.setParticipantGroup('d1', 'p1', 'ouders', true)).toBe(true)
      expect(await store.setParticipantGroup('d2', 'p2', 'ouders', true)).toBe(false)
      expect(await store.getParticipant('p1')).toMatchObject({ group: 'ouders', groupConfirmed: true })
      expect(await store.findSession('h2')).toMatchObject({ group: 'jongeren', groupConfirmed: false })
      const thread = (id: string, by: string) => ({
        id,
        documentId: 'd1',
        anchor: { opgave: 2 },
        opgave: 2,
        section: 'Opgave 2',
        quote: null,
        resolved: false,
        createdAt: at(1),
        createdBy: by,
      })
      const comment = (id: string, threadId: string, authorId: string) => ({
        id,
        threadId,
        documentId: 'd1',
        authorId,
        body: 'x',
        createdAt: at(2),
        editedAt: null,
      })
      await store.createThread(thread('t1', 'p1'), comment('c1', 't1', 'p1'))
      await store.createThread(thread('t2', 'p2'), comment('c2', 't2', 'p2'))
      await store.addComment(comment('c3', 't1', 'p2'))
      expect(await store.countThreads('d1')).toBe(2)
      expect(await store.countThreads('d1', 'p1')).toBe(1)
      expect(await store.countThreads('d2')).toBe(0)
      expect(await store.countComments('d1')).toBe(3)
      expect(await store.countComments('d1', { authorId: 'p2' })).toBe(2)
      expect(await store.countComments('d1', { threadId: 't1' })).toBe(2)
      expect(await store.countComments('d1', { authorId: 'p2', threadId: 't2' })).toBe(1)
      const [listed] = await store.listThreads('d1')
      expect(listed?.comments.map((c) => c.author)).toEqual([
        { name: 'Persoon p1', organisation: 'Jongerenraad', group: 'ouders', role: 'commenter', groupConfirmed: true },
        {
          name: 'Persoon p2',
          organisation: 'Jongerenraad',
          group: 'jongeren',
          role: 'commenter',
          groupConfirmed: false,
        },
      ])
    })

    it('keeps an activity log, newest first, with the actor', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      await store.appendActivity({
        documentId: 'd1',
        at: at(1),
        actorId: 'p1',
        action: 'joined',
        details: { role: 'commenter' },
      })
      await store.appendActivity({ documentId: 'd1', at: at(2), actorId: null, action: 'exported', details: {} })
      const log = await store.listActivity('d1', 10)
      expect(log.map((e) => e.action)).toEqual(['exported', 'joined'])
      expect(log[1]).toMatchObject({
        actor: { name: 'Persoon p1', group: 'jongeren' },
        details: { role: 'commenter' },
        at: at(1),
      })
      expect(log[0]?.actor).toBeNull()
      expect(await store.listActivity('d1', 1)).toHaveLength(1)
    })

    it('stores immutable versions with their full state, newest first', async () => {
      const src = new Y.Doc()
      await store.createDocument(record('d1'), textUpdate(src, 'a'), invites('d1'))
      await store.createParticipant(person('p1'), 'h1')
      await store.createVersion(
        { id: 'v1', documentId: 'd1', name: 'Eerste', note: 'n', createdAt: at(1), authorId: 'p1' },
        Y.encodeStateAsUpdate(src),
      )
      textUpdate(src, 'b')
      await store.createVersion(
        { id: 'v2', documentId: 'd1', name: 'Tweede', note: null, createdAt: at(2), authorId: null },
        Y.encodeStateAsUpdate(src),
      )
      const list = await store.listVersions('d1')
      expect(list.map((v) => v.id)).toEqual(['v2', 'v1'])
      expect(list[1]).toMatchObject({ name: 'Eerste', note: 'n', createdAt: at(1), author: { name: 'Persoon p1' } })
      expect(list[0]?.author).toBeNull()
      const v1 = await store.getVersion('d1', 'v1')
      expect(replay({ snapshot: v1?.state ?? null, updates: [] })).toBe('a')
      expect(await store.getVersion('d2', 'v1')).toBeNull()
      await expect(
        store.createVersion(
          { id: 'v1', documentId: 'd1', name: 'x', note: null, createdAt: at(3), authorId: null },
          new Uint8Array([0, 0]),
        ),
      ).rejects.toThrow()
    })

    it('upserts adoption per municipality', async () => {
      await store.createDocument(record('d1'), new Uint8Array([0, 0]), invites('d1'))
      const m = {
        name: 'Aadorp',
        route: 'raadsbesluit' as const,
        sentDate: null,
        committeeDate: null,
        councilDate: '2026-03-12',
        outcome: 'adopted' as const,
        amendments: null,
        note: null,
        versionId: null,
        updatedAt: at(1),
      }
      await store.putAdoption('d1', m)
      await store.putAdoption('d1', { ...m, outcome: 'adopted-with-amendments', updatedAt: at(2) })
      expect(await store.listAdoption('d1')).toEqual([{ ...m, outcome: 'adopted-with-amendments', updatedAt: at(2) }])
      expect(await store.listAdoption('d2')).toEqual([])
    })
  })
}
