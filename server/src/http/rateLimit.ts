import type { NextFunction, Request, Response } from 'express'
import { bearerToken, hashToken } from '../auth/tokens.ts'
import { RateLimitedError } from '../errors.ts'

export interface TokenBucketOptions {
  /** Requests allowed in one burst. */
  capacity: number
  /** Tokens added per second. */
  refillPerSecond: number
  /** Keys kept at most; idle, full buckets are dropped first (default 50,000). */
  maxKeys?: number
}

/**
 * In-memory token buckets, one per key. `take` spends a token, or returns the seconds until one
 * is available. Memory is bounded: when there are too many keys, the full (idle) ones are dropped,
 * and if that is not enough the oldest ones.
 */
export function createTokenBuckets(opts: TokenBucketOptions, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const maxKeys = opts.maxKeys ?? 50_000

  function refill(b: { tokens: number; at: number }, t: number) {
    b.tokens = Math.min(opts.capacity, b.tokens + ((t - b.at) / 1000) * opts.refillPerSecond)
    b.at = t
  }

  function prune(t: number) {
    for (const [key, b] of buckets) {
      refill(b, t)
      if (b.tokens >= opts.capacity) buckets.delete(key)
    }
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break
      buckets.delete(key)
    }
  }

  return {
    /** 0 when allowed; otherwise the whole seconds to wait. */
    take(key: string): number {
      const t = now()
      let b = buckets.get(key)
      if (!b) {
        if (buckets.size >= maxKeys) prune(t)
        b = { tokens: opts.capacity, at: t }
        buckets.set(key, b)
      }
      refill(b, t)
      if (b.tokens >= 1) {
        b.tokens -= 1
        return 0
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / opts.refillPerSecond))
    },
    get size() {
      return buckets.size
    },
  }
}

export interface RestLimits {
  /** Writes (POST, PUT, PATCH, DELETE) one session may make in a burst (default 30). */
  writeBurst: number
  /** Writes per second one session regains (default 0.5: one every two seconds). */
  writesPerSecond: number
  /** Writes to one document by all its sessions together, in a burst (default 300)... */
  documentWriteBurst: number
  /** ...and regained per second (default 5): new sessions cannot multiply one person's rate. */
  documentWritesPerSecond: number
  /** Sessions one invite link may create in a burst (default 50: a workshop joining at once)... */
  sessionsPerInviteBurst: number
  /** ...and regained per second (default 0.2: twelve a minute). */
  sessionsPerInvitePerSecond: number
  /** Wrong admin tokens per address before it is refused (default 10)... */
  adminFailures: number
  /** ...within this window, in ms (default 10 minutes). */
  adminWindowMs: number
}

export const DEFAULT_REST_LIMITS: RestLimits = {
  writeBurst: 30,
  writesPerSecond: 0.5,
  documentWriteBurst: 300,
  documentWritesPerSecond: 5,
  sessionsPerInviteBurst: 50,
  sessionsPerInvitePerSecond: 0.2,
  adminFailures: 10,
  adminWindowMs: 10 * 60_000,
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Express middleware: every write with a bearer token spends a token of that token's bucket (keyed
 * by its hash, so a session and the admin each have their own), and a write to a document also one
 * of the document's bucket, shared by all its sessions: someone who keeps joining again with the
 * same link gets new sessions but not more writes. Reads are not limited here.
 */
export function restWriteLimiter(limits: RestLimits) {
  const sessions = createTokenBuckets({ capacity: limits.writeBurst, refillPerSecond: limits.writesPerSecond })
  const documents = createTokenBuckets({
    capacity: limits.documentWriteBurst,
    refillPerSecond: limits.documentWritesPerSecond,
  })
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!WRITE_METHODS.has(req.method)) return next()
    const token = bearerToken(req.headers.authorization)
    if (!token) return next()
    let wait = sessions.take(hashToken(token))
    const documentId = /^\/documents\/([^/]+)(?:\/|$)/.exec(req.path)?.[1]
    if (wait === 0 && documentId) wait = documents.take(documentId)
    if (wait > 0) return next(new RateLimitedError(wait))
    next()
  }
}

/**
 * Counts wrong admin tokens per address in a fixed window. Once an address reached the limit, every
 * admin request from it is refused (also with the right token) until the window ends, so the token
 * cannot be guessed online.
 */
export function createFailureLimiter(maxFailures: number, windowMs: number, now: () => number = Date.now) {
  const failures = new Map<string, { count: number; until: number }>()
  const entry = (key: string) => {
    const t = now()
    const e = failures.get(key)
    if (e && e.until > t) return e
    if (e) failures.delete(key)
    return null
  }
  return {
    /** Throws a RateLimitedError when `key` is locked out. */
    check(key: string): void {
      const e = entry(key)
      if (e && e.count >= maxFailures) {
        throw new RateLimitedError(
          Math.max(1, Math.ceil((e.until - now()) / 1000)),
          'Te veel pogingen met een onjuist beheerderstoken. Probeer het later opnieuw.',
        )
      }
    },
    fail(key: string): void {
      const e = entry(key)
      if (e) e.count++
      else {
        if (failures.size >= 50_000) failures.clear()
        failures.set(key, { count: 1, until: now() + windowMs })
      }
    },
  }
}
