import { CloseCode, MessageType } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import type { Logger } from 'pino'
import * as Y from 'yjs'
import type { Metrics } from '../metrics.ts'
import type { UpdateLog } from '../store/UpdateLog.ts'
import { AppliedSeqs } from './AppliedSeqs.ts'
import type { Connection } from './Connection.ts'
import type { FanoutMessage } from './Fanout.ts'
import type { SyncLimits } from './limits.ts'
import { encodeSaved, encodeSyncStep1, encodeSyncStep2, encodeUpdate, syncProtocol } from './protocol.ts'
import { RoomPresence } from './RoomPresence.ts'
import { SerialQueue } from './SerialQueue.ts'
import { repairTransaction } from './schemaGuard.ts'

export interface RoomOptions {
  store: UpdateLog
  log: Logger
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number
  /** How long an empty room stays in memory after it was compacted (a reload reconnects warm). */
  unloadDelayMs: number
  /** Delays between attempts to store an update before the room gives up. */
  retryDelaysMs: number[]
  limits: SyncLimits
  /** Called synchronously when the room is destroyed, so no one can be handed a dead room. */
  onDestroyed?: (room: Room) => void
  /**
   * Tells the other nodes (several nodes behind REDIS_URL): stored updates with their number,
   * presence of this node's connections, our own messages. Absent on a single node.
   */
  publish?: ((message: FanoutMessage) => void) | undefined
  /** How long a hole in the received numbers may stay before the room loads it from the store. */
  gapWaitMs?: number
  metrics?: Metrics | undefined
}

/** Thrown for a message that cannot be decoded or applied; closes that connection only. */
export class MalformedMessage extends Error {}

/** The room was unloaded before a queued read ran; read from the store instead. */
export class RoomGone extends Error {}

