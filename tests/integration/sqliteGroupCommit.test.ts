import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentRecord, invitesFor } from '../helpers/records.ts'

// The SQLite store writes the appends of one turn of the event loop, from every document, in one
// transaction (sqliteLog.ts), each resolved with its own number once it is on disk.
const record = documentRecord
const invites = invitesFor

function textOf(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state.updates) Y.applyUpdate(doc, u)
  return doc.getText('t').toString()
}

describe('SQLite group commit across documents', () => {
  let dir: string
  let file: string
  let store: Store
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rv-log-'))
    file = join(dir, 'db.sqlite')
    store = createSqliteStore(file)
  })
  afterEach(async () => {
    await store.close().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes appends to many documents sent at once, each numbered in its own document', async () => {
    const docs = ['a', 'b', 'c', 'd']
    const sources = new Map(docs.map((id) => [id, new Y.Doc()]))
    for (const id of docs) await store.createDocument(record(id), Y.encodeStateAsUpdate(new Y.Doc()), invites(id))
    const appends: Array<Promise<number>> = []
    for (let i = 0; i < 50; i++) {
      for (const id of docs) {
        const src = sources.get(id) as Y.Doc
        const before = Y.encodeStateVector(src)
        src.getText('t').insert(src.getText('t').length, `${i % 10}`)
        appends.push(store.appendUpdate(id, Y.encodeStateAsUpdate(src, before)))
      }
    }
    const seqs = await Promise.all(appends)
    for (const [k, id] of docs.entries()) {
      expect(seqs.filter((_, i) => i % docs.length === k)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
      expect(textOf(await store.loadState(id))).toBe((sources.get(id) as Y.Doc).getText('t').toString())
    }
  })

  it('fails only the append to an unknown document when it is written together with others', async () => {
    await store.createDocument(record('a'), Y.encodeStateAsUpdate(new Y.Doc()), invites('a'))
    const src = new Y.Doc()
    src.getText('t').insert(0, 'x')
    const update = Y.encodeStateAsUpdate(src)
    const [ok, bad, ok2] = await Promise.allSettled([
      store.appendUpdate('a', update),
      store.appendUpdate('nope', update),
      store.appendUpdate('a', update),
    ])
    expect(ok).toEqual({ status: 'fulfilled', value: 1 })
    expect(bad.status).toBe('rejected')
    expect(ok2).toEqual({ status: 'fulfilled', value: 2 })
  })

  it('compacts a long log while the event loop and appends go on, and close commits what was asked before it', async () => {
    await store.createDocument(record('a'), Y.encodeStateAsUpdate(new Y.Doc()), invites('a'))
    const src = new Y.Doc()
    const next = () => {
      const before = Y.encodeStateVector(src)
      src.getText('t').insert(src.getText('t').length, 'y')
      return store.appendUpdate('a', Y.encodeStateAsUpdate(src, before))
    }
    for (let i = 0; i < 1000; i++) await next()
    // The replay goes a slice at a time: the event loop keeps turning (timers run) meanwhile.
    let turns = 0
    const timer = setInterval(() => turns++, 0)
    const compacted = store.compact('a')
    const during = Array.from({ length: 20 }, () => next())
    expect(await compacted).toBe(1000)
    clearInterval(timer)
    expect(turns).toBeGreaterThan(2)
    expect(await Promise.all(during)).toEqual(Array.from({ length: 20 }, (_, i) => 1001 + i))
    const last = next()
    await store.close()
    expect(await last).toBe(1021)
    const reopened = createSqliteStore(file)
    try {
      const state = await reopened.loadState('a')
      expect(state.updates).toHaveLength(21)
      expect(textOf(state)).toBe('y'.repeat(1021))
    } finally {
      await reopened.close()
    }
  })
})
