import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { ACK_PARAM, CloseCode, MAX_MESSAGE_BYTES, parseCollabPath } from '@regiovisie/shared/protocol'
import { can, type Role } from '@regiovisie/shared/roles'
import type { Logger } from 'pino'
import { WebSocketServer } from 'ws'
import type * as Y from 'yjs'
import type { Metrics } from '../metrics.ts'
import type { ParticipantRecord, Store } from '../store/Store.ts'
import { Connection } from './Connection.ts'
import type { Fanout, FanoutMessage } from './Fanout.ts'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './limits.ts'
import { loadDoc, MalformedMessage, Room, RoomGone } from './Room.ts'

export interface SyncServerDeps {
  store: Store
  log: Logger
  /** Resolves a session token to its participant, or null. */
  authenticate(token: string): Promise<ParticipantRecord | null>
  compactEvery?: number
  /** Grace period before an empty room is unloaded (it is compacted at once). Default 10 s. */
  unloadDelayMs?: number
  retryDelaysMs?: number[]
  /** Interval of WebSocket pings; a connection that misses one is terminated. */
  pingIntervalMs?: number
  /** What one participant's sockets may cost; see limits.ts. */
  limits?: Partial<SyncLimits>
  /** The bus to the other nodes (REDIS_URL); without it this node is the only one. */
  fanout?: Fanout | undefined
  /** Prometheus metrics (METRICS_TOKEN); none without it. */
  metrics?: Metrics | undefined
}

export interface SyncServer {
  /** Call from the HTTP server's 'upgrade' event. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** The live document if its room is loaded, else a fresh copy from the store. */
  readDocument<T>(documentId: string, fn: (doc: Y.Doc) => T): Promise<T>
  /**
   * Applies a server-side change to a document (loading it if needed), durably, and broadcasts it.
   * `build` runs in the room's queue: nothing changes the document until it has resolved. It must
   * not change `doc` itself.
   */
  change(documentId: string, build: (doc: Y.Doc) => Uint8Array | null | Promise<Uint8Array | null>): Promise<void>
  /** Sends `message` to every connection of the document that understands our message types, on every node. */
  notify(documentId: string, message: Uint8Array): void
  /** Closes every socket of a participant (revocation), on every node. */
  disconnectParticipant(participantId: string, code: number, reason: string): void
  roomCount(): number
  connectionCount(): number
  close(): Promise<void>
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/**
 * The collaboration endpoint: y-websocket protocol at /collab/<documentId>?token=…
 * Authenticates before the upgrade (a bad token or unknown document never opens a room), loads a
 * room once per document through a cached promise, and unloads it when the last client leaves.
 */
export function createSyncServer(deps: SyncServerDeps): SyncServer {
  const { store, log, fanout } = deps
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  const rooms = new Map<string, Promise<Room>>()
  const connections = new Set<Connection>()
  const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, ...deps.limits }
  /** Open sockets per participant, and participants refused for a while after a broken update. */
  const socketsOf = new Map<string, number>()
  const quarantinedUntil = new Map<string, number>()

  const roomOptions = {
    store,
    log,
    compactEvery: deps.compactEvery ?? 500,
    unloadDelayMs: deps.unloadDelayMs ?? 10_000,
    retryDelaysMs: deps.retryDelaysMs ?? [50, 200, 1000, 3000],
    limits,
    metrics: deps.metrics,
    onDestroyed: (room: Room) => {
      const current = rooms.get(room.id)
      // Only forget the entry if it is still this room's (a reload may have replaced it).
      if (current) current.then((r) => r === room && rooms.get(room.id) === current && rooms.delete(room.id))
    },
  }

