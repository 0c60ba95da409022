import { z } from 'zod'

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_TOKEN: z.string().min(8).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATIC_DIR: z.string().min(1).optional(),
  /** Chromium for PDF exports (Debian's package). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** Milliseconds an empty room stays in memory after it was compacted. */
  ROOM_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
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
