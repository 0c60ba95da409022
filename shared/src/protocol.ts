/**
 * The collaboration wire protocol: y-websocket's message types plus one of our own, the
 * close codes the server uses, and the URL format. Shared so the client can tell the user
 * why it was disconnected.
 */

/** Message types. 0–3 are y-websocket's; 4–7 are ours, sent only to clients that pass `ack=1`. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client: the server's state vector after it durably stored this client's update. */
  saved: 4,
  /** Server → client: comment threads of this document changed; fetch them again. No payload. */
  threadsChanged: 5,
  /** Server → client: someone restored a version; payload one JSON string, a `VersionRestoredNotice`. */
  versionRestored: 6,
  /**
   * Server → client: what the checker knows beyond the text, or the document's settings, changed
   * (adoption, rule set, confirmed groups, download permission); fetch them again. No payload.
   */
  documentChanged: 7,
} as const

/** Who restored which version, and when: shown to everyone who has the document open. */
export interface VersionRestoredNotice {
  /** The participant who restored it. */
  by: { id: string; name: string; organisation: string }
  /** The restored version's name. */
  version: string
  /** ISO time of the restore. */
  at: string
}

/** Reads a `versionRestored` payload defensively (it crosses the wire); null when it is not one. */
export function parseVersionRestored(json: string): VersionRestoredNotice | null {
  try {
    const v = JSON.parse(json) as Partial<VersionRestoredNotice> | null
    const by = v?.by
    if (!v || typeof v.version !== 'string' || typeof v.at !== 'string') return null
    if (!by || typeof by.id !== 'string' || typeof by.name !== 'string' || typeof by.organisation !== 'string')
      return null
    return { by: { id: by.id, name: by.name, organisation: by.organisation }, version: v.version, at: v.at }
  } catch {
    return null
  }
}

/** WebSocket close codes (4000–4999 are application codes). */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  /** The server is restarting (SIGTERM) after storing everything: reconnect, to this or another node. */
  serviceRestart: 1012,
  /** ws closes with this when a message exceeds MAX_MESSAGE_BYTES. */
  messageTooBig: 1009,
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The participant's access was revoked by the owner. */
  revoked: 4410,
  /** The connection sent more messages than the rate limit allows (it may reconnect). */
  tooManyMessages: 4429,
  /** The server could not store an update after retrying; the client keeps it and resends. */
  storageFailure: 4500,
} as const
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** Path prefix of the collaboration endpoint: ws://host/collab/<documentId>?token=… */
export const COLLAB_PATH = '/collab'

/** Query parameter (`ack=1`) a client sets to receive our own message types (`saved`, `threadsChanged`, `versionRestored`). */
export const ACK_PARAM = 'ack'

/**
 * Largest accepted WebSocket message. Stops a client from exhausting server memory with one
 * giant frame; a normal paste of a whole regiovisie is far below this.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024

/** Parses `/collab/<id>`; returns null for anything else. */
export function parseCollabPath(pathname: string): string | null {
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return null
  const id = decodeURIComponent(pathname.slice(COLLAB_PATH.length + 1))
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null
}