/** Replays a stored state into a fresh Y.Doc. */
export async function loadDoc(
  store: UpdateLog,
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

/** Origin of updates that came from another node: stored already, never stored or published again. */
const REMOTE = Symbol('remote')

/** Most updates written in one append before the room writes anyway. */
const MAX_BATCH = 100

/**
 * One loaded document and its connections. Every incoming message runs through a serial queue:
 * an update is applied, appended durably to the store, and only then broadcast and acknowledged.
 * So an edit that reached any other client is on disk, and the room never serves state that is
 * not stored: an update that fails halfway is undone by reloading the stored state.
 */
export class Room {
  readonly connections = new Set<Connection>()
  private readonly presence: RoomPresence
  /** The live document. Replaced (never mutated from outside) when an update fails halfway. */
  private doc: Y.Doc
  /** Bumped on every change of `doc`; readers' copies are rebuilt when it moved. */
  private version = 0
  private readCopy: { version: number; doc: Y.Doc } | null = null
  private readonly queue = new SerialQueue()
  /** Applied updates waiting for the next write (group commit), in order. */
  private readonly unflushed: { diff: Uint8Array | null; origin: Connection | null; repaired: boolean }[] = []
  private flushScheduled = false
  /** Which numbers of the stored log the live document holds. */
  private applied: AppliedSeqs
  private gapTimer: ReturnType<typeof setTimeout> | undefined
  private gapFailures = 0
  /** Updates this node appended since it last compacted (others compact their own share). */
  private appendedSinceCompact: number
  private compacting: Promise<void> | null = null
  private failed = false
  private unloadTimer: ReturnType<typeof setTimeout> | undefined
  destroyed = false

  private constructor(
    readonly id: string,
    doc: Y.Doc,
    lastSeq: number,
    pending: number,
    private readonly opts: RoomOptions,
  ) {
    this.doc = doc
    this.applied = new AppliedSeqs(lastSeq)
    this.appendedSinceCompact = pending
    this.presence = new RoomPresence(this.connections, opts.limits.maxPresenceBytes, opts.publish)
  }

  /** Loads the stored state; the room answers no message before this has resolved. */
  static async load(id: string, opts: RoomOptions): Promise<Room> {
    const { doc, lastSeq, pending } = await loadDoc(opts.store, id)
    return new Room(id, doc, lastSeq, pending, opts)
  }

  /** A message another node published for this document. */
  receive(message: FanoutMessage): void {
    if (this.destroyed) return
    switch (message.kind) {
      case 'update':
        this.inQueue(() => this.applyStored(message.seq, message.update, message.sentAt))
        return
      case 'head':
        if (!this.applied.has(message.seq)) this.inQueue(() => this.catchUp())
        return
      case 'presence':
        this.presence.fromNode(message.update)
        return
      case 'notify':
        // In the queue: after the updates published before it (a restore's notice follows its text).
        this.inQueue(() => {
          for (const c of this.connections) if (c.wantsAcks) c.send(message.message)
        })
        return
      case 'disconnect':
        return
    }
  }

  /** The bus was away: load what may have been missed, and tell the others how far this node stored. */
  resume(): void {
    this.inQueue(async () => {
      await this.catchUp()
      this.opts.publish?.({ kind: 'head', seq: this.applied.upTo })
    })
  }

  private inQueue(task: () => void | Promise<void>): void {
    void this.queue.run(task).catch((err) => this.opts.log.warn({ err, documentId: this.id }, 'fan-out task failed'))
  }

  /** Adds a connection and starts the sync handshake (in the queue, after earlier work). */
  join(conn: Connection): Promise<void> {
    this.connections.add(conn)
    return this.queue.run(async () => {
      await this.flush()
      // A node that died after storing but before publishing: a joining client still gets it all.
      await this.catchUpQuietly()
      conn.send(encodeSyncStep1(this.doc))
      if (this.presence.size > 0) conn.send(this.presence.encodeAll())
    })
  }

  /** Handles one message from `conn`, in order. Rejects with MalformedMessage for garbage. */
  handle(conn: Connection, data: Uint8Array): Promise<void> {
    return this.queue.run(() => this.process(conn, data))
  }

  /**
   * Runs `fn` on a copy of the document as stored, in the queue (after every earlier edit is on
   * disk). Readers never touch the live document: the ProseMirror binding repairs what it cannot
   * show by deleting it, which must not happen outside the path that stores and broadcasts.
   */
  read<T>(fn: (doc: Y.Doc) => T): Promise<T> {
    return this.queue.run(async () => {
      await this.flush()
      await this.catchUpQuietly()
      if (this.destroyed) throw new RoomGone()
      if (this.readCopy?.version !== this.version) {
        this.readCopy?.doc.destroy()
        const copy = new Y.Doc({ gc: true })
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc))
        const entry = { version: this.version, doc: copy }
        // A reader that changed its copy spoils it for the next one.
        copy.on('update', () => {
          entry.version = -1
        })
        this.readCopy = entry
      }
      return fn(this.readCopy.doc)
    })
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
      case MessageType.awareness:
        try {
          this.presence.fromConnection(conn, decoding.readVarUint8Array(decoder))
        } catch {
          throw new MalformedMessage('bad awareness update')
        }
        return
      case MessageType.queryAwareness:
        this.answerPresenceQuery(conn)
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
      // Answered from stored state only.
      await this.flush()
      this.answerSyncStep1(conn, payload)
      return
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message ${syncType}`)
    }
    // Read-only connections receive everything; their writes are ignored, never filtered.
    if (!conn.writable) return
    await this.applyBatched(payload, conn)
  }

  /**
   * Answers a sync step 1 with what the client lacks. At most one such reply per connection is
   * on its way at a time; requests that arrive meanwhile collapse into one, answered when it
   * left. So a client that asks again and again without reading costs one document, not many.
   */
  private answerSyncStep1(conn: Connection, stateVector: Uint8Array): void {
    if (conn.syncReplyInFlight) {
      conn.deferredSyncRequest = stateVector
      return
    }
    let reply: Uint8Array
    try {
      reply = encodeSyncStep2(this.doc, stateVector)
    } catch {
      throw new MalformedMessage('bad state vector')
    }
    conn.syncReplyInFlight = true
    conn.send(reply, () => {
      conn.syncReplyInFlight = false
      const next = conn.deferredSyncRequest
      conn.deferredSyncRequest = null
      if (next) {
        void this.queue.run(async () => {
          await this.flush()
          this.answerIfStillHere(conn, () => this.answerSyncStep1(conn, next))
        })
      }
    })
  }

  /** Presence queries collapse the same way as sync requests. */
  private answerPresenceQuery(conn: Connection): void {
    if (conn.presenceReplyInFlight) {
      conn.presenceQueryDeferred = true
      return
    }
    conn.presenceReplyInFlight = true
    conn.send(this.presence.encodeAll(), () => {
      conn.presenceReplyInFlight = false
      if (!conn.presenceQueryDeferred) return
      conn.presenceQueryDeferred = false
      void this.queue.run(() => this.answerIfStillHere(conn, () => this.answerPresenceQuery(conn)))
    })
  }

  private answerIfStillHere(conn: Connection, answer: () => void): void {
    if (this.destroyed || !this.connections.has(conn)) return
    try {
      answer()
    } catch {
      conn.close(CloseCode.malformed, 'malformed message')
    }
  }

  /**
   * Applies an update, repairs what breaks the schema, stores the result, then broadcasts it.
   * Also used for server-side changes (origin null). Resolves after the update is durable.
   */
  async applyAndPersist(update: Uint8Array, origin: Connection | null): Promise<void> {
    await this.apply(update, origin)
    await this.flush()
  }

  /**
   * Applies a client's update and queues what it added for the next write (group commit): updates
   * that arrive while a write is in flight are applied in order and written together, in one
   * append, right after it. Nothing is broadcast or acknowledged before it is stored, and every
   * task that reads the document flushes first, so the room never serves what is not stored.
   */
  private async applyBatched(update: Uint8Array, origin: Connection): Promise<void> {
    await this.apply(update, origin)
    if (this.unflushed.length >= MAX_BATCH) await this.flush()
    else if (!this.flushScheduled) {
      this.flushScheduled = true
      // Runs after the messages already waiting in the queue: they join this write.
      void this.queue.run(() => this.flush()).catch(() => {})
    }
  }

  /**
   * Applies an update in one transaction with the schema repair and keeps what it added as
   * unflushed. An update that throws while being applied may have left part of itself in the
   * document: what earlier updates added is stored first, then the room reloads the stored state
   * before anything else runs (nobody is ever served the broken part), and the sender is closed.
   */
  private async apply(update: Uint8Array, origin: Connection | null): Promise<void> {
    const added: Uint8Array[] = []
    const collect = (u: Uint8Array) => added.push(u)
    let repaired = 0
    this.doc.on('update', collect)
    try {
      Y.transact(
        this.doc,
        (tr) => {
          Y.applyUpdate(this.doc, update, origin)
          repaired = repairTransaction(tr)
        },
        origin,
      )
      const pending = this.doc.store.pendingStructs
      if (pending && pending.update.byteLength > this.opts.limits.maxPendingBytes) {
        throw new Error('too many updates waiting for missing predecessors')
      }
    } catch (err) {
      this.doc.off('update', collect)
      // Nothing more from the sender: its queued messages may build on what was undone.
      if (origin) this.leave(origin)
      await this.flush()
      await this.reload()
      throw new MalformedMessage(`update could not be applied: ${(err as Error).message}`)
    } finally {
      this.doc.off('update', collect)
    }
    if (repaired > 0) this.opts.log.warn({ documentId: this.id, repaired }, 'removed content outside the schema')
    const diff = added.length === 0 ? null : added.length === 1 ? (added[0] as Uint8Array) : Y.mergeUpdates(added)
    if (diff) this.version++
    this.unflushed.push({ diff, origin, repaired: repaired > 0 })
  }

  /** Stores what the unflushed updates added in one append, then broadcasts and acknowledges each. */
  private async flush(): Promise<void> {
    this.flushScheduled = false
    if (this.unflushed.length === 0 || this.destroyed) return
    const batch = this.unflushed.splice(0)
    const diffs = batch.flatMap((b) => (b.diff ? [b.diff] : []))
    if (diffs.length > 0) {
      const update = diffs.length === 1 ? (diffs[0] as Uint8Array) : Y.mergeUpdates(diffs)
      const seq = await this.persist(update)
      this.opts.metrics?.updates.inc(diffs.length)
      this.applied.add(seq)
      this.opts.publish?.({ kind: 'update', seq, update, sentAt: Date.now() })
      // Another node appended the numbers in between; their messages are on their way.
      this.watchForGaps()
    }
    const broadcast = this.opts.metrics?.fanoutSeconds.startTimer({ path: 'local' })
    for (const { diff, origin, repaired } of batch) {
      if (!diff) continue
      const message = encodeUpdate(diff)
      // A repaired update differs from what its sender holds: the sender gets the repair too.
      for (const c of this.connections) if (c !== origin || repaired) c.send(message)
    }
    broadcast?.()
    // Stock y-websocket clients get no acknowledgement: the state vector is encoded only for ours.
    const acked = [...new Set(batch.map((b) => b.origin))].filter((origin) => origin?.wantsAcks)
    if (acked.length > 0) {
      const saved = encodeSaved(Y.encodeStateVector(this.doc))
      for (const origin of acked) origin?.send(saved)
    }
    if (this.appendedSinceCompact >= this.opts.compactEvery) this.compactInBackground()
  }

  /**
   * An update another node stored (its number is `seq`): applied to the live document and sent to
   * this node's clients, never stored again. A hole below it is loaded from the store unless the
   * missing numbers arrive within the grace period (messages of different nodes may overtake each
   * other on the bus).
   */
  private applyStored(seq: number, update: Uint8Array, sentAt: number | undefined): void {
    if (this.destroyed || this.applied.has(seq)) return
    this.integrate(null, [update])
    if (sentAt) this.opts.metrics?.fanoutSeconds.observe({ path: 'remote' }, Math.max(0, Date.now() - sentAt) / 1000)
    this.applied.add(seq)
    this.watchForGaps()
  }

  /**
   * Loads what the store holds beyond the highest number below which nothing is missing, and
   * applies it (Yjs updates are idempotent: what the document already has changes nothing).
   * Only with several nodes: on a single node the live document is always the whole log.
   */
  private async catchUp(): Promise<void> {
    if (!this.opts.publish || this.destroyed) return
    const state = await this.opts.store.loadUpdatesSince(this.id, this.applied.upTo)
    if (this.destroyed) return
    this.integrate(state.snapshot, state.updates)
    this.applied.coverUpTo(state.lastSeq)
  }

  /** Resolves false when the store could not be read. */
  private async catchUpQuietly(): Promise<boolean> {
    try {
      await this.catchUp()
      return true
    } catch (err) {
      // Served from what the room holds; the next message or a hole makes it try again.
      this.opts.log.warn({ err, documentId: this.id }, 'catching up from the store failed')
      this.opts.metrics?.storeFailures.inc({ operation: 'catch_up' })
      return false
    }
  }

  private watchForGaps(): void {
    if (this.applied.complete || this.gapTimer || !this.opts.publish) return
    // While the store does not answer, ask less and less often (at most every 10 s).
    const delay = Math.min((this.opts.gapWaitMs ?? 250) * 2 ** this.gapFailures, 10_000)
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined
      if (this.destroyed || this.applied.complete) return
      this.inQueue(async () => {
        this.gapFailures = (await this.catchUpQuietly()) ? 0 : this.gapFailures + 1
        this.watchForGaps()
      })
    }, delay)
    this.gapTimer.unref?.()
  }

  /** Applies stored updates (no repair, no append: they are stored) and sends clients what was new. */
  private integrate(snapshot: Uint8Array | null, updates: Uint8Array[]): void {
    const added: Uint8Array[] = []
    const collect = (u: Uint8Array) => added.push(u)
    this.doc.on('update', collect)
    try {
      Y.transact(
        this.doc,
        () => {
          if (snapshot) Y.applyUpdate(this.doc, snapshot, REMOTE)
          for (const u of updates) Y.applyUpdate(this.doc, u, REMOTE)
        },
        REMOTE,
      )
    } finally {
      this.doc.off('update', collect)
    }
    if (added.length === 0) return
    this.version++
    const message = encodeUpdate(added.length === 1 ? (added[0] as Uint8Array) : Y.mergeUpdates(added))
    for (const c of this.connections) c.send(message)
  }

  /** Replaces the live document by the stored state (after an update failed halfway). */
  private async reload(): Promise<void> {
    this.version++
    try {
      const { doc, lastSeq, pending } = await loadDoc(this.opts.store, this.id)
      this.doc.destroy()
      this.doc = doc
      this.applied = new AppliedSeqs(lastSeq)
      this.appendedSinceCompact = pending
    } catch (err) {
      this.opts.log.error({ err, documentId: this.id }, 'reloading a room failed')
      this.fail()
    }
  }

  /** Appends durably, retrying with back-off; resolves with the update's number in the log. */
  private async persist(diff: Uint8Array): Promise<number> {
    const delays = this.opts.retryDelaysMs
    for (let attempt = 0; ; attempt++) {
      const appended = this.opts.metrics?.appendSeconds.startTimer()
      try {
        const seq = await this.opts.store.appendUpdate(this.id, diff)
        appended?.()
        this.appendedSinceCompact++
        return seq
      } catch (err) {
        const delay = delays[attempt]
        this.opts.log.error({ err, documentId: this.id, attempt }, 'storing an update failed')
        if (delay === undefined) {
          this.opts.metrics?.storeFailures.inc({ operation: 'append' })
          this.fail()
          throw err
        }
        this.opts.metrics?.storeRetries.inc()
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

  /**
   * Compaction folds what is stored (not this document) under the store's per-document lock, so it
   * needs nothing from the queue: it runs beside it, one at a time, and edits go on meanwhile.
   */
  private compactInBackground(): void {
    if (this.compacting || this.failed) return
    this.appendedSinceCompact = 0
    this.compacting = this.opts.store
      .compact(this.id)
      .then(
        () => undefined,
        (err) => {
          // The update log is intact; compaction only shortens the next load.
          this.opts.log.warn({ err, documentId: this.id }, 'compaction failed')
          this.opts.metrics?.storeFailures.inc({ operation: 'compact' })
        },
      )
      .finally(() => {
        this.compacting = null
      })
  }

  /** Stores what is pending, then compacts if this node appended anything since it last did. */
  private async compactQuietly(): Promise<void> {
    try {
      await this.flush()
    } catch (err) {
      this.opts.log.warn({ err, documentId: this.id }, 'storing before compaction failed')
      return
    }
    await this.compacting
    if (this.appendedSinceCompact > 0) this.compactInBackground()
    await this.compacting
  }

  /**
   * A change made by the server (e.g. restoring a version): `build` computes an update from the
   * current document inside the queue; it is then stored and broadcast like a client's edit.
   */
  applyServerChange(build: (doc: Y.Doc) => Uint8Array | null | Promise<Uint8Array | null>): Promise<void> {
    return this.queue.run(async () => {
      if (this.destroyed) throw new Error('room was unloaded')
      await this.flush()
      // Built on everything stored, also what other nodes stored a moment ago.
      await this.catchUp()
      const update = await build(this.doc)
      if (update) await this.applyAndPersist(update, null)
    })
  }

  /** Removes a connection and its awareness states. */
  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    this.presence.remove(conn)
  }

  /**
   * The last client has left: compact now, and unload after the grace period if nobody came
   * back. Both run in the queue, so neither can race a save.
   */
  onEmpty(): void {
    this.dropReadCopy()
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

  /**
   * Server shutdown (SIGTERM): stop reading new messages, let everything already queued be stored
   * and acknowledged, compact, then close every socket with 1012 so clients reconnect (to this node
   * when it is back, or another one) and resend whatever was not acknowledged.
   */
  async shutdown(): Promise<void> {
    for (const c of this.connections) c.ws.pause()
    await this.queue.run(() => this.compactQuietly())
    for (const c of this.connections) c.close(CloseCode.serviceRestart, 'server restarting')
    this.destroy()
  }

  private dropReadCopy(): void {
    this.readCopy?.doc.destroy()
    this.readCopy = null
  }

  private destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearTimeout(this.unloadTimer)
    clearTimeout(this.gapTimer)
    this.presence.destroy()
    this.dropReadCopy()
    this.doc.destroy()
    this.opts.onDestroyed?.(this)
  }
}
