import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MessageType } from '@regiovisie/shared/protocol'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { api, createSession, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, converged, fragmentText, storedText, until, waitSynced } from '../helpers/clients.ts'
import { freePort, spawnServer } from '../helpers/spawnServer.ts'
import { startServer } from '../helpers/startServer.ts'

/**
 * Hostile but authenticated participants (issue 8): each attack runs over real sockets against
 * a real server, and each test measures what the attack cost the server.
 */

const cleanup = new Cleanup()
afterEach(() => cleanup.run())
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const ADMIN = 'hostile-sockets-admin-token-0123456789'

function syncMessage(kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  encoding.writeVarUint(e, kind)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}
const updateMessage = (update: Uint8Array) => syncMessage(2, update)

/** An awareness message with the given states, encoded by hand (a modified client). */
function awarenessMessage(states: Array<{ clientId: number; state: unknown }>): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, states.length)
  for (const { clientId, state } of states) {
    encoding.writeVarUint(inner, clientId)
    encoding.writeVarUint(inner, 1)
    encoding.writeVarString(inner, JSON.stringify(state))
  }
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.awareness)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}

/** A raw socket (a modified client); resolves once open, or with the refusal. */
function rawSocket(wsUrl: string, documentId: string, token: string): Promise<{ ws: WebSocket; opened: boolean }> {
  const ws = new WebSocket(`${wsUrl}/${documentId}?token=${token}`)
  cleanup.add(() => ws.terminate())
  ws.on('error', () => {})
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ ws, opened: true }))
    ws.on('unexpected-response', () => resolve({ ws, opened: false }))
  })
}

function closeCode(ws: WebSocket): Promise<number> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve(-1)
  return new Promise((resolve) => ws.on('close', (code) => resolve(code)))
}

/** Polls /healthz every 20 ms; `stop()` gives the slowest answer in ms. */
function watchHealth(url: string) {
  let slowest = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const t = performance.now()
      await fetch(`${url}/healthz`).catch(() => {})
      slowest = Math.max(slowest, performance.now() - t)
      await sleep(20)
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return slowest
    },
  }
}

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)
  return Number(line?.[1] ?? 0) / 1024
}

/** An update from `base`'s state that `edit` makes on a copy. */
function updateFrom(base: Y.Doc, edit: (doc: Y.Doc, fragment: Y.XmlFragment) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  edit(copy, copy.getXmlFragment(FRAGMENT_NAME))
  const update = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(base))
  copy.destroy()
  return update
}

function firstText(fragment: Y.XmlFragment): Y.XmlText {
  const stack: Array<Y.XmlElement | Y.XmlFragment | Y.XmlText> = [fragment]
  for (let node = stack.shift(); node; node = stack.shift()) {
    if (node instanceof Y.XmlText) return node
    stack.unshift(...(node.toArray() as Array<Y.XmlElement | Y.XmlText>))
  }
  throw new Error('no text in the document')
}

/**
 * An update that decodes, inserts "XYZ" into the first text, and then throws while its delete
 * set is applied (a zero-length range): half of it lands before the error.
 */
function halfApplyingUpdate(base: Y.Doc): Uint8Array {
  const update = updateFrom(base, (_doc, fragment) => firstText(fragment).insert(3, 'XYZ'))
  expect(update[update.length - 1]).toBe(0) // an empty delete set, replaced below
  const badDeleteSet = [1, 0xb9, 0x60, 1, 0xe8, 0x07, 0] // client 12345: clock 1000, length 0
  const bad = new Uint8Array([...update.subarray(0, -1), ...badDeleteSet])
  Y.decodeUpdate(bad) // it decodes
  return bad
}

