import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { type Express } from 'express'
import type { Logger } from 'pino'
import type { RecordActivity } from './activity.ts'
import { errorHandler, notFound } from './errors.ts'
import type { Exporter } from './export/lazyExport.ts'
import { adoptionRouter } from './http/adoptionRouter.ts'
import type { Authenticator } from './http/auth.ts'
import { commentsRouter } from './http/commentsRouter.ts'
import { documentsRouter } from './http/documentsRouter.ts'
import { exportRouter } from './http/exportRouter.ts'
import { participantsRouter } from './http/participantsRouter.ts'
import { DEFAULT_REST_LIMITS, type RestLimits, restWriteLimiter } from './http/rateLimit.ts'
import { sessionsRouter } from './http/sessionsRouter.ts'
import { versionsRouter } from './http/versionsRouter.ts'
import { type Metrics, metricsHandler } from './metrics.ts'
import type { Readiness } from './readiness.ts'
import type { Store } from './store/Store.ts'
import type { SyncServer } from './sync/createSyncServer.ts'

export interface AppDeps {
  store: Store
  auth: Authenticator
  sync: SyncServer
  log: Logger
  activity: RecordActivity
  exporter: Exporter
  /** The built client (client/dist); served with an SPA fallback when present. */
  staticDir?: string
  /** Per-session write limits (defaults: DEFAULT_REST_LIMITS). */
  limits?: RestLimits
  /** What `/readyz` checks (the store, and Redis with several nodes). */
  readiness?: Readiness
  /** Prometheus metrics, served at /metrics for `metricsToken` only. */
  metrics?: Metrics | undefined
  metricsToken?: string | undefined
}

/** Builds the HTTP application. Never listens: the caller owns the server. */
export function createApp(deps: AppDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    next()
  })

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true })
  })

  // For a load balancer: 503 while the store or Redis does not answer, so new clients go elsewhere.
  app.get('/readyz', async (_req, res) => {
    const failing = deps.readiness ? await deps.readiness() : []
    res.setHeader('Cache-Control', 'no-store')
    if (failing.length === 0) {
      res.json({ ok: true })
      return
    }
    res.status(503).json({
      error: { code: 'not_ready', message: `Niet gereed: geen antwoord van ${failing.join(' en ')}.` },
    })
  })

  // Never public: a 404 without METRICS_TOKEN, a 401 without it as the bearer token.
  app.get('/metrics', metricsHandler(deps.metrics, deps.metricsToken))

  const api = express.Router()
  // Before parsing a body: a session that writes too fast is refused without reading it.
  api.use(restWriteLimiter(deps.limits ?? DEFAULT_REST_LIMITS))
  api.use(express.json({ limit: '2mb' }))
  api.use(documentsRouter(deps))
  api.use(sessionsRouter(deps))
  api.use(commentsRouter(deps))
  api.use(participantsRouter(deps))
  api.use(versionsRouter(deps))
  api.use(adoptionRouter(deps))
  api.use(exportRouter(deps))
  api.use((_req, _res) => {
    throw notFound('Onbekend API-pad.')
  })
  app.use('/api', api)

  const { staticDir } = deps
  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    // The page runs only our own scripts and talks only to this origin: injected markup in a
    // document or a name cannot load or send anything elsewhere.
    app.use((_req, res, next) => {
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      )
      next()
    })
    app.use(express.static(staticDir, { index: false, maxAge: '1h' }))
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(join(staticDir, 'index.html'))
    })
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Regiovisie server is running, but the client is not built: run `pnpm build`.')
    })
  }

  app.use(errorHandler(deps.log))
  return app
}
