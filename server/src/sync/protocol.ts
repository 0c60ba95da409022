import { MessageType, type VersionRestoredNotice } from '@regiovisie/shared/protocol'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

/** Encoders for the messages the server sends. Decoding happens in Room.handleMessage. */

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  syncProtocol.writeSyncStep1(e, doc)
  return encoding.toUint8Array(e)
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  syncProtocol.writeSyncStep2(e, doc, stateVector)
  return encoding.toUint8Array(e)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  syncProtocol.writeUpdate(e, update)
  return encoding.toUint8Array(e)
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.awareness)
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(e)
}

/** Our acknowledgement: the server's state vector after it stored the client's update. */
export function encodeSaved(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.saved)
  encoding.writeVarUint8Array(e, stateVector)
  return encoding.toUint8Array(e)
}

export { syncProtocol }

/** Tells our clients that the document's settings or checker context changed (they fetch them again). */
export function encodeDocumentChanged(): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.documentChanged)
  return encoding.toUint8Array(e)
}

/** Tells our clients that comment threads changed (they fetch them again). */
export function encodeThreadsChanged(): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.threadsChanged)
  return encoding.toUint8Array(e)
}

/** Tells our clients that a version was restored, by whom (they show a notice). */
export function encodeVersionRestored(notice: VersionRestoredNotice): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.versionRestored)
  encoding.writeVarString(e, JSON.stringify(notice))
  return encoding.toUint8Array(e)
}
