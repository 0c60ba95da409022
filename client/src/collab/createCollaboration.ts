import {
  ACK_PARAM,
  CloseCode,
  COLLAB_PATH,
  MessageType,
  parseVersionRestored,
  type VersionRestoredNotice,
} from '@regiovisie/shared/protocol'
import * as decoding from 'lib0/decoding'
import { IndexeddbPersistence } from 'y-indexeddb'
import { removeAwarenessStates } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SaveTracker } from './SaveTracker.ts'

/** The `user` field of our awareness state: what others see in the presence list and on carets. */
export interface AwarenessUser {
  name: string
  organisation: string
  group: string | null
  color: string
}

export interface Collaboration {
  ydoc: Y.Doc
  provider: WebsocketProvider
  saves: SaveTracker
  /**
   * Calls `listener` when the server says the comment threads changed (our message type 5) and
   * after every (re)connect, when notifications may have been missed. Returns the unsubscribe.
   */
  onThreadsChanged(listener: () => void): () => void
  /** Calls `listener` when the server says someone restored a version (our message type 6). */
  onVersionRestored(listener: (notice: VersionRestoredNotice) => void): () => void
  /**
   * Calls `listener` when the server says the document's settings or checker context changed (our
   * message type 7: adoption, rule set, confirmed groups) and after every (re)connect.
   */
  onDocumentChanged(listener: () => void): () => void
  destroy(): void
}

/** Close codes after which reconnecting cannot help: the session or the document is gone. */
const FATAL_CLOSE_CODES = new Set<number>([
  CloseCode.unauthorized,
  CloseCode.forbidden,
  CloseCode.notFound,
  CloseCode.revoked,
])

function wsOrigin(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`
}

/**
 * Connects a fresh Y.Doc to the server (ws://host/collab/<id>?token=…&ack=1) and to
 * IndexedDB, so edits made while offline survive a reload and merge on reconnect.
 */
export function createCollaboration(documentId: string, token: string, user: AwarenessUser): Collaboration {
  const ydoc = new Y.Doc()
  const persistence = new IndexeddbPersistence(`regiovisie-${documentId}`, ydoc)
  const provider = new WebsocketProvider(`${wsOrigin()}${COLLAB_PATH}`, documentId, ydoc, {
    params: { token, [ACK_PARAM]: '1' },
    // Tabs talk through the server only: a BroadcastChannel would let one tab's session relay
    // another tab's changes, and those would never be acknowledged to the tab that made them.
    disableBc: true,
  })
  const saves = new SaveTracker(ydoc, provider)
  provider.awareness.setLocalStateField('user', user)

  // Registered at once: the server may send it before any component subscribes, and
  // y-websocket logs an error for message types without a handler.
  const threadListeners = new Set<() => void>()
  const threadsChanged = () => {
    for (const listener of threadListeners) listener()
  }
  provider.messageHandlers[MessageType.threadsChanged] = threadsChanged
  const restoreListeners = new Set<(notice: VersionRestoredNotice) => void>()
  provider.messageHandlers[MessageType.versionRestored] = (_encoder, decoder) => {
    const notice = parseVersionRestored(decoding.readVarString(decoder))
    if (notice) for (const listener of restoreListeners) listener(notice)
  }
  const documentListeners = new Set<() => void>()
  const documentChanged = () => {
    for (const listener of documentListeners) listener()
  }
  provider.messageHandlers[MessageType.documentChanged] = documentChanged
  const onSync = (synced: boolean) => {
    if (!synced) return
    threadsChanged()
    documentChanged()
  }
  provider.on('sync', onSync)

  const onClose = (event: CloseEvent | null) => {
    if (!event || !FATAL_CLOSE_CODES.has(event.code)) return
    saves.close(event.code)
    // Deferred: y-websocket is still inside its close handling when it emits this event.
    queueMicrotask(() => provider.disconnect())
  }
  provider.on('connection-close', onClose)

  // Tell the others at once that we left, instead of after the 30 s awareness timeout.
  const onPageHide = () => removeAwarenessStates(provider.awareness, [ydoc.clientID], 'window unload')
  window.addEventListener('pagehide', onPageHide)

  return {
    ydoc,
    provider,
    saves,
    onThreadsChanged(listener) {
      threadListeners.add(listener)
      return () => threadListeners.delete(listener)
    },
    onDocumentChanged(listener) {
      documentListeners.add(listener)
      return () => documentListeners.delete(listener)
    },
    onVersionRestored(listener) {
      restoreListeners.add(listener)
      return () => restoreListeners.delete(listener)
    },
    destroy() {
      threadListeners.clear()
      documentListeners.clear()
      restoreListeners.clear()
      provider.off('sync', onSync)
      window.removeEventListener('pagehide', onPageHide)
      provider.off('connection-close', onClose)
      saves.destroy()
      provider.destroy()
      void persistence.destroy()
      ydoc.destroy()
    },
  }
}
