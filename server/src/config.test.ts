import { describe, expect, it } from 'vitest'
import { loadConfig } from './config.ts'

describe('loadConfig: several nodes', () => {
  it('takes REDIS_URL with DATABASE_URL, and refuses it without (each node would have its own SQLite file)', () => {
    const env = { DATABASE_URL: 'postgres://db/regiovisie', REDIS_URL: 'redis://cache:6379' }
    expect(loadConfig(env)).toMatchObject(env)
    expect(() => loadConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/REDIS_URL.*DATABASE_URL/)
  })

  it('runs one node on SQLite when neither is set, compacting every 500 appends', () => {
    const config = loadConfig({})
    expect(config.REDIS_URL).toBeUndefined()
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.COMPACT_EVERY).toBe(500)
  })
})
