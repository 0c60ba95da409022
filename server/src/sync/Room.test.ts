import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMemoryUpdateLog, type MemoryUpdateLog } from '../store/MemoryUpdateLog.ts'
import { DEFAULT_SYNC_LIMITS } from './limits.ts'
import { Room, type RoomOptions } from './Room.ts'

// Rooms over the in-memory update log: the same load, append and compact a database gives, in
// milliseconds. What the database itself guarantees is the contract suite's (store.contract.test.ts).

const rooms: Room[] = []
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.shutdown()
})

function options(log: MemoryUpdateLog, more: Partial<RoomOptions> = {}): RoomOptions {
  return {
    store: log,
    log: pino({ level: 'silent' }),
    compactEvery: 1000,
    unloadDelayMs: 60_000,
    retryDelaysMs: [],
    limits: DEFAULT_SYNC_LIMITS,
    ...more,
  }
}

async function load(log: MemoryUpdateLog, more?: Partial<RoomOptions>): Promise<Room> {
  const room = await Room.load('d1', options(log, more))
  rooms.push(room)
  return room
}

/** The update that appends a paragraph with `text` to `doc` (a writer's replica). */
function paragraph(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc)
  const p = new Y.XmlElement('paragraph')
  p.insert(0, [new Y.XmlText(text)])
  const fragment = doc.getXmlFragment(FRAGMENT_NAME)
  fragment.insert(fragment.length, [p])
  return Y.encodeStateAsUpdate(doc, before)
}

/** A server change that appends a paragraph, built on a copy (`build` must not touch the live document). */
const appendParagraph = (text: string) => (doc: Y.Doc) => {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return paragraph(copy, text)
}

const text = (doc: Y.Doc) =>
  doc
    .getXmlFragment(FRAGMENT_NAME)
    .toArray()
    .map((p) => (p as Y.XmlElement).toString().replace(/<[^>]+>/g, ''))

async function seeded(): Promise<{ log: MemoryUpdateLog; writer: Y.Doc }> {
  const log = createMemoryUpdateLog()
  const writer = new Y.Doc()
  await log.createDocument('d1', paragraph(writer, 'sjabloon'))
  return { log, writer }
}

describe('a room over the update log', () => {
  it('has appended a server change to the log when the change resolves; a room loaded later replays it', async () => {
    const { log } = await seeded()
    const room = await load(log)
    await room.applyServerChange(appendParagraph('toegevoegd'))
    const stored = await log.loadState('d1')
    expect(stored.lastSeq).toBe(1)
    expect(stored.updates).toHaveLength(1)
    await room.shutdown()
    const again = await load(log)
    expect(await again.read(text)).toEqual(['sjabloon', 'toegevoegd'])
  })

  it('loads from the log the update it missed when another node announces a later one', async () => {
    const { log, writer } = await seeded()
    const room = await load(log, { publish: () => {}, gapWaitMs: 5 })
    // Another node stored 1 and 2; only the message about 2 arrives.
    await log.appendUpdate('d1', paragraph(writer, 'een'))
    const two = paragraph(writer, 'twee')
    room.receive({ kind: 'update', seq: await log.appendUpdate('d1', two), update: two })
    expect(await room.read(text)).toEqual(['sjabloon', 'een', 'twee'])
  })

  it('folds what it appended into the snapshot when it shuts down', async () => {
    const { log } = await seeded()
    const room = await load(log)
    await room.applyServerChange(appendParagraph('een'))
    await room.applyServerChange(appendParagraph('twee'))
    await room.shutdown()
    const stored = await log.loadState('d1')
    expect(stored).toMatchObject({ updates: [], lastSeq: 2 })
    const replayed = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(replayed, stored.snapshot)
    expect(text(replayed)).toEqual(['sjabloon', 'een', 'twee'])
  })
})
