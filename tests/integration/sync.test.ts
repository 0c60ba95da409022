import { MessageType } from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createDocument, createSession, documentWithSessions } from '../helpers/api.ts'
import {
  appendParagraph,
  Cleanup,
  connectClient,
  converged,
  fragmentText,
  opgaveHeadings,
  storedText,
  typeText,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let server: TestServer
const cleanup = new Cleanup()
beforeEach(async () => {
  server = await startServer()
  cleanup.add(() => server.close())
})
afterEach(() => cleanup.run())

/** Opens a raw socket (no provider), resolving with its close code or 'open'. */
function rawSocket(url: string): Promise<{ ws: WebSocket; outcome: Promise<number | 'unexpected-response'> }> {
  const ws = new WebSocket(url)
  cleanup.add(() => ws.terminate())
  const outcome = new Promise<number | 'unexpected-response'>((resolve) => {
    ws.on('close', (code) => resolve(code))
    ws.on('unexpected-response', () => resolve('unexpected-response'))
    ws.on('error', () => {})
  })
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ ws, outcome }))
    ws.on('unexpected-response', () => resolve({ ws, outcome }))
  })
}

describe('collaboration over the y-websocket protocol', () => {
  it('edits from several editors converge to the same document', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const clients = [0, 1, 2].map(() => connectClient(server.wsUrl, doc.id, tokens.editor, cleanup))
    for (const c of clients) expect(await waitSynced(c)).toBe(true)
    clients.forEach((c, i) => {
      for (let k = 0; k < 20; k++) typeText(c.doc, ` c${i}-${k}`)
      appendParagraph(c.doc, `paragraaf van client ${i}`)
    })
    expect(await converged(clients)).toBe(true)
    const text = fragmentText(clients[0]!.doc)
    for (let i = 0; i < 3; i++) {
      expect(text).toContain(`paragraaf van client ${i}`)
      expect(text).toContain(`c${i}-19`)
    }
  })

  it('a late joiner receives everything written before it connected', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'geschreven voor de laatkomer')
    await sleep(200)
    const late = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(late)).toBe(true)
    expect(await until(() => fragmentText(late.doc).includes('geschreven voor de laatkomer'))).toBe(true)
  })

  it('awareness (who is here, cursors) reaches other clients and is removed when one leaves', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    const b = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    await Promise.all([waitSynced(a), waitSynced(b)])
    a.provider.awareness.setLocalStateField('user', { name: 'Test editor', organisation: 'Gemeente Aadorp' })
    b.provider.awareness.setLocalStateField('user', { name: 'Test viewer', organisation: 'Gemeente Aadorp' })
    const names = (c: typeof a) => [...c.provider.awareness.getStates().values()].map((s) => s.user?.name)
    expect(await until(() => names(a).includes('Test viewer') && names(b).includes('Test editor'))).toBe(true)
    a.destroy()
    expect(await until(() => !names(b).includes('Test editor'))).toBe(true)
  })

  it('presence that claims another identity is not relayed', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    const b = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    await Promise.all([waitSynced(a), waitSynced(b)])
    a.provider.awareness.setLocalStateField('user', { name: 'De wethouder', organisation: 'Gemeente Aadorp' })
    b.provider.awareness.setLocalStateField('user', { name: 'Test viewer', organisation: 'Gemeente Aadorp' })
    const names = (c: typeof a) => [...c.provider.awareness.getStates().values()].map((s) => s.user?.name)
    expect(await until(() => names(a).includes('Test viewer'))).toBe(true)
    await sleep(300)
    expect(names(b)).not.toContain('De wethouder')
  })

  it('a document survives a restart of the server', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'blijft bewaard na herstart')
    await sleep(300)
    a.destroy()
    const dataDir = server.dataDir
    await server.server.close()
    const again = await startServer({ dataDir })
    cleanup.add(() => again.close())
    const b = connectClient(again.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(b)).toBe(true)
    expect(fragmentText(b.doc)).toContain('blijft bewaard na herstart')
    expect(opgaveHeadings(b.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  for (const role of ['viewer', 'commenter'] as const) {
    it(`a ${role}'s edit never reaches other clients or storage`, async () => {
      const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
      const editor = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
      const reader = connectClient(server.wsUrl, doc.id, tokens[role], cleanup)
      await Promise.all([waitSynced(editor), waitSynced(reader)])
      appendParagraph(reader.doc, `stiekeme wijziging van ${role}`)
      // A later editor edit proves the channel works and that the server has processed the reader's message.
      appendParagraph(editor.doc, 'echte wijziging')
      expect(await until(() => fragmentText(reader.doc).includes('echte wijziging'))).toBe(true)
      await sleep(300)
      expect(fragmentText(editor.doc)).not.toContain('stiekeme wijziging')
      const stored = await storedText(server.store, doc.id)
      expect(stored).toContain('echte wijziging')
      expect(stored).not.toContain('stiekeme wijziging')
    })
  }

  it('refuses a socket with a bad or missing token, or for an unknown document, without creating it', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const bad = await rawSocket(`${server.wsUrl}/${doc.id}?token=nope`)
    expect(await bad.outcome).toBe('unexpected-response')
    const missing = await rawSocket(`${server.wsUrl}/${doc.id}`)
    expect(await missing.outcome).toBe('unexpected-response')
    const unknown = await rawSocket(`${server.wsUrl}/bestaat-niet?token=${tokens.editor}`)
    expect(await unknown.outcome).toBe('unexpected-response')
    expect(await server.store.getDocument('bestaat-niet')).toBeNull()
    expect(server.server.sync.roomCount()).toBe(0)
    // A stock provider with a bad token never syncs.
    const c = connectClient(server.wsUrl, doc.id, 'not-a-token', cleanup)
    expect(await waitSynced(c, 1500)).toBe(false)
  })

  it('a token for one document cannot open another', async () => {
    const first = await documentWithSessions(server.url, server.adminToken)
    const other = await createDocument(server.url, server.adminToken, { title: 'Ander document' })
    const s = await rawSocket(`${server.wsUrl}/${other.id}?token=${first.tokens.owner}`)
    expect(await s.outcome).toBe('unexpected-response')
  })

  it('twenty clients opening a brand-new document at once see every section exactly once', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { token } = await createSession(server.url, doc.invites.editor)
    const clients = Array.from({ length: 20 }, () => connectClient(server.wsUrl, doc.id, token, cleanup))
    const synced = await Promise.all(clients.map((c) => waitSynced(c, 10_000)))
    expect(synced.every(Boolean)).toBe(true)
    expect(await converged(clients)).toBe(true)
    for (const c of clients) expect(opgaveHeadings(c.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('a malformed frame closes that connection only', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const good = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(good)).toBe(true)
    const { ws, outcome } = await rawSocket(`${server.wsUrl}/${doc.id}?token=${tokens.editor}`)
    // A sync update whose payload is not a Yjs update.
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, MessageType.sync)
    encoding.writeVarUint(e, 2)
    encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 1, 2, 3]))
    ws.send(encoding.toUint8Array(e))
    expect(await outcome).toBe(4400)
    appendParagraph(good.doc, 'nog steeds verbonden')
    const reader = connectClient(server.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await until(() => fragmentText(reader.doc).includes('nog steeds verbonden'))).toBe(true)
    expect(good.provider.wsconnected).toBe(true)
  })

  it('an oversized message closes the connection', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const { ws, outcome } = await rawSocket(`${server.wsUrl}/${doc.id}?token=${tokens.editor}`)
    ws.send(new Uint8Array(17 * 1024 * 1024))
    expect(await outcome).toBe(1009)
  })

  it('acknowledges a stored update with the server state vector when asked to', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const c = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup, { ack: '1' })
    let saved: Map<number, number> | null = null
    // biome-ignore lint/suspicious/noExplicitAny: y-websocket's handler table is untyped.
    ;(c.provider as any).messageHandlers[MessageType.saved] = (_enc: unknown, dec: decoding.Decoder) => {
      saved = Y.decodeStateVector(decoding.readVarUint8Array(dec))
    }
    expect(await waitSynced(c)).toBe(true)
    appendParagraph(c.doc, 'bevestigd')
    expect(await until(() => saved !== null && (saved.get(c.doc.clientID) ?? 0) > 0)).toBe(true)
  })

  it('compacts the update log into a snapshot when the last client leaves', async () => {
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    for (let i = 0; i < 10; i++) typeText(a.doc, ` w${i}`)
    expect(await until(() => fragmentText(a.doc).includes('w9'))).toBe(true)
    expect(await until(async () => (await server.store.loadState(doc.id)).updates.length > 0)).toBe(true)
    a.destroy()
    expect(await until(() => server.server.sync.roomCount() === 0)).toBe(true)
    const stored = await server.store.loadState(doc.id)
    expect(stored.updates.length).toBe(0)
    expect(await storedText(server.store, doc.id)).toContain('w9')
  })

  it('compacts at once when the last client leaves but keeps the room warm for a returning client', async () => {
    const warm = await startServer({ unloadDelayMs: 60_000 })
    cleanup.add(() => warm.close())
    const { doc, tokens } = await documentWithSessions(warm.url, warm.adminToken)
    const a = connectClient(warm.wsUrl, doc.id, tokens.editor, cleanup)
    expect(await waitSynced(a)).toBe(true)
    appendParagraph(a.doc, 'voor het herladen')
    expect(await until(() => warm.server.sync.roomCount() === 1)).toBe(true)
    await sleep(100)
    a.destroy()
    expect(await until(async () => (await warm.store.loadState(doc.id)).updates.length === 0)).toBe(true)
    expect(warm.server.sync.roomCount()).toBe(1)
    const b = connectClient(warm.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(b)).toBe(true)
    expect(fragmentText(b.doc)).toContain('voor het herladen')
  })
})
