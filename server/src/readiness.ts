import type { Store } from './store/Store.ts'
import type { Fanout } from './sync/Fanout.ts'

/** Resolves with the dependencies that did not answer in time (none: ready to take traffic). */
export type Readiness = () => Promise<string[]>

/**
 * What `/readyz` asks: the store (a trivial query) and, with several nodes, Redis (PING), each
 * within `timeoutMs`. A node that cannot reach either should get no new clients from the proxy:
 * without the store nothing is saved, without Redis its clients would not see the other nodes'.
 */
export function createReadiness(deps: { store: Store; fanout?: Fanout | undefined }, timeoutMs = 1000): Readiness {
  const within = (check: Promise<void>) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)
    })
    return Promise.race([check, late]).finally(() => clearTimeout(timer))
  }
  const checks: Array<[string, () => Promise<void>]> = [['store', () => deps.store.ping()]]
  const { fanout } = deps
  if (fanout) checks.push(['redis', () => fanout.ping(timeoutMs)])
  return async () => {
    const results = await Promise.allSettled(checks.map(([, check]) => within(check())))
    return checks.flatMap(([name], i) => (results[i]?.status === 'fulfilled' ? [] : [name]))
  }
}
