import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { createActivityRecorder } from './activity.ts'
import { createApp } from './app.ts'
import { createLazyExporter } from './export/lazyExport.ts'
import { createAuthenticator } from './http/auth.ts'
import { DEFAULT_REST_LIMITS, type RestLimits } from './http/rateLimit.ts'
import { createMetrics } from './metrics.ts'
import { createReadiness } from './readiness.ts'
import type { Store } from './store/Store.ts'
import { createSyncServer, type SyncServer, type SyncServerDeps } from './sync/createSyncServer.ts'
import type { Fanout } from './sync/Fanout.ts'

export interface ServerDeps {
  store: Store
  log: Logger
  adminToken: string
  staticDir?: string
  /** Chromium used to render PDF exports (default /usr/bin/chromium). */
  chromiumPath?: string
  /** Chromium's sandbox (default: on unless running as root). */
  chromiumSandbox?: boolean
  sync?: Partial<Pick<SyncServerDeps, 'compactEvery' | 'retryDelaysMs' | 'pingIntervalMs' | 'unloadDelayMs' | 'limits'>>
  /** REST write rate and admin guess limits; DEFAULT_REST_LIMITS where not given. */
  limits?: Partial<RestLimits>
  /** The bus to the other nodes (REDIS_URL); closed with the server. */
  fanout?: Fanout | undefined
  /** Prometheus metrics at /metrics for this bearer token (METRICS_TOKEN); none without it. */
  metricsToken?: string | undefined
}

export interface RunningServer {
  http: Server
  sync: SyncServer
  /** http://host:port */
  url: string
  port: number
  /** Stops accepting, compacts and unloads every room, closes the bus to other nodes and the store. */
  close(): Promise<void>
}

/** Wires HTTP and WebSocket on one port and starts listening. Port 0 picks a free port. */
export async function startServer(deps: ServerDeps, listen: { port: number; host: string }): Promise<RunningServer> {
  const limits: RestLimits = { ...DEFAULT_REST_LIMITS, ...deps.limits }
  const auth = createAuthenticator(deps.store, deps.adminToken, limits)
  const metrics = deps.metricsToken ? await createMetrics() : undefined
  const sync = createSyncServer({
    store: deps.store,
    log: deps.log,
    authenticate: auth.authenticate,
    fanout: deps.fanout,
    metrics,
    ...deps.sync,
  })
  const activity = createActivityRecorder(deps.store, deps.log)
  // One Chromium per server, launched on the first PDF export.
  const exporter = createLazyExporter({
    executablePath: deps.chromiumPath,
    ...(deps.chromiumSandbox === undefined ? {} : { sandbox: deps.chromiumSandbox }),
  })
  const app = createApp({
    store: deps.store,
    auth,
    sync,
    log: deps.log,
    activity,
    exporter,
    staticDir: deps.staticDir,
    limits,
    readiness: createReadiness({ store: deps.store, fanout: deps.fanout }),
    metrics,
    metricsToken: deps.metricsToken,
  })
  metrics?.track({ rooms: sync.roomCount, connections: sync.connectionCount, exportQueue: exporter.queue })
  const http = createHttpServer(app)
  http.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head))
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(listen.port, listen.host, () => resolve())
  })
  const { port } = http.address() as AddressInfo
  let closing: Promise<void> | null = null
  return {
    http,
    sync,
    port,
    url: `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${port}`,
    close() {
      closing ??= (async () => {
        http.close()
        await sync.close()
        await deps.fanout?.close()
        http.closeAllConnections()
        await exporter.close()
        await deps.store.close()
      })()
      return closing
    },
  }
}
