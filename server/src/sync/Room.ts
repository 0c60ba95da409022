import { CloseCode, MessageType } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import type { Logger } from 'pino'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Store } from '../store/Store.ts'
import { awarenessMatchesParticipant } from './awarenessIdentity.ts'
import type { Connection } from './Connection.ts'
import {
  encodeAwareness,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  syncProtocol,
} from './protocol.ts'
import { SerialQueue } from './SerialQueue.ts'

export interface RoomOptions {
  store: Store
  log: Logger
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number
  /** How long an empty room stays in memory after it was compacted (a reload reconnects warm). */
  unloadDelayMs: number
  /** Delays between attempts to store an update before the room gives up. */
  retryDelaysMs: number[]
  /** Called synchronously when the room is destroyed, so no one can be handed a dead room. */
  onDestroyed?: (room: Room) => void
}

/** Thrown for a message that cannot be decoded; closes that connection only. */
export class MalformedMessage extends Error {}

/** Replays a stored state into a fresh Y.Doc. */
export async function loadDoc(
  store: Store,
  documentId: string,
): Promise<{ doc: Y.Doc; lastSeq: number; pending: number }> {
  const state = await store.loadState(documentId)
  const doc = new Y.Doc({ gc: true })
  Y.transact(doc, () => {
    if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
    for (const u of state.updates) Y.applyUpdate(doc, u)
  })
  return { doc, lastSeq: state.lastSeq, pending: state.updates.length }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * One loaded document and its connections. Every incoming message runs through a serial queue:
 * an update is applied, appended durably to the store, and only then broadcast and acknowledged.
 * So an edit that reached any other client is on disk.
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness
  readonly connections = new Set<Connection>()
  private readonly queue = new SerialQueue()
  private lastSeq: number
  private appendedSinceCompact: number
  private failed = false
  private unloadTimer: ReturnType<typeof setTimeout> | undefined
  destroyed = false

  private constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    lastSeq: number,
    pending: number,
    private readonly opts: RoomOptions,
  ) {
    this.lastSeq = lastSeq
    this.appendedSinceCompact = pending
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** Loads the stored state; the room answers no message before this has resolved. */
  static async load(id: string, opts: RoomOptions): Promise<Room> {
    const { doc, lastSeq, pending } = await loadDoc(opts.store, id)
    return new Room(id, doc, lastSeq, pending, opts)
  }

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed]
    const conn = origin as Connection | undefined
    if (conn && this.connections.has(conn)) {
      for (const id of added) conn.awarenessIds.add(id)
      for (const id of removed) conn.awarenessIds.delete(id)
    }
    const message = encodeAwareness(this.awareness, changed)
    for (const c of this.connections) c.send(message)
  }

  /** Adds a connection and starts the sync handshake (in the queue, after earlier work). */
  join(conn: Connection): Promise<void> {
    this.connections.add(conn)
    return this.queue.run(() => {
      conn.send(encodeSyncStep1(this.doc))
      const states = [...this.awareness.getStates().keys()]
      if (states.length > 0) conn.send(encodeAwareness(this.awareness, states))
    })
  }

  /** Handles one message from `conn`, in order. Rejects with MalformedMessage for garbage. */
  handle(conn: Connection, data: Uint8Array): Promise<void> {
    return this.queue.run(() => this.process(conn, data))
  }

  private async process(conn: Connection, data: Uint8Array): Promise<void> {
    if (this.destroyed || !this.connections.has(conn)) return
    let decoder: decoding.Decoder
    let type: number
    try {
      decoder = decoding.createDecoder(data)
      type = decoding.readVarUint(decoder)
    } catch {
      throw new MalformedMessage('unreadable message type')
    }
    switch (type) {
      case MessageType.sync:
        return this.processSync(conn, decoder)
      case MessageType.awareness: {
        let update: Uint8Array
        let genuine: boolean
        try {
          update = decoding.readVarUint8Array(decoder)
          genuine = awarenessMatchesParticipant(update, conn.participant)
        } catch {
          throw new MalformedMessage('bad awareness update')
        }
        // Presence claiming another identity is dropped, not relayed.
        if (genuine) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
        return
      }
      case MessageType.queryAwareness:
        conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
        return
      case MessageType.auth:
        return
      default:
        throw new MalformedMessage(`unknown message type ${type}`)
    }
  }

  private async processSync(conn: Connection, decoder: decoding.Decoder): Promise<void> {
    let syncType: number
    let payload: Uint8Array
    try {
      syncType = decoding.readVarUint(decoder)
      payload = decoding.readVarUint8Array(decoder)
    } catch {
      throw new MalformedMessage('bad sync message')
    }
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      conn.send(encodeSyncStep2(this.doc, payload))
      return
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message ${syncType}`)
    }
    // Read-only connections receive everything; their writes are ignored, never filtered.
    if (!conn.writable) return
    try {
      // Decoding the whole update first means a corrupt one is rejected before it touches the doc.
      Y.decodeUpdate(payload)
    } catch {
      throw new MalformedMessage('corrupt Yjs update')
    }
    await this.applyAndPersist(payload, conn)
  }

  /**
   * Applies an update, stores what it added, then broadcasts it. Also used for server-side
   * changes (origin null). Resolves after the update is durable.
   */
  async applyAndPersist(update: Uint8Array, origin: Connection | null): Promise<void> {
    const added: Uint8Array[] = []
    const collect = (u: Uint8Array) => added.push(u)
    this.doc.on('update', collect)
    try {
      Y.applyUpdate(this.doc, update, origin)
    } finally {
      this.doc.off('update', collect)
    }
    if (added.length > 0) {
      const diff = added.length === 1 ? (added[0] as Uint8Array) : Y.mergeUpdates(added)
      await this.persist(diff)
      const message = encodeUpdate(diff)
      for (const c of this.connections) if (c !== origin) c.send(message)
    }
    if (origin?.wantsAcks) origin.send(encodeSaved(Y.encodeStateVector(this.doc)))
    if (this.appendedSinceCompact >= this.opts.compactEvery) await this.compact()
  }

  private async persist(diff: Uint8Array): Promise<void> {
    const delays = this.opts.retryDelaysMs
    for (let attempt = 0; ; attempt++) {
      try {
        this.lastSeq = await this.opts.store.appendUpdate(this.id, diff)
        this.appendedSinceCompact++
        return
      } catch (err) {
        const delay = delays[attempt]
        this.opts.log.error({ err, documentId: this.id, attempt }, 'storing an update failed')
        if (delay === undefined) {
          this.fail()
          throw err
        }
        await sleep(delay)
      }
    }
  }

  /**
   * The store kept failing: the in-memory doc now holds an update that is not durable, so drop
   * the room. Clients are told why and keep their edits; they resend them when they reconnect.
   */
  private fail(): void {
    if (this.failed) return
    this.failed = true
    for (const c of this.connections) c.close(CloseCode.storageFailure, 'storage failure')
    this.destroy()
  }

  private async compact(): Promise<void> {
    if (this.appendedSinceCompact === 0 || this.failed) return
    await this.opts.store.compact(this.id, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
    this.appendedSinceCompact = 0
  }

  /**
   * A change made by the server (e.g. restoring a version): `build` computes an update from the
   * current document inside the queue; it is then stored and broadcast like a client's edit.
   */
  applyServerChange(build: (doc: Y.Doc) => Uint8Array | null): Promise<void> {
    return this.queue.run(async () => {
      if (this.destroyed) throw new Error('room was unloaded')
      const update = build(this.doc)
      if (update) await this.applyAndPersist(update, null)
    })
  }

  /** Removes a connection and its awareness states. */
  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null)
    }
  }

  /**
   * The last client has left: compact now, and unload after the grace period if nobody came
   * back. Both run in the queue, so neither can race a save.
   */
  onEmpty(): void {
    void this.queue.run(() => this.compactQuietly())
    clearTimeout(this.unloadTimer)
    this.unloadTimer = setTimeout(() => void this.unloadIfEmpty(), this.opts.unloadDelayMs)
    this.unloadTimer.unref?.()
  }

  /** Compacts and unloads if nobody is connected. Resolves true when the room was unloaded. */
  unloadIfEmpty(): Promise<boolean> {
    return this.queue.run(async () => {
      if (this.connections.size > 0 || this.destroyed) return false
      await this.compactQuietly()
      // A client may have joined while the snapshot was written.
      if (this.connections.size > 0) return false
      this.destroy()
      return true
    })
  }

  /** Waits for queued work, compacts, and closes every connection (server shutdown). */
  async shutdown(): Promise<void> {
    for (const c of this.connections) c.close(CloseCode.goingAway, 'server shutting down')
    await this.queue.run(() => this.compactQuietly())
    this.destroy()
  }

  private async compactQuietly(): Promise<void> {
    try {
      await this.compact()
    } catch (err) {
      // The update log is intact; compaction only shortens the next load.
      this.opts.log.warn({ err, documentId: this.id }, 'compaction failed')
    }
  }

  private destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearTimeout(this.unloadTimer)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
    this.opts.onDestroyed?.(this)
  }
}
