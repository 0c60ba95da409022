import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Encrypts secrets that must be shown again later (invite links) with a server-side key, so a
 * copy of the database alone does not hand out access. AES-256-GCM; the stored form is
 * `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export interface SecretBox {
  seal(plain: string): string
  open(sealed: string): string
}

const KEY_BYTES = 32

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== KEY_BYTES) throw new Error(`the secret key must be ${KEY_BYTES} bytes, got ${key.length}`)
  return {
    seal(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.')
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.')
      if (version !== 'v1' || iv === undefined || tag === undefined || data === undefined) {
        throw new Error('not a sealed secret')
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
    },
  }
}

/**
 * The invite links of a document from their sealed rows. A link sealed with another key (the key
 * was lost or replaced) is left out rather than failing the request: the owner renews it.
 */
export function openInvites<R extends string>(
  secrets: SecretBox,
  rows: ReadonlyArray<{ role: R; token_sealed: string }>,
): Record<R, string> {
  const invites = {} as Record<R, string>
  for (const row of rows) {
    try {
      invites[row.role] = secrets.open(row.token_sealed)
    } catch {
      // Unreadable with this key.
    }
  }
  return invites
}

/** Parses a configured key: 32 bytes as base64 (or base64url) or as 64 hex digits. */
export function parseSecretKey(value: string): Uint8Array {
  const trimmed = value.trim()
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64url')
  if (key.length !== KEY_BYTES) {
    throw new Error(`SECRET_KEY must be ${KEY_BYTES} bytes (base64 or 64 hex digits); it decodes to ${key.length}`)
  }
  return key
}

/**
 * The configured key, else the one in `<dataDir>/secret-key`, else a new one saved there (mode 0600,
 * like the admin token). Losing this file makes the stored invite links unreadable: the owner then
 * renews them.
 */
export function resolveSecretKey(configured: string | undefined, dataDir: string): Uint8Array {
  if (configured) return parseSecretKey(configured)
  const file = join(dataDir, 'secret-key')
  try {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) {
      chmodSync(file, 0o600)
      return parseSecretKey(stored)
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const key = randomBytes(KEY_BYTES)
  writeFileSync(file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
  return key
}
