import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createSqliteStore,
  type RestLimits,
  type RunningServer,
  type Store,
  type SyncLimits,
  startServer as start,
} from '@regiovisie/server'
import pino from 'pino'

export interface TestServer {
  url: string
  wsUrl: string
  adminToken: string
  dataDir: string
  store: Store
  server: RunningServer
  close(): Promise<void>
}

export interface StartOptions {
  /** Reuse a data dir (restart tests); a fresh temp dir otherwise. */
  dataDir?: string
  /** A store of the caller's (e.g. PostgreSQL); SQLite in dataDir otherwise. */
  store?: Store
  compactEvery?: number
  /** Grace period of empty rooms; 0 (unload at once) unless a test is about it. */
  unloadDelayMs?: number
  /** REST write and admin guess limits (the server's defaults otherwise). */
  limits?: Partial<RestLimits>
  /** Sync limits other than the defaults (e.g. no quarantine for fuzzing). */
  syncLimits?: Partial<SyncLimits>
}

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

/** A real server on port 0 with a real store, serving the built client. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const ownDir = !options.dataDir
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rv-test-'))
  const store = options.store ?? createSqliteStore(join(dataDir, 'regiovisie.sqlite'))
  const adminToken = 'test-admin-token'
  const server = await start(
    {
      store,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      adminToken,
      staticDir: CLIENT_DIST,
      ...(options.limits ? { limits: options.limits } : {}),
      sync: {
        compactEvery: options.compactEvery ?? 500,
        retryDelaysMs: [10, 50],
        unloadDelayMs: options.unloadDelayMs ?? 0,
        limits: options.syncLimits,
      },
    },
    { port: 0, host: '127.0.0.1' },
  )
  return {
    url: server.url,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/collab`,
    adminToken,
    dataDir,
    store,
    server,
    async close() {
      await server.close()
      if (ownDir && !options.store) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
