/**
 * What one participant's sockets may cost the server. Every participant is a possible attacker:
 * these bound the memory, CPU and fan-out one of them can cause, so a slow or hostile client
 * hurts only its own connection.
 */
export interface SyncLimits {
  /** Bytes queued for one socket beyond which it is closed as a slow reader. */
  maxBufferedBytes: number
  /** Token bucket per connection: sustained messages per second, and the burst on top. */
  messagesPerSecond: number
  messageBurst: number
  /** Messages of one connection waiting in the room's queue before its socket stops being read. */
  maxQueuedMessages: number
  /** Largest presence (awareness) state of one client, as JSON. */
  maxPresenceBytes: number
  /** Open sockets of one participant (tabs and devices of one person, and scripted clients). */
  maxSocketsPerParticipant: number
  /** How long a participant's sockets are refused after one of them sent an update that broke. */
  quarantineMs: number
  /** Bytes of updates waiting for missing predecessors before the room is reloaded. */
  maxPendingBytes: number
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxBufferedBytes: 8 * 1024 * 1024,
  messagesPerSecond: 200,
  messageBurst: 2000,
  maxQueuedMessages: 64,
  maxPresenceBytes: 4096,
  maxSocketsPerParticipant: 32,
  quarantineMs: 10_000,
  maxPendingBytes: 1024 * 1024,
}

/** A token bucket: `take()` is false once the rate and burst are used up. */
export class TokenBucket {
  private tokens: number
  private last = Date.now()

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst
  }

  take(): boolean {
    const now = Date.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens--
    return true
  }
}