describe('a participant cannot exhaust the server', () => {
  it('a viewer that stops reading and asks for the document 2,000 times costs one document, not 2,000', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rv-slow-'))
    cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
    const server = await spawnServer({ dataDir, port: await freePort(), adminToken: ADMIN })
    cleanup.add(() => server.kill())
    const { doc, tokens } = await documentWithSessions(server.url, ADMIN)

    // A 1 MB document.
    const writer = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    const line = 'Wij organiseren jeugdhulp dichtbij huis en werken samen met het onderwijs. '.repeat(14)
    writer.doc.transact(() => {
      const fragment = writer.doc.getXmlFragment(FRAGMENT_NAME)
      for (let i = 0; i < 1000; i++) {
        const p = new Y.XmlElement('paragraph')
        p.insert(0, [new Y.XmlText(`${i} ${line}`)])
        fragment.push([p])
      }
    })
    const reader = connectClient(server.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await converged([writer, reader], 20_000)).toBe(true)
    expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeGreaterThan(1_000_000)
    await sleep(500)
    const before = rssMb(server.process.pid as number)

    const health = watchHealth(server.url)
    const { ws, opened } = await rawSocket(server.wsUrl, doc.id, tokens.viewer)
    expect(opened).toBe(true)
    ;(ws as unknown as { _socket: { pause(): void } })._socket.pause()
    const askDocument = syncMessage(0, Y.encodeStateVector(new Y.Doc()))
    for (let i = 0; i < 1000; i++) {
      ws.send(askDocument)
      ws.send(new Uint8Array([MessageType.queryAwareness]))
    }
    let peak = before
    for (let i = 0; i < 30; i++) {
      await sleep(100)
      peak = Math.max(peak, rssMb(server.process.pid as number))
    }
    const slowest = await health.stop()
    console.log(
      `slow reader: RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB; slowest /healthz ${slowest.toFixed(0)} ms`,
    )
    expect(peak - before).toBeLessThan(150)
    expect(slowest).toBeLessThan(2000) // 8 s before the fix

    // The others are unaffected.
    const late = connectClient(server.wsUrl, doc.id, tokens.commenter, cleanup)
    expect(await converged([writer, late], 20_000)).toBe(true)
  })

  it('one token opens at most a bounded number of sockets', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const attempts = await Promise.all(
      Array.from({ length: 100 }, () => rawSocket(server.wsUrl, doc.id, tokens.viewer)),
    )
    const opened = attempts.filter((a) => a.opened).length
    expect(opened).toBeGreaterThanOrEqual(20) // tabs and devices of one person still work
    expect(opened).toBeLessThanOrEqual(32)
    // A closed socket frees its place.
    for (const a of attempts) a.ws.terminate()
    expect(await until(async () => (await rawSocket(server.wsUrl, doc.id, tokens.viewer)).opened, 5000)).toBe(true)
  })

  it('a flood of messages closes the flooding connection only', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const other = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(other)).toBe(true)
    const { ws } = await rawSocket(server.wsUrl, doc.id, tokens.viewer)
    const closed = closeCode(ws)
    for (let i = 0; i < 5000; i++) ws.send(new Uint8Array([MessageType.auth, 0]))
    expect(await closed).toBe(4429)
    expect(other.provider.wsconnected).toBe(true)
  })

  it('presence is one bounded state per connection, for its own identity', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const observer = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(observer)).toBe(true)
    observer.provider.awareness.setLocalStateField('user', {
      name: 'Test editor',
      organisation: 'Gemeente Aadorp',
      group: 'gemeente',
    })
    let largest = 0
    observer.provider.ws?.addEventListener('message', (e: { data: unknown }) => {
      largest = Math.max(largest, (e.data as ArrayBuffer).byteLength)
    })

    const { ws } = await rawSocket(server.wsUrl, doc.id, tokens.viewer)
    const closed = closeCode(ws)
    const me = { user: { name: 'Test viewer', organisation: 'Gemeente Aadorp', group: 'gemeente', color: '#333' } }
    // 8 MiB of state, 20,000 client ids, and someone else's name or group.
    ws.send(awarenessMessage([{ clientId: 77, state: { ...me, pad: 'x'.repeat(8 * 1024 * 1024) } }]))
    ws.send(awarenessMessage(Array.from({ length: 20_000 }, (_, i) => ({ clientId: 1000 + i, state: me }))))
    ws.send(awarenessMessage([{ clientId: 78, state: { user: { ...me.user, name: 'Projectleider' } } }]))
    ws.send(awarenessMessage([{ clientId: 79, state: { user: { ...me.user, group: 'jongeren' } } }]))
    // Its own small state passes; a second client id from the same socket does not.
    ws.send(awarenessMessage([{ clientId: 80, state: me }]))
    ws.send(awarenessMessage([{ clientId: 81, state: me }]))
    // Nor may it remove another client's presence.
    ws.send(awarenessMessage([{ clientId: observer.doc.clientID, state: null }]))
    const others = () =>
      [...observer.provider.awareness.getStates().keys()].filter((id) => id !== observer.doc.clientID)
    expect(await until(() => others().includes(80), 5000)).toBe(true)
    await sleep(300)
    expect(others()).toEqual([80])
    expect(largest).toBeLessThan(64 * 1024)
    expect(await Promise.race([closed, sleep(100).then(() => 'open')])).toBe('open')

    // A later joiner gets the same small picture.
    const late = connectClient(server.wsUrl, doc.id, tokens.commenter, cleanup)
    expect(await waitSynced(late)).toBe(true)
    expect(await until(() => late.provider.awareness.getStates().has(80))).toBe(true)
    expect([...late.provider.awareness.getStates().keys()].filter((id) => id !== late.doc.clientID).sort()).toEqual(
      [80, observer.doc.clientID].sort(),
    )
  })
})

