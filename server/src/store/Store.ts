import type { Invites } from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'

export interface DocumentRecord {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string[]
  ruleset: string
  createdAt: string
}

export interface InviteRecord {
  token: string
  documentId: string
  role: Role
}

export interface ParticipantRecord {
  id: string
  documentId: string
  role: Role
  name: string
  organisation: string
  group: string | null
  createdAt: string
  revokedAt: string | null
}

/** The stored Yjs state of a document: a snapshot plus the updates appended after it, in order. */
export interface StoredState {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Sequence number of the last update (0 when there is none); pass it to `compact`. */
  lastSeq: number
}

/**
 * Storage for documents, invites, sessions and the Yjs update log. Every adapter (SQLite,
 * PostgreSQL) passes the same contract suite (tests/integration/store.contract.test.ts).
 *
 * Guarantees: `createDocument` writes the document, its initial state and its invites in one
 * transaction; `appendUpdate` has returned only after the update is durable; `compact` replaces
 * the snapshot and removes the updates it covers atomically, so a crash at any point leaves a
 * state that replays to the same document.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  createDocument(doc: DocumentRecord, initialState: Uint8Array, invites: Invites): Promise<void>
  getDocument(id: string): Promise<DocumentRecord | null>
  listDocuments(): Promise<DocumentRecord[]>
  getInvites(documentId: string): Promise<Invites | null>
  findInvite(token: string): Promise<InviteRecord | null>
  createParticipant(participant: ParticipantRecord, sessionTokenHash: string): Promise<void>
  /** The participant holding this session, or null when unknown or revoked. */
  findSession(sessionTokenHash: string): Promise<ParticipantRecord | null>
  appendUpdate(documentId: string, update: Uint8Array): Promise<number>
  loadState(documentId: string): Promise<StoredState>
  compact(documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>
  close(): Promise<void>
}
