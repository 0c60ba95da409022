import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'

// Every provider adds a process 'exit' listener in Node; tests open many.
process.setMaxListeners(0)

import * as Y from 'yjs'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Close codes seen by this client. */
  closes: number[]
  destroy(): void
}

/** Resources to clean up after each test; register as they are created. */
export class Cleanup {
  private fns: Array<() => unknown> = []
  add(fn: () => unknown): void {
    this.fns.push(fn)
  }
  async run(): Promise<void> {
    for (const fn of this.fns.splice(0).reverse()) await fn()
  }
}

/** A stock y-websocket client (the same provider browsers use), over `ws`. */
export function connectClient(
  wsUrl: string,
  room: string,
  token: string,
  cleanup?: Cleanup,
  params: Record<string, string> = {},
): TestClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token, ...params },
    maxBackoffTime: 300,
  })
  const closes: number[] = []
  provider.on('connection-close', (e) => {
    if (e && typeof e.code === 'number') closes.push(e.code)
  })
  const client = {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
  cleanup?.add(() => client.destroy())
  return client
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `pred` until it holds or `ms` passes; returns whether it held. */
export async function until(pred: () => boolean | Promise<boolean>, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await pred()) return true
    await sleep(20)
  }
  return pred()
}

export function waitSynced(client: TestClient, ms = 5000): Promise<boolean> {
  return until(() => client.provider.synced, ms)
}

/** True when every client has the same state vector (convergence, bounded by `ms`). */
export function converged(clients: TestClient[], ms = 5000): Promise<boolean> {
  const sv = (c: TestClient) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64')
  return until(() => new Set(clients.map(sv)).size === 1, ms)
}

export const fragmentText = (doc: Y.Doc) => doc.getXmlFragment(FRAGMENT_NAME).toString()

function walk(node: Y.XmlFragment | Y.XmlElement, fn: (n: Y.XmlElement | Y.XmlText) => void): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement) {
      fn(child)
      walk(child, fn)
    } else if (child instanceof Y.XmlText) fn(child)
  }
}

/** Numbers of the headings carrying an `opgave` attribute, in document order. */
export function opgaveHeadings(doc: Y.Doc): number[] {
  const found: number[] = []
  walk(doc.getXmlFragment(FRAGMENT_NAME), (n) => {
    if (n instanceof Y.XmlElement && n.nodeName === 'heading') {
      const v = n.getAttribute('opgave') as unknown
      if (v !== undefined && v !== null && v !== '') found.push(Number(v))
    }
  })
  return found
}

/** Appends text to the first paragraph's text, as a typing user would. */
export function typeText(doc: Y.Doc, text: string): void {
  let target: Y.XmlText | null = null
  walk(doc.getXmlFragment(FRAGMENT_NAME), (n) => {
    if (!target && n instanceof Y.XmlText) target = n
  })
  const t = target as Y.XmlText | null
  if (t) t.insert(t.length, text)
  else {
    doc.transact(() => {
      const p = new Y.XmlElement('paragraph')
      p.insert(0, [new Y.XmlText(text)])
      const f = doc.getXmlFragment(FRAGMENT_NAME)
      f.insert(f.length, [p])
    })
  }
}

/** Appends a paragraph at the end of the document. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  doc.transact(() => {
    const p = new Y.XmlElement('paragraph')
    p.insert(0, [new Y.XmlText(text)])
    const f = doc.getXmlFragment(FRAGMENT_NAME)
    f.insert(f.length, [p])
  })
}

/** The Tiptap fragment's text as the store would replay it after a restart. */
export async function storedText(
  store: { loadState(id: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[] }> },
  id: string,
): Promise<string> {
  const state = await store.loadState(id)
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state.updates) Y.applyUpdate(doc, u)
  return fragmentText(doc)
}
