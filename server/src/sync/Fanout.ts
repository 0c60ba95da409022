import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * What one node tells the others. The update log in the store stays the source of truth: a node
 * publishes an update only after it is stored, and a node that misses a message (the bus dropped
 * it, or a reconnect) loads what it lacks from the store.
 */
export type FanoutMessage =
  /**
   * An update as stored, with its number in the document's log. Receivers apply it and never store it
   * again. `sentAt` (the publisher's clock, ms) only measures the fan-out latency.
   */
  | { kind: 'update'; seq: number; update: Uint8Array; sentAt?: number }
  /** A presence (awareness) update of one of the publisher's own connections. */
  | { kind: 'presence'; update: Uint8Array }
  /** One of our own messages for ack=1 clients (threads changed, document changed, version restored). */
  | { kind: 'notify'; message: Uint8Array }
  /** The publisher has stored everything up to `seq` (sent after its connection to the bus came back). */
  | { kind: 'head'; seq: number }
  /** Close a participant's sockets on every node (revocation); sent on the control channel. */
  | { kind: 'disconnect'; participantId: string; code: number; reason: string }

/** The bus between nodes. Without REDIS_URL there is none, and a room talks to no one. */
export interface Fanout {
  /** This process; a node ignores what it published itself. */
  readonly nodeId: string
  /**
   * Delivers what other nodes publish for the document, from the moment the returned promise
   * resolves (subscribe before loading the state, so nothing falls between). Resolves with the
   * function that ends the subscription.
   */
  subscribe(documentId: string, deliver: (message: FanoutMessage) => void): Promise<() => void>
  /** Fire and forget: a lost message is caught up from the store. */
  publish(documentId: string, message: FanoutMessage): void
  /** Messages for every node (the control channel). */
  publishControl(message: FanoutMessage): void
  onControl(listener: (message: FanoutMessage) => void): void
  /** The bus was unreachable and is back: messages may have been lost in between. */
  onResume(listener: () => void): void
  /** Rejects unless the bus answers within `timeoutMs`. */
  ping(timeoutMs: number): Promise<void>
  /** Unsubscribes and closes the connections. */
  close(): Promise<void>
}

const KIND = { update: 0, presence: 1, notify: 2, head: 3, disconnect: 4 } as const

export function encodeFanoutMessage(nodeId: string, m: FanoutMessage): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarString(e, nodeId)
  encoding.writeVarUint(e, KIND[m.kind])
  switch (m.kind) {
    case 'update':
      encoding.writeVarUint(e, m.seq)
      encoding.writeVarUint8Array(e, m.update)
      // Last, so a node that does not know it reads the message as before.
      if (m.sentAt !== undefined) encoding.writeVarUint(e, m.sentAt)
      break
    case 'presence':
      encoding.writeVarUint8Array(e, m.update)
      break
    case 'notify':
      encoding.writeVarUint8Array(e, m.message)
      break
    case 'head':
      encoding.writeVarUint(e, m.seq)
      break
    case 'disconnect':
      encoding.writeVarString(e, m.participantId)
      encoding.writeVarUint(e, m.code)
      encoding.writeVarString(e, m.reason)
      break
  }
  return encoding.toUint8Array(e)
}

/** Throws on bytes that are not a message of ours. */
export function decodeFanoutMessage(bytes: Uint8Array): { nodeId: string; message: FanoutMessage } {
  const d = decoding.createDecoder(bytes)
  const nodeId = decoding.readVarString(d)
  const kind = decoding.readVarUint(d)
  switch (kind) {
    case KIND.update: {
      const seq = decoding.readVarUint(d)
      const update = decoding.readVarUint8Array(d)
      const sentAt = decoding.hasContent(d) ? decoding.readVarUint(d) : undefined
      return { nodeId, message: { kind: 'update', seq, update, ...(sentAt === undefined ? {} : { sentAt }) } }
    }
    case KIND.presence:
      return { nodeId, message: { kind: 'presence', update: decoding.readVarUint8Array(d) } }
    case KIND.notify:
      return { nodeId, message: { kind: 'notify', message: decoding.readVarUint8Array(d) } }
    case KIND.head:
      return { nodeId, message: { kind: 'head', seq: decoding.readVarUint(d) } }
    case KIND.disconnect: {
      const participantId = decoding.readVarString(d)
      const code = decoding.readVarUint(d)
      return { nodeId, message: { kind: 'disconnect', participantId, code, reason: decoding.readVarString(d) } }
    }
    default:
      throw new Error(`unknown fan-out message kind ${kind}`)
  }
}
