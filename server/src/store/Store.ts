import type { MunicipalityAdoption } from '@regiovisie/shared/adoption'
import type { Invites } from '@regiovisie/shared/api'
import type { ResponseKind, SuggestionStatus } from '@regiovisie/shared/comments'
import type { Role } from '@regiovisie/shared/roles'
import type { UpdateLog } from './UpdateLog.ts'

export type { StoredState, UpdateLog } from './UpdateLog.ts'

export interface DocumentRecord {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string[]
  ruleset: string
  /** The owner allowed lezers and reageerders to download exports (off for a new document). */
  downloadAllowed: boolean
  /** The interface theme the owner picked (`DOCUMENT_THEMES` in shared/api; 'neutral' for a new document). */
  theme: string
  createdAt: string
  /** When an edit was last stored (filled by the store's readers; null before the first edit). */
  editedAt?: string | null
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
  /** The owner confirmed the stakeholder group (or is the one who joined): only then does it count. */
  groupConfirmed: boolean
  /**
   * Chose to be named beside their reactions. Only matters for private persons (jongeren, ouders):
   * off, readers outside the writing team see their group instead of name and organisation.
   * Readers always fill it (absent when writing means false).
   */
  showName?: boolean
  createdAt: string
  revokedAt: string | null
}

export interface ThreadRecord {
  id: string
  documentId: string
  /** The anchor as the client sent it (validated): a text range or `{ opgave }`. */
  anchor: unknown
  /** Section at creation time: where a detached thread stays. */
  opgave: number | null
  section: string | null
  quote: string | null
  resolved: boolean
  createdAt: string
  createdBy: string
  /** A proposed change of the anchored text (absent on plain comment threads). */
  suggestion?: SuggestionRecord
  /** The writing team's response (absent until given). */
  response?: ThreadResponseRecord
  /** The owner marked it for the public reactieverslag (readers always fill it; absent when writing means false). */
  public?: boolean
}

export interface SuggestionRecord {
  text: string
  /** The anchored text when the proposal was made. */
  original: string
  status: SuggestionStatus
  /** Participant who accepted or rejected it (null while open or when withdrawn). */
  decidedBy: string | null
  decidedAt: string | null
}

export interface ThreadResponseRecord {
  kind: ResponseKind
  reason: string | null
  /** Participant id. */
  by: string
  at: string
}

export interface CommentRecord {
  id: string
  threadId: string
  documentId: string
  authorId: string
  body: string
  createdAt: string
  editedAt: string | null
}

export interface CommentWithAuthor extends CommentRecord {
  author: { name: string; organisation: string; group: string | null; role: Role; groupConfirmed: boolean }
}

export interface ActivityRecord {
  documentId: string
  at: string
  /** Participant who acted; null for the administrator or the system. */
  actorId: string | null
  action: string
  details: Record<string, unknown>
}

export interface ActivityWithActor extends ActivityRecord {
  id: number
  actor: { name: string; organisation: string; group: string | null } | null
}

export interface VersionRecord {
  id: string
  documentId: string
  name: string
  note: string | null
  createdAt: string
  authorId: string | null
}

export interface VersionWithAuthor extends VersionRecord {
  author: { name: string; organisation: string; group: string | null } | null
}

/**
 * Storage for documents, invites, sessions and the Yjs update log (`UpdateLog`). Invite links are
 * kept encrypted with a server-side key (so they can be shown again) and looked up by their SHA-256
 * hash; session tokens only as a hash. One implementation over SQL (sql/SqlStore.ts) serves SQLite
 * and PostgreSQL; both pass the same contract suite (tests/integration/store.contract.test.ts).
 *
 * Guarantees: `createDocument` writes the document, its initial state and its invites in one
 * transaction, so the update log of a new document starts from its initial state as snapshot.
 */
