import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { newToken } from './auth/tokens.ts'

/** The configured admin token, else the one stored in the data dir, else a new one saved there. */
export function resolveAdminToken(
  configured: string | undefined,
  dataDir: string,
): { token: string; generated: boolean } {
  if (configured) return { token: configured, generated: false }
  const file = join(dataDir, 'admin-token')
  try {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) {
      chmodSync(file, 0o600)
      return { token: stored, generated: false }
    }
  } catch {
    // Not there yet: generate below.
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const token = newToken()
  writeFileSync(file, `${token}\n`, { mode: 0o600 })
  return { token, generated: true }
}
