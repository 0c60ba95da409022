import { z } from 'zod'

export const MIN_ADMIN_TOKEN_LENGTH = 16

const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    /**
     * At least 16 characters (a generated one has 32): with at most 10 wrong guesses per address per
     * 10 minutes, that cannot be guessed online. Leave it unset to use the generated one in DATA_DIR.
     */
    ADMIN_TOKEN: z
      .string()
      .min(
        MIN_ADMIN_TOKEN_LENGTH,
        `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (leave it unset to generate one, or use e.g. \`openssl rand -base64 24\`)`,
      )
      .optional(),
    /** Key (32 bytes, base64 or hex) that encrypts the stored invite links; by default DATA_DIR/secret-key. */
    SECRET_KEY: z.string().min(1).optional(),
    DATABASE_URL: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STATIC_DIR: z.string().min(1).optional(),
    /** Chromium for PDF exports (Debian's package). */
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    /** Chromium's sandbox for PDF rendering: on unless the server runs as root; `false` where the platform lacks user namespaces. */
    CHROMIUM_SANDBOX: z
      .enum(['true', 'false', '1', '0'])
      .transform((v) => v === 'true' || v === '1')
      .optional(),
    /** Milliseconds an empty room stays in memory after it was compacted. */
    ROOM_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
    /**
     * Redis for running several nodes on one PostgreSQL database: updates, presence and our own
     * messages reach the clients of every node. Without it this node is the only one.
     */
    REDIS_URL: z.string().min(1).optional(),
    /**
     * Turns on Prometheus metrics at GET /metrics, for `Authorization: Bearer <METRICS_TOKEN>` only.
     * Unset (the default), there are none and /metrics is a 404.
     */
    METRICS_TOKEN: z
      .string()
      .min(
        MIN_ADMIN_TOKEN_LENGTH,
        `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -base64 24\`)`,
      )
      .optional(),
    /** Compact a document's update log after this many appends by this node. */
    COMPACT_EVERY: z.coerce.number().int().min(1).max(100_000).default(500),
  })
  // Each node would have a SQLite file of its own: the nodes would not share the documents.
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
    message: 'needs DATABASE_URL as well: several nodes share one PostgreSQL database',
    path: ['REDIS_URL'],
  })

export type Config = z.infer<typeof Env>

/** Parses the environment once, at the composition root. Throws a readable error on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')))
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`invalid configuration: ${issues}`)
  }
  return parsed.data
}