  /**
   * With several nodes the room subscribes to its document's channel before it loads the stored
   * state, so nothing another node stores falls between the two: what arrives while it loads is
   * kept and applied after (whatever the load already had is skipped by its number).
   */
  async function loadRoom(id: string): Promise<Room> {
    if (!fanout) return Room.load(id, roomOptions)
    let room: Room | null = null
    const early: FanoutMessage[] = []
    const deliver = (m: FanoutMessage) => {
      if (!room) early.push(m)
      else
        try {
          room.receive(m)
        } catch (err) {
          log.warn({ err, documentId: id }, 'unreadable message from another node')
        }
    }
    const unsubscribe = await fanout.subscribe(id, deliver)
    try {
      room = await Room.load(id, {
        ...roomOptions,
        publish: (m) => fanout.publish(id, m),
        onDestroyed: (r) => {
          unsubscribe()
          roomOptions.onDestroyed(r)
        },
      })
    } catch (err) {
      unsubscribe()
      throw err
    }
    for (const m of early.splice(0)) deliver(m)
    return room
  }

  async function getRoom(id: string): Promise<Room> {
    for (;;) {
      let pending = rooms.get(id)
      if (!pending) {
        pending = loadRoom(id)
        rooms.set(id, pending)
        pending.catch(() => rooms.get(id) === pending && rooms.delete(id))
      }
      const room = await pending
      if (!room.destroyed) return room
      if (rooms.get(id) === pending) rooms.delete(id)
    }
  }

