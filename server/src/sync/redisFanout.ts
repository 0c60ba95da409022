import { randomUUID } from 'node:crypto'
import { Redis, type RedisOptions } from 'ioredis'
import type { Logger } from 'pino'
import { decodeFanoutMessage, encodeFanoutMessage, type Fanout, type FanoutMessage } from './Fanout.ts'

const PREFIX = 'regiovisie:'
const CONTROL_CHANNEL = `${PREFIX}control`
const documentChannel = (documentId: string) => `${PREFIX}doc:${documentId}`

/**
 * The fan-out over Redis pub/sub: one connection publishes, one subscribes, a channel per loaded
 * document plus one control channel. Pub/sub delivers at most once, so nothing depends on it for
 * durability: a command that waited through two reconnects fails (a dropped publish, caught up
 * from the store by the receivers), and when a connection comes back every room is told to catch up.
 * Does not wait for Redis: a node starts without it and reports not ready until it answers.
 */
export function createRedisFanout(url: string, log: Logger): Fanout {
  const nodeId = randomUUID()
  const options: RedisOptions = {
    // Fail commands rather than queue them for ever while Redis is away (bounded memory; the
    // caller of subscribe gets an error and the client reconnects elsewhere).
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    connectionName: `regiovisie-${nodeId.slice(0, 8)}`,
  }
  const pub = new Redis(url, options)
  const sub = new Redis(url, options)
  const deliverTo = new Map<string, Set<(m: FanoutMessage) => void>>()
  const subscribing = new Map<string, Promise<unknown>>()
  const controlListeners: Array<(m: FanoutMessage) => void> = []
  const resumeListeners: Array<() => void> = []
  let closed = false

  for (const [name, conn] of [
    ['publisher', pub],
    ['subscriber', sub],
  ] as const) {
    // Without a listener an unreachable Redis would be an uncaught error; reconnecting is automatic.
    conn.on('error', (err) => log.warn({ err: err.message, connection: name }, 'redis error'))
    let wasReady = false
    conn.on('ready', () => {
      if (!wasReady) {
        wasReady = true
        return
      }
      log.info({ connection: name }, 'redis connection is back; catching up from the store')
      // ioredis resubscribed before 'ready'; the PING's answer comes after those subscriptions,
      // so catching up after it cannot miss a message published in between.
      const settled = name === 'subscriber' ? sub.ping().catch(() => undefined) : Promise.resolve()
      void settled.then(() => {
        for (const l of resumeListeners) l()
      })
    })
  }

  sub.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
    let decoded: ReturnType<typeof decodeFanoutMessage>
    try {
      decoded = decodeFanoutMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    } catch (err) {
      log.warn({ err, channel: channel.toString() }, 'unreadable fan-out message')
      return
    }
    if (decoded.nodeId === nodeId) return
    const name = channel.toString()
    if (name === CONTROL_CHANNEL) {
      for (const l of controlListeners) l(decoded.message)
      return
    }
    for (const deliver of deliverTo.get(name) ?? []) deliver(decoded.message)
  })
  sub
    .subscribe(CONTROL_CHANNEL)
    .catch((err) => log.warn({ err: err.message }, 'subscribing to the control channel failed'))

  function send(channel: string, message: FanoutMessage): void {
    if (closed) return
    pub
      .publish(channel, Buffer.from(encodeFanoutMessage(nodeId, message)))
      .catch((err) => log.warn({ err: err.message, channel }, 'publishing failed; other nodes catch up from the store'))
  }

  return {
    nodeId,

    async subscribe(documentId, deliver) {
      const channel = documentChannel(documentId)
      let set = deliverTo.get(channel)
      if (!set) {
        set = new Set()
        deliverTo.set(channel, set)
        const pending = sub.subscribe(channel)
        subscribing.set(channel, pending)
        void pending.then(
          () => subscribing.get(channel) === pending && subscribing.delete(channel),
          () => subscribing.get(channel) === pending && subscribing.delete(channel),
        )
      }
      const handlers = set
      handlers.add(deliver)
      const unsubscribe = () => {
        if (!handlers.delete(deliver) || handlers.size > 0 || deliverTo.get(channel) !== handlers) return
        deliverTo.delete(channel)
        if (!closed) sub.unsubscribe(channel).catch(() => {})
      }
      try {
        await subscribing.get(channel)
      } catch (err) {
        unsubscribe()
        throw err
      }
      return unsubscribe
    },

    publish(documentId, message) {
      send(documentChannel(documentId), message)
    },

    publishControl(message) {
      send(CONTROL_CHANNEL, message)
    },

    onControl(listener) {
      controlListeners.push(listener)
    },

    onResume(listener) {
      resumeListeners.push(listener)
    },

    async ping(timeoutMs) {
      if (pub.status !== 'ready' || sub.status !== 'ready') throw new Error(`redis is ${pub.status}/${sub.status}`)
      let timer: ReturnType<typeof setTimeout> | undefined
      try {
        await Promise.race([
          pub.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('redis did not answer in time')), timeoutMs)
          }),
        ])
      } finally {
        clearTimeout(timer)
      }
    },

    async close() {
      if (closed) return
      closed = true
      deliverTo.clear()
      await Promise.all(
        [sub, pub].map(async (conn) => {
          if (conn.status !== 'ready') {
            conn.disconnect()
            return
          }
          // QUIT unsubscribes too; a Redis that stops answering does not hold up the shutdown.
          const quit = conn.quit().catch(() => undefined)
          const late = setTimeout(() => conn.disconnect(), 1000)
          await quit
          clearTimeout(late)
        }),
      )
    },
  }
}
