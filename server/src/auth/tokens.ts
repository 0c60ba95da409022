import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new opaque token (192 bits, URL-safe). */
export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url')
}

/** Session tokens are stored hashed: a leaked database does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Constant-time comparison, so the admin token cannot be guessed byte by byte from timings. */
export function tokensEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest()
  const hb = createHash('sha256').update(b).digest()
  return timingSafeEqual(ha, hb)
}

/** Extracts the token from `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return m?.[1] ?? null
}
