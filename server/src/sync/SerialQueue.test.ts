import { describe, expect, it } from 'vitest'
import { SerialQueue } from './SerialQueue.ts'

describe('SerialQueue', () => {
  it('runs tasks one at a time, in order, even when they are async', async () => {
    const q = new SerialQueue()
    const log: string[] = []
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`)
        setTimeout(() => {
          log.push(`end ${name}`)
          resolve(name)
        }, ms)
      })
    const results = await Promise.all([q.run(task('a', 20)), q.run(task('b', 1)), q.run(task('c', 5))])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })

  it('keeps going after a failing task and reports the failure to its caller', async () => {
    const q = new SerialQueue()
    const failed = q.run(() => {
      throw new Error('kapot')
    })
    const next = q.run(() => 'verder')
    await expect(failed).rejects.toThrow('kapot')
    await expect(next).resolves.toBe('verder')
  })
})
