import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import { resolveAdminToken } from './adminToken.ts'
import { createSecretBox, resolveSecretKey } from './auth/secretBox.ts'
import { loadConfig } from './config.ts'
import { startServer } from './createServer.ts'
import { openStore } from './store/openStore.ts'

/** The composition root: reads the configuration once, builds the adapters and wires them. */
async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const log = pino({ level: config.LOG_LEVEL, base: undefined })
  // Everything the server writes (database, keys, tokens) is for its own user only.
  process.umask(0o077)
  const dataDir = resolve(config.DATA_DIR)
  const secrets = createSecretBox(resolveSecretKey(config.SECRET_KEY, dataDir))
  const store = await openStore({ dataDir, databaseUrl: config.DATABASE_URL, secrets })
  // Several nodes: without Redis this node serves alone (and the store is the only shared state).
  // ioredis is loaded only then.
  const fanout = config.REDIS_URL
    ? (await import('./sync/redisFanout.ts')).createRedisFanout(config.REDIS_URL, log)
    : undefined
  const admin = resolveAdminToken(config.ADMIN_TOKEN, dataDir)
  const staticDir = config.STATIC_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url))
  const server = await startServer(
    {
      store,
      log,
      adminToken: admin.token,
      staticDir,
      chromiumPath: config.CHROMIUM_PATH,
      ...(config.CHROMIUM_SANDBOX === undefined ? {} : { chromiumSandbox: config.CHROMIUM_SANDBOX }),
      sync: { unloadDelayMs: config.ROOM_UNLOAD_DELAY_MS, compactEvery: config.COMPACT_EVERY },
      fanout,
      metricsToken: config.METRICS_TOKEN,
    },
    { port: config.PORT, host: config.HOST },
  )
  const shownHost = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST
  const base = `http://${shownHost}:${server.port}`
  log.info({ store: store.kind, dataDir, nodeId: fanout?.nodeId ?? null }, `Regiovisie draait op ${base}`)
  console.log(`\n  Regiovisie draait op ${base}`)
  console.log(`  Beheerderslink: ${base}/admin#token=${admin.token}\n`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    server.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err) => {
  console.error(`Regiovisie kon niet starten: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
