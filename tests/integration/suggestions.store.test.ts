import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
      const dir = mkdtempSync(join(tmpdir(), 'rv-suggestion-store-'))
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

const at = (s: number) => new Date(Date.UTC(2026, 0, 2, 3, 4, s)).toISOString()

for (const adapter of adapters) {
  describe.skipIf(adapter.skip)(`store: proposals and responses (${adapter.name})`, () => {
    let store: Store
    let dispose: () => Promise<void>
    beforeEach(async () => {
      ;({ store, dispose } = await adapter.open())
      await store.createDocument(
        {
          id: 'd1',
          title: 'D',
          template: 'nvo-jeugd',
          region: null,
          municipalities: [],
          ruleset: 'nvo-2020',
          downloadAllowed: false,
          theme: 'neutral',
          createdAt: at(0),
        },
        new Uint8Array([0, 0]),
        { owner: 'o', editor: 'e', commenter: 'c', viewer: 'v' },
      )
      for (const [id, role] of [
        ['p1', 'commenter'],
        ['p2', 'editor'],
      ] as const) {
        await store.createParticipant(
          {
            id,
            documentId: 'd1',
            role,
            name: id,
            organisation: '',
            group: null,
            groupConfirmed: false,
            createdAt: at(0),
            revokedAt: null,
          },
          `hash-${id}`,
        )
      }
    })
    afterEach(() => dispose())

    const thread = (id: string, withSuggestion: boolean) => ({
      id,
      documentId: 'd1',
      anchor: { from: { assoc: -1 }, to: { assoc: -1 } },
      opgave: 3,
      section: 'Opgave 3',
      quote: 'twee weken',
      resolved: false,
      // Not in the public reactieverslag until the owner says so.
      public: false,
      createdAt: at(1),
      createdBy: 'p1',
      ...(withSuggestion
        ? {
            suggestion: {
              text: 'tien dagen',
              original: 'twee weken',
              status: 'open' as const,
              decidedBy: null,
              decidedAt: null,
            },
          }
        : {}),
    })
    const comment = (id: string, threadId: string) => ({
      id,
      threadId,
      documentId: 'd1',
      authorId: 'p1',
      body: 'uitleg',
      createdAt: at(2),
      editedAt: null,
    })

    it('stores a proposal without a first comment, and a plain thread exactly as before', async () => {
      await store.createThread(thread('t1', true), null)
      await store.createThread(thread('t2', false), comment('c2', 't2'))
      expect(await store.getThread('d1', 't1')).toEqual(thread('t1', true))
      expect(await store.getThread('d1', 't2')).toEqual(thread('t2', false))
      const listed = await store.listThreads('d1')
      expect(listed.map((t) => [t.id, t.suggestion?.status, t.comments.length])).toEqual([
        ['t1', 'open', 0],
        ['t2', undefined, 1],
      ])
      expect(listed[1]).not.toHaveProperty('suggestion')
      expect(listed[1]).not.toHaveProperty('response')
    })

    it('decides a proposal once: a compare-and-set that also resolves the thread and sets the response', async () => {
      await store.createThread(thread('t1', true), comment('c1', 't1'))
      const response = { kind: 'overgenomen' as const, reason: null, by: 'p2', at: at(5) }
      const decide = () =>
        store.updateSuggestion('t1', 'open', { status: 'accepted', decidedBy: 'p2', decidedAt: at(5) }, response)
      // Two at once (two nodes): exactly one wins.
      const results = await Promise.all([decide(), decide(), decide()])
      expect(results.filter(Boolean)).toHaveLength(1)
      let t = await store.getThread('d1', 't1')
      expect(t).toMatchObject({
        resolved: true,
        suggestion: { status: 'accepted', decidedBy: 'p2', decidedAt: at(5) },
        response,
      })
      // Undoing a claim whose change was not stored: open again, unresolved, without the response.
      expect(
        await store.updateSuggestion('t1', 'accepted', { status: 'open', decidedBy: null, decidedAt: null }, null),
      ).toBe(true)
      t = await store.getThread('d1', 't1')
      expect(t?.resolved).toBe(false)
      expect(t?.suggestion?.status).toBe('open')
      expect(t).not.toHaveProperty('response')
      // Without a response argument the response stays as it is.
      await store.setThreadResponse('t1', { kind: 'beantwoord', reason: 'zie mail', by: 'p2', at: at(6) })
      expect(
        await store.updateSuggestion('t1', 'open', { status: 'withdrawn', decidedBy: null, decidedAt: at(7) }),
      ).toBe(true)
      t = await store.getThread('d1', 't1')
      expect(t?.response).toEqual({ kind: 'beantwoord', reason: 'zie mail', by: 'p2', at: at(6) })
      expect(t?.suggestion?.status).toBe('withdrawn')
    })

    it('sets, replaces and removes a response; a proposal outlives its deleted explanation, its thread goes with its last comment otherwise', async () => {
      await store.createThread(thread('t1', true), comment('c1', 't1'))
      await store.createThread(thread('t2', false), comment('c2', 't2'))
      await store.setThreadResponse('t2', { kind: 'niet-overgenomen', reason: 'past niet', by: 'p2', at: at(3) })
      await store.setThreadResponse('t2', { kind: 'deels-overgenomen', reason: null, by: 'p2', at: at(4) })
      expect((await store.listThreads('d1'))[1]?.response).toEqual({
        kind: 'deels-overgenomen',
        reason: null,
        by: 'p2',
        at: at(4),
      })
      await store.setThreadResponse('t2', null)
      expect((await store.getThread('d1', 't2'))?.response).toBeUndefined()

      expect(await store.deleteComment('t1', 'c1')).toEqual({ threadDeleted: false })
      expect((await store.getThread('d1', 't1'))?.suggestion?.status).toBe('open')
      await store.setThreadResponse('t2', { kind: 'beantwoord', reason: null, by: 'p2', at: at(5) })
      expect(await store.deleteComment('t2', 'c2')).toEqual({ threadDeleted: true })
      expect(await store.getThread('d1', 't2')).toBeNull()
      expect((await store.listThreads('d1')).map((t) => t.id)).toEqual(['t1'])
    })
  })
}
