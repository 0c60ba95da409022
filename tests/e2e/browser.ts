import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startServer, type TestServer } from '../helpers/startServer.ts'

/** Debian's chromium: never a downloaded browser (stack.md). */
export const CHROMIUM = '/usr/bin/chromium'

/** True when the e2e tier was skipped on purpose with SKIP_E2E=1. */
export const SKIP_E2E = process.env.SKIP_E2E === '1'

/** Launches headless Chromium with the flags that keep it off the (closed) network. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error('Chromium not found: apt-get install -y chromium (or set SKIP_E2E=1 to skip this tier explicitly)')
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

const CLIENT = fileURLToPath(new URL('../../client', import.meta.url))

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/**
 * Builds client/dist when it is missing or older than the client's sources, so the tests
 * never run against a stale bundle.
 */
export function ensureClientBuilt(): void {
  const index = join(CLIENT, 'dist', 'index.html')
  const sources = Math.max(newestMtime(join(CLIENT, 'src')), newestMtime(join(CLIENT, 'index.html')))
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  // Through the project's pnpm (PATH or .tools/), so the tests run where only Node and npm are installed.
  execFileSync(process.execPath, ['scripts/pnpm.mjs', '--filter', '@regiovisie/client', 'build'], {
    cwd: join(CLIENT, '..'),
    stdio: 'pipe',
  })
}

export interface BrowserEnv {
  server: TestServer
  browser: Browser
}

/**
 * For a describe block: builds the client if needed, starts a real server on port 0 and one
 * Chromium before its tests, and stops both after them. Read the fields inside hooks and tests.
 */
export function useServerAndBrowser(): BrowserEnv {
  const env = {} as BrowserEnv
  beforeAll(async () => {
    ensureClientBuilt()
    env.server = await startServer()
    env.browser = await launchBrowser()
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.server?.close()
  })
  return env
}