export interface Store extends UpdateLog {
  readonly kind: 'sqlite' | 'postgres'
  createDocument(doc: DocumentRecord, initialState: Uint8Array, invites: Invites): Promise<void>
  getDocument(id: string): Promise<DocumentRecord | null>
  listDocuments(): Promise<DocumentRecord[]>
  setRuleset(documentId: string, ruleset: string): Promise<void>
  setDownloadAllowed(documentId: string, allowed: boolean): Promise<void>
  setTheme(documentId: string, theme: string): Promise<void>
  getInvites(documentId: string): Promise<Invites | null>
  findInvite(token: string): Promise<InviteRecord | null>
  createParticipant(participant: ParticipantRecord, sessionTokenHash: string): Promise<void>
  /** The participant holding this session, or null when unknown or revoked. */
  findSession(sessionTokenHash: string): Promise<ParticipantRecord | null>
  /** One more session for an existing participant (another device); revoking the participant ends it too. */
  addSession(participantId: string, sessionTokenHash: string, at: string): Promise<void>
  /** Sets the hash of the participant's personal link; a link set before stops working. */
  setPersonalLink(participantId: string, linkHash: string): Promise<void>
  /** The participant whose personal link has this hash, or null when unknown, replaced or revoked. */
  findPersonalLink(linkHash: string): Promise<ParticipantRecord | null>
  getParticipant(id: string): Promise<ParticipantRecord | null>
  listParticipants(documentId: string): Promise<ParticipantRecord[]>
  /** Revokes a participant's session; false when there was no such active participant. */
  revokeParticipant(documentId: string, participantId: string, at: string): Promise<boolean>
  /** Replaces the invite of `role` by `token`; the old one stops working. */
  renewInvite(documentId: string, role: Role, token: string, at: string): Promise<void>
  /** Sets a participant's stakeholder group and whether the owner confirmed it; false when there is no such participant. */
  setParticipantGroup(
    documentId: string,
    participantId: string,
    group: string | null,
    confirmed: boolean,
  ): Promise<boolean>

  /** Whether a participant may be named beside their reactions (`ParticipantRecord.showName`). */
  setParticipantShowName(participantId: string, showName: boolean): Promise<void>

  /** A thread with its first comment; a proposal (`thread.suggestion`) may come without one. */
  createThread(thread: ThreadRecord, first: CommentRecord | null): Promise<void>
  getThread(documentId: string, threadId: string): Promise<ThreadRecord | null>
  /** Threads of a document, oldest first, each with its comments (oldest first) and their authors. */
  listThreads(documentId: string): Promise<Array<ThreadRecord & { comments: CommentWithAuthor[] }>>
  setThreadResolved(threadId: string, resolved: boolean): Promise<void>
  /**
   * Moves a thread's proposal from `expected` to `next.status`, atomically and only if it is still
   * `expected` (false otherwise, and nothing changed): of two nodes deciding at once, one wins. In
   * the same transaction the thread is resolved exactly when the proposal is no longer open, and its
   * response is replaced by `response` when that is given (null removes it).
   */
  updateSuggestion(
    threadId: string,
    expected: SuggestionStatus,
    next: { status: SuggestionStatus; decidedBy: string | null; decidedAt: string | null },
    response?: ThreadResponseRecord | null,
  ): Promise<boolean>
  /** Sets (or with null removes) the writing team's response to a thread. */
  setThreadResponse(threadId: string, response: ThreadResponseRecord | null): Promise<void>
  /** Marks a thread for the public reactieverslag (or takes it out). */
  setThreadPublic(threadId: string, isPublic: boolean): Promise<void>
  /** Threads of a document, or only those one participant started. */
  countThreads(documentId: string, createdBy?: string): Promise<number>
  /** Comments of a document, optionally only one author's and/or one thread's. */
  countComments(documentId: string, filter?: { authorId?: string; threadId?: string }): Promise<number>
  addComment(comment: CommentRecord): Promise<void>
  getComment(threadId: string, commentId: string): Promise<CommentRecord | null>
  updateComment(commentId: string, body: string, editedAt: string): Promise<void>
  /** Deletes a comment, and its thread when it was the last one (a proposal's thread stays). */
  deleteComment(threadId: string, commentId: string): Promise<{ threadDeleted: boolean }>

  appendActivity(entry: ActivityRecord): Promise<void>
  /** Newest first. */
  listActivity(documentId: string, limit: number): Promise<ActivityWithActor[]>

  /** Versions are immutable: a full Yjs snapshot, written once. */
  createVersion(version: VersionRecord, state: Uint8Array): Promise<void>
  /** Newest first, without their state. */
  listVersions(documentId: string): Promise<VersionWithAuthor[]>
  getVersion(documentId: string, versionId: string): Promise<(VersionWithAuthor & { state: Uint8Array }) | null>

  /** Recorded adoption per municipality (only those that were ever set). */
  listAdoption(documentId: string): Promise<MunicipalityAdoption[]>
  putAdoption(documentId: string, adoption: MunicipalityAdoption): Promise<void>

  /** A trivial round trip (readiness). */
  ping(): Promise<void>
  close(): Promise<void>
}