  async function authorize(
    req: IncomingMessage,
  ): Promise<{ documentId: string; participant: ParticipantRecord; acks: boolean } | { status: number; text: string }> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const documentId = parseCollabPath(url.pathname)
    if (!documentId) return { status: 404, text: 'Not Found' }
    const token = url.searchParams.get('token')
    const participant = token ? await deps.authenticate(token) : null
    if (!participant) return { status: 401, text: 'Unauthorized' }
    // Another document answers as a missing one: a token does not reveal which ids exist.
    if (participant.documentId !== documentId) return { status: 404, text: 'Not Found' }
    if ((quarantinedUntil.get(participant.id) ?? 0) > Date.now()) return { status: 429, text: 'Too Many Requests' }
    return { documentId, participant, acks: url.searchParams.get(ACK_PARAM) === '1' }
  }

  function attach(conn: Connection, documentId: string): void {
    const { ws } = conn
    const participantId = conn.participant.id
    connections.add(conn)
    let room: Room | null = null
    // Messages that arrive while the room loads wait here, in order.
    const early: Uint8Array[] = []
    const handle = (r: Room, data: Uint8Array) =>
      r
        .handle(conn, data)
        .catch((err) => {
          if (err instanceof MalformedMessage) {
            log.warn({ documentId, participantId, reason: err.message }, 'malformed message; closing connection')
            quarantinedUntil.set(participantId, Date.now() + limits.quarantineMs)
            conn.close(CloseCode.malformed, 'malformed message')
          } else {
            log.error({ err, documentId }, 'message failed')
            conn.close(CloseCode.storageFailure, 'server error')
          }
        })
        .finally(() => {
          conn.queued--
          if (ws.isPaused && conn.queued <= limits.maxQueuedMessages / 2) ws.resume()
        })
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        conn.close(CloseCode.malformed, 'binary messages only')
        return
      }
      if (!conn.admit()) return
      // Backpressure: stop reading a socket whose messages pile up in the room's queue.
      if (++conn.queued >= limits.maxQueuedMessages) ws.pause()
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      if (room) handle(room, bytes)
      else early.push(bytes)
    })
    ws.on('pong', () => {
      conn.alive = true
    })
    ws.on('error', (err) => log.debug({ err, documentId }, 'socket error'))
    ws.on('close', () => {
      connections.delete(conn)
      if (!room) return
      room.leave(conn)
      if (room.connections.size === 0) room.onEmpty()
    })
    getRoom(documentId).then(
      async (r) => {
        if (ws.readyState !== ws.OPEN) {
          // Closed while the room loaded: nobody may be left to unload it.
          if (r.connections.size === 0) r.onEmpty()
          return
        }
        room = r
        await r.join(conn)
        for (const data of early.splice(0)) handle(r, data)
      },
      (err) => {
        log.error({ err, documentId }, 'loading a room failed')
        deps.metrics?.storeFailures.inc({ operation: 'load' })
        conn.close(CloseCode.storageFailure, 'could not load document')
      },
    )
  }

  /** Counts a socket against its participant's cap until the underlying TCP socket closes. */
  function reserveSocket(participantId: string, socket: Duplex): boolean {
    const open = socketsOf.get(participantId) ?? 0
    if (open >= limits.maxSocketsPerParticipant) return false
    socketsOf.set(participantId, open + 1)
    socket.once('close', () => {
      const left = (socketsOf.get(participantId) ?? 1) - 1
      if (left > 0) socketsOf.set(participantId, left)
      else socketsOf.delete(participantId)
    })
    return true
  }

  function disconnectHere(participantId: string, code: number, reason: string): void {
    for (const conn of connections) if (conn.participant.id === participantId) conn.close(code, reason)
  }

  fanout?.onControl((m) => {
    if (m.kind === 'disconnect') disconnectHere(m.participantId, m.code, m.reason)
  })
  fanout?.onResume(() => {
    for (const pending of rooms.values())
      pending.then(
        (r) => r.resume(),
        () => {},
      )
  })

  const pinger = setInterval(() => {
    const now = Date.now()
    for (const [id, until] of quarantinedUntil) if (until <= now) quarantinedUntil.delete(id)
    for (const conn of connections) {
      if (!conn.alive) {
        conn.ws.terminate()
        continue
      }
      conn.alive = false
      conn.ws.ping()
    }
  }, deps.pingIntervalMs ?? 30_000)
  pinger.unref()

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => {})
      authorize(req).then(
        (result) => {
          if ('status' in result) return refuse(socket, result.status, result.text)
          if (!reserveSocket(result.participant.id, socket)) return refuse(socket, 429, 'Too Many Requests')
          wss.handleUpgrade(req, socket, head, (ws) => {
            const role: Role = result.participant.role
            const conn = new Connection(
              ws,
              result.documentId,
              result.participant,
              can(role, 'document.edit'),
              result.acks,
              limits,
            )
            attach(conn, result.documentId)
          })
        },
        (err) => {
          log.error({ err }, 'authorising a socket failed')
          refuse(socket, 503, 'Service Unavailable')
        },
      )
    },

    async readDocument(documentId, fn) {
      const pending = rooms.get(documentId)
      const room = pending ? await pending.catch(() => null) : null
      if (room && !room.destroyed) {
        try {
          return await room.read(fn)
        } catch (err) {
          if (!(err instanceof RoomGone)) throw err
        }
      }
      const { doc } = await loadDoc(store, documentId)
      try {
        return fn(doc)
      } finally {
        doc.destroy()
      }
    },

    async change(documentId, build) {
      const room = await getRoom(documentId)
      try {
        await room.applyServerChange(build)
      } finally {
        if (room.connections.size === 0 && !room.destroyed) room.onEmpty()
      }
    },

    notify(documentId, message) {
      for (const conn of connections) if (conn.documentId === documentId && conn.wantsAcks) conn.send(message)
      fanout?.publish(documentId, { kind: 'notify', message })
    },

    disconnectParticipant(participantId, code, reason) {
      disconnectHere(participantId, code, reason)
      fanout?.publishControl({ kind: 'disconnect', participantId, code, reason })
    },

    roomCount: () => rooms.size,
    connectionCount: () => connections.size,

    async close() {
      clearInterval(pinger)
      const loaded = await Promise.all([...rooms.values()].map((p) => p.catch(() => null)))
      await Promise.all(loaded.map((r) => r?.shutdown()))
      // Give the close frames (1012) a moment to reach the clients, then cut what is left.
      const deadline = Date.now() + 1000
      while (connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      for (const conn of connections) conn.ws.terminate()
      wss.close()
    },
  }
}
