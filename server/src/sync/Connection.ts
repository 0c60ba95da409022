import { CloseCode } from '@regiovisie/shared/protocol'
import type WebSocket from 'ws'
import type { ParticipantRecord } from '../store/Store.ts'
import { type SyncLimits, TokenBucket } from './limits.ts'

/** One WebSocket of one participant in one room. */
export class Connection {
  /** The one awareness client id this connection may speak for (its own), once it has used one. */
  awarenessId: number | null = null
  alive = true
  /** A full-document reply (sync step 2) is on its way; further requests wait for it. */
  syncReplyInFlight = false
  /** The latest state vector asked for while a reply was in flight (older ones are superseded). */
  deferredSyncRequest: Uint8Array | null = null
  /** Same for answers to presence queries. */
  presenceReplyInFlight = false
  presenceQueryDeferred = false
  /** Messages of this connection waiting in the room's queue. */
  queued = 0
  private readonly bucket: TokenBucket
  private readonly presenceBucket = new TokenBucket(30, 120)

  constructor(
    readonly ws: WebSocket,
    readonly documentId: string,
    readonly participant: ParticipantRecord,
    /** False for commenters and viewers: their document writes are ignored. */
    readonly writable: boolean,
    /** The client understands our own message types (`saved`, `threadsChanged`): it passed ack=1. */
    readonly wantsAcks: boolean,
    readonly limits: SyncLimits,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst)
  }

  /** Counts an incoming message against the rate limit; false means the connection was closed. */
  admit(): boolean {
    if (this.bucket.take()) return true
    this.close(CloseCode.tooManyMessages, 'too many messages')
    return false
  }

  /** Presence changes beyond 30 a second are dropped (the next one carries the latest state). */
  takePresenceToken(): boolean {
    return this.presenceBucket.take()
  }

  /**
   * Sends unless the socket already holds more than the buffer cap, in which case the client
   * is not reading: it is closed (it resyncs when it reconnects) instead of growing the heap.
   * `onSent` runs once the message has been handed to the operating system (or was dropped).
   */
  send(message: Uint8Array, onSent?: () => void): void {
    if (this.ws.readyState !== this.ws.OPEN) {
      onSent?.()
      return
    }
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.ws.terminate()
      onSent?.()
      return
    }
    this.ws.send(message, (err) => {
      if (err) this.ws.terminate()
      onSent?.()
    })
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason)
  }
}
