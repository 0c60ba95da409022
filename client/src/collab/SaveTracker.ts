import { MessageType } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export type SaveState = 'connecting' | 'saving' | 'saved' | 'offline' | 'closed'

type StateVector = Map<number, number>

/**
 * Tells whether every local change has been durably stored by the server.
 *
 * It keeps the highest state vector the server is known to hold, learnt from three messages:
 * the server's sync step 1 (its state vector on connect), our own `saved` acknowledgement
 * (message type 4: the state vector after it stored our update) and updates the server sent
 * us (it holds whatever it sends). The document counts as saved when that vector covers the
 * local document's state vector for every client id.
 *
 * A deletion adds nothing to the state vector, so it is tracked by message instead: the server
 * acknowledges every update a writable connection sends, in order. A local update that deletes
 * is saved once the acknowledgement of that message (or, after a reconnect, of the sync step 2
 * that carries it again) has arrived.
 */
export class SaveTracker {
  private readonly serverHas: StateVector = new Map()
  private readonly listeners = new Set<() => void>()
  private everClosed = false
  private state: SaveState = 'connecting'
  /** Updates sent and acknowledgements received on the current connection. */
  private sent = 0
  private acked = 0
  /** A local deletion awaits the acknowledgement of message `sent` number N, or the next sync. */
  private deletionAwaits: number | 'next-sync' | null = null
  /** A close code after which the provider stopped for good (4401/4403/4404/4410), else null. */
  closedCode: number | null = null

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    const syncHandler = provider.messageHandlers[MessageType.sync]
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, p, emitSynced, type) => {
      // Peek without consuming: y-websocket's own handler must still read the whole message.
      const peek = decoding.clone(decoder)
      const isStep1 = decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1
      if (isStep1) this.merge(Y.decodeStateVector(decoding.readVarUint8Array(peek)))
      syncHandler?.(encoder, decoder, p, emitSynced, type)
      // y-websocket answers the server's step 1 with a step 2 holding all we have, deletions too.
      if (isStep1) {
        this.sent++
        if (this.deletionAwaits === 'next-sync') this.deletionAwaits = this.sent
      }
      this.update()
    }
    provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      this.merge(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
      this.acked++
      if (typeof this.deletionAwaits === 'number' && this.acked >= this.deletionAwaits) this.deletionAwaits = null
      this.update()
    }
    ydoc.on('afterTransaction', this.onTransaction)
    ydoc.on('update', this.onUpdate)
    provider.on('status', this.update)
    provider.on('sync', this.update)
    provider.on('connection-close', this.onClose)
  }

  /** Marks the connection as refused for good (the caller stops the provider). */
  close(code: number): void {
    this.closedCode = code
    this.update()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getState = (): SaveState => this.state

  destroy(): void {
    this.ydoc.off('afterTransaction', this.onTransaction)
    this.ydoc.off('update', this.onUpdate)
    this.provider.off('status', this.update)
    this.provider.off('sync', this.update)
    this.provider.off('connection-close', this.onClose)
    this.listeners.clear()
  }

  private onClose = (): void => {
    this.everClosed = true
    this.sent = 0
    this.acked = 0
    if (this.deletionAwaits !== null) this.deletionAwaits = 'next-sync'
    this.update()
  }

  /** A local update is sent at once while connected (y-websocket), else with the next sync. */
  private onUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction): void => {
    if (origin !== this.provider) {
      if (this.provider.wsconnected) this.sent++
      // Only the user's own edits: replays (IndexedDB) are not local and were stored before.
      if (tr.local && tr.deleteSet.clients.size > 0)
        this.deletionAwaits = this.provider.wsconnected ? this.sent : 'next-sync'
    }
    this.update()
  }

  private onTransaction = (tr: Y.Transaction): void => {
    if (tr.origin !== this.provider) return
    for (const [client, clock] of tr.afterState) {
      if (clock > (tr.beforeState.get(client) ?? 0)) this.merge(new Map([[client, clock]]))
    }
  }

  private merge(sv: StateVector): void {
    for (const [client, clock] of sv) {
      if ((this.serverHas.get(client) ?? 0) < clock) this.serverHas.set(client, clock)
    }
  }

  private covered(): boolean {
    if (this.deletionAwaits !== null) return false
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.ydoc))) {
      if ((this.serverHas.get(client) ?? 0) < clock) return false
    }
    return true
  }

  private compute(): SaveState {
    if (this.closedCode !== null) return 'closed'
    if (this.provider.wsconnected) {
      if (!this.provider.synced) return 'connecting'
      return this.covered() ? 'saved' : 'saving'
    }
    return this.everClosed ? 'offline' : 'connecting'
  }

  private update = (): void => {
    const next = this.compute()
    if (next === this.state) return
    this.state = next
    for (const listener of this.listeners) listener()
  }
}
