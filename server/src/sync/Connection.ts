import type WebSocket from 'ws'
import type { ParticipantRecord } from '../store/Store.ts'

/** One WebSocket of one participant in one room. */
export class Connection {
  /** Awareness client ids this connection controls (removed when it closes). */
  readonly awarenessIds = new Set<number>()
  alive = true

  constructor(
    readonly ws: WebSocket,
    readonly documentId: string,
    readonly participant: ParticipantRecord,
    /** False for commenters and viewers: their document writes are ignored. */
    readonly writable: boolean,
    /** The client understands our own message types (`saved`, `threadsChanged`): it passed ack=1. */
    readonly wantsAcks: boolean,
  ) {}

  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return
    this.ws.send(message, (err) => {
      if (err) this.ws.terminate()
    })
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason)
  }
}