describe('no acknowledged edit disappears', () => {
  it('an update that throws halfway leaves nothing behind, and an edit typed next to it survives kill -9', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rv-half-'))
    cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }))
    const port = await freePort()
    const first = await spawnServer({ dataDir, port, adminToken: ADMIN })
    cleanup.add(() => first.kill())
    const { doc, tokens } = await documentWithSessions(first.url, ADMIN)
    const hostileToken = (await createSession(first.url, doc.invites.editor, 'Kwaadwillende redacteur')).token

    const witness = connectClient(first.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await waitSynced(witness)).toBe(true)
    const { ws } = await rawSocket(first.wsUrl, doc.id, hostileToken)
    const closed = closeCode(ws)
    ws.send(updateMessage(halfApplyingUpdate(witness.doc)))
    expect(await closed).toBe(4400)

    // Someone who joins now must not be served the half, and types right where it would be.
    const writer = connectClient(first.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(writer)).toBe(true)
    expect(fragmentText(writer.doc)).not.toContain('XYZ')
    firstText(writer.doc.getXmlFragment(FRAGMENT_NAME)).insert(6, 'NA-DE-AANVAL')
    const reader = connectClient(first.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await until(() => fragmentText(reader.doc).includes('NA-DE-AANVAL'), 10_000)).toBe(true)

    await first.kill('SIGKILL')
    for (const c of [witness, writer, reader]) c.destroy()
    const second = await spawnServer({ dataDir, port, adminToken: ADMIN })
    cleanup.add(() => second.kill())
    const after = connectClient(second.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(after, 10_000)).toBe(true)
    expect(fragmentText(after.doc)).toContain('NA-DE-AANVAL')
    expect(fragmentText(after.doc)).not.toContain('XYZ')
  })

  it('mutated updates (decodable or not) never leave the room serving what it did not store', async () => {
    const server = await startServer({ syncLimits: { quarantineMs: 0 } })
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const editor = connectClient(server.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await waitSynced(editor)).toBe(true)
    const health = watchHealth(server.url)

    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const valid = [
      updateFrom(editor.doc, (_d, f) => firstText(f).insert(2, 'abc')),
      updateFrom(editor.doc, (_d, f) => {
        const p = new Y.XmlElement('paragraph')
        p.insert(0, [new Y.XmlText('nieuwe alinea')])
        f.insert(1, [p])
      }),
      updateFrom(editor.doc, (_d, f) => firstText(f).delete(0, 4)),
      updateFrom(editor.doc, (_d, f) => firstText(f).format(0, 3, { bold: true })),
    ]
    let decodable = 0
    let socket = await rawSocket(server.wsUrl, doc.id, tokens.editor)
    for (let i = 0; i < 400; i++) {
      const base = valid[i % valid.length] as Uint8Array
      const mutated = base.slice()
      for (let k = 1 + random(3); k > 0; k--) mutated[random(mutated.length)] = random(256)
      try {
        Y.decodeUpdate(mutated)
        decodable++
      } catch {
        // random bytes are part of the mix too
      }
      if (socket.ws.readyState !== WebSocket.OPEN) socket = await rawSocket(server.wsUrl, doc.id, tokens.editor)
      socket.ws.send(updateMessage(mutated))
      if (i % 20 === 0) await sleep(10)
    }
    await sleep(500)
    expect(decodable).toBeGreaterThan(50)

    // The room still works, and what it serves is exactly what it stored.
    firstText(editor.doc.getXmlFragment(FRAGMENT_NAME)).insert(0, 'NA-FUZZ ')
    const joiner = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(joiner)).toBe(true)
    expect(await until(() => fragmentText(joiner.doc).includes('NA-FUZZ'))).toBe(true)
    await sleep(300)
    expect(await storedText(server.store, doc.id)).toBe(fragmentText(joiner.doc))
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}/check`, { token: tokens.viewer })).status).toBe(200)
    console.log(
      `fuzz: ${decodable} of 400 mutated updates decoded; slowest /healthz ${(await health.stop()).toFixed(0)} ms`,
    )
  })
})

describe('the document stays within its schema', () => {
  it('text at the top level, unknown nodes and 3,000 nested quotes are removed before they are stored', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const editor = connectClient(server.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await waitSynced(editor)).toBe(true)
    const { ws } = await rawSocket(server.wsUrl, doc.id, tokens.editor)

    ws.send(updateMessage(updateFrom(editor.doc, (_d, f) => f.insert(0, [new Y.XmlText('los op het hoogste niveau')]))))
    ws.send(updateMessage(updateFrom(editor.doc, (_d, f) => f.insert(0, [new Y.XmlElement('script')]))))
    const deep = updateFrom(editor.doc, (d, f) => {
      // Built level by level: Yjs itself recurses over nested preliminary content.
      let parent: Y.XmlFragment | Y.XmlElement = f
      d.transact(() => {
        for (let i = 0; i < 3000; i++) {
          const quote: Y.XmlElement = new Y.XmlElement('blockquote')
          parent.insert(parent.length, [quote])
          parent = quote
        }
        const p = new Y.XmlElement('paragraph')
        p.insert(0, [new Y.XmlText('heel diep')])
        parent.insert(0, [p])
      })
    })
    ws.send(updateMessage(deep))
    ws.send(
      updateMessage(updateFrom(editor.doc, (_d, f) => firstText(f).insert(0, 'met een vreemde opmaak', { evil: 1 }))),
    )
    await sleep(500)

    const stored = new Y.Doc()
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(editor.doc))
    const storedNow = await storedText(server.store, doc.id)
    expect(storedNow).not.toContain('los op het hoogste niveau')
    expect(storedNow).not.toContain('<script')
    expect(storedNow).not.toContain('heel diep')
    expect(storedNow).toContain('vreemde opmaak') // the words stay, the unknown mark goes
    expect(storedNow).not.toContain('<evil')
    // The clients got the repair too.
    expect(await until(() => !fragmentText(editor.doc).includes('los op het hoogste niveau'))).toBe(true)

    for (const path of ['/check', '/threads', '/export?format=md', '/export?format=html', '/export?format=docx']) {
      const r = await fetch(`${server.url}/api/documents/${doc.id}${path}`, {
        headers: { authorization: `Bearer ${tokens.owner}` },
      })
      expect(`${path} ${r.status}`).toBe(`${path} 200`)
    }
  })

  it('readers never change the live document: an empty list the binding would drop stays', async () => {
    const server = await startServer()
    cleanup.add(() => server.close())
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const editor = connectClient(server.wsUrl, doc.id, tokens.owner, cleanup)
    expect(await waitSynced(editor)).toBe(true)
    // Structurally allowed, but `bulletList` needs an item: ProseMirror's binding deletes it.
    const list = new Y.XmlElement('bulletList')
    editor.doc.getXmlFragment(FRAGMENT_NAME).insert(1, [list])
    await sleep(300)

    const thread = await api(server.url, 'POST', `/api/documents/${doc.id}/threads`, {
      token: tokens.commenter,
      body: { anchor: { opgave: 1 }, body: 'Hoe zit het met de wachtlijsten?' },
    })
    expect(thread.status).toBe(201)
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}/threads`, { token: tokens.viewer })).status).toBe(
      200,
    )
    expect((await api(server.url, 'GET', `/api/documents/${doc.id}/check`, { token: tokens.viewer })).status).toBe(200)

    const joiner = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(joiner)).toBe(true)
    expect(await converged([editor, joiner])).toBe(true)
    expect(fragmentText(joiner.doc)).toBe(fragmentText(editor.doc))
    expect(fragmentText(joiner.doc).toLowerCase()).toContain('<bulletlist></bulletlist>')
  })
})
