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

describe('loadConfig: metrics', () => {
  it('has no metrics unless METRICS_TOKEN is set, and refuses a short token', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined()
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token-123' }).METRICS_TOKEN).toBe('a-long-enough-token-123')
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN.*16/)
  })
})
