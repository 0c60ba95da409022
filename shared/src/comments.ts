import { GROUPS, type Group } from './groups.ts'
import type { Role } from './roles.ts'

/** Longest comment body; longer is a 400 (stops a client from filling the store with one comment). */
export const MAX_COMMENT_LENGTH = 10_000

/**
 * How much one document holds; more is a 409 `limit_reached`. The per-participant limits hold for
 * people who react (reageerders); the writing team (redacteuren, projectleider) answers everyone.
 */
export const COMMENT_LIMITS = {
  threadsPerParticipant: 100,
  commentsPerParticipant: 500,
  threadsPerDocument: 2_000,
  commentsPerThread: 200,
  commentsPerDocument: 10_000,
} as const

/**
 * Threads per page of `GET /api/documents/:id/threads` (`?limit=`, at most 500). A page also ends
 * before it would pass 200 comments (it holds at least one thread), so a page stays within a few MB.
 */
export const THREAD_PAGE_SIZE = 200
export const MAX_THREAD_PAGE_SIZE = 500
export const MAX_COMMENTS_PER_PAGE = 200

/** A Yjs relative position as `Y.relativePositionToJSON` produces it. */
export interface RelativePositionJSON {
  type?: { client: number; clock: number } | null
  tname?: string | null
  item?: { client: number; clock: number } | null
  assoc?: number
}

/** A text range in the editor, as two Yjs relative positions (they follow the text as people edit). */
export interface RangeAnchor {
  from: RelativePositionJSON
  to: RelativePositionJSON
  /** The selected text when the thread was started (shown when the text is gone). */
  quote?: string
}

/** A whole opgave section. */
export interface SectionAnchor {
  opgave: number
}

export type Anchor = SectionAnchor | RangeAnchor

export interface Author {
  name: string
  organisation: string
  /** The stakeholder group the person chose when joining. */
  group: string | null
  /** The role of the invite they joined with (comments show it: a name alone proves nothing). */
  role?: Role
  /** The owner confirmed the group: only confirmed groups count as consulted. */
  groupConfirmed?: boolean
  /**
   * A private person (jongeren, ouders) shown to this reader as their group: `name` is "Een jongere",
   * `organisation` is empty. The server leaves the real name out of what it sends.
   */
  private?: true
}

export interface Comment {
  id: string
  body: string
  author: Author
  /** Participant id of the author, so a client can tell its own comments. */
  authorId: string
  createdAt: string
  editedAt: string | null
}

/**
 * Longest proposed text and longest range a suggestion may replace; longer is a 400 (a proposal is
 * about a passage, and one request must not fill the store or rewrite a whole chapter at once).
 */
export const MAX_SUGGESTION_LENGTH = 5_000

/** Longest reason with a rejection or a response; longer is a 400. */
export const MAX_RESPONSE_REASON_LENGTH = 2_000

/** Where a proposal stands: open until the writing team accepts or rejects it, or the proposer withdraws it. */
export type SuggestionStatus = 'open' | 'accepted' | 'rejected' | 'withdrawn'

/** Someone of the writing team who decided or answered. */
export interface PersonRef {
  id: string
  name: string
  organisation: string
  role: Role
}

/**
 * A proposed change of the text a thread is anchored to ("Voorstel"): replace the range by `text`
 * (an empty `text` deletes it; an empty range inserts `text` there).
 */
export interface Suggestion {
  text: string
  /** The range's text when the proposal was made, as the server read it then. */
  original: string
  status: SuggestionStatus
  /** Who proposed it (the thread's `createdBy` is their participant id). */
  proposer: Author
  /** The range's text now; null when it no longer lies within one piece of text (or is gone). */
  current: string | null
  /** Open, and the range's text is no longer `original`: accepting it is refused (409 `suggestion_stale`). */
  stale: boolean
  /** Who accepted or rejected it (null while open, and when the proposer withdrew it). */
  decidedBy: PersonRef | null
  decidedAt: string | null
}

export const RESPONSE_KINDS = ['overgenomen', 'deels-overgenomen', 'niet-overgenomen', 'beantwoord'] as const
export type ResponseKind = (typeof RESPONSE_KINDS)[number]

/** What the writing team did with a thread's input. */
export interface ThreadResponse {
  kind: ResponseKind
  /** Why (always there for `niet-overgenomen`). */
  reason?: string
  by: PersonRef
  at: string
}

export interface Thread {
  id: string
  anchor: Anchor
  resolved: boolean
  /** Only on threads that propose a change of the text. */
  suggestion?: Suggestion
  /** Only once the writing team answered. */
  response?: ThreadResponse
  /** The owner marked it for the public reactieverslag (the export quotes only these); off by default. */
  public: boolean
  comments: Comment[]
  createdAt: string
  createdBy: string
  /** The opgave section the thread belongs to now (or, when detached, when it was started). */
  opgave: number | null
  /** Heading of that section. */
  section: string | null
  /** The anchored text was deleted: the thread stays under its section. */
  detached: boolean
  /** The anchored text as it is now (or as it was, when detached). */
  quote: string | null
  /**
   * The anchored text when the thread was started, as the server read it then (null for a section).
   * It never changes: the thread shows what the comment was about even after the text was rewritten.
   */
  originalQuote: string | null
}

export interface ParticipantInfo {
  id: string
  name: string
  organisation: string
  group: string | null
  /** The owner confirmed the group (the owner's own is confirmed when joining). */
  groupConfirmed: boolean
  role: Role
  createdAt: string
  revokedAt: string | null
}

export interface ActivityEntry {
  id: number
  at: string
  actor: Author | null
  action: string
  details: Record<string, unknown>
}

/** Groups whose reactions count as consultation (opgave 1); municipalities write, they are not consulted. */
export const CONSULTED_GROUPS: readonly Group[] = GROUPS.filter((g) => g !== 'gemeente' && g !== 'anders')

export interface ParticipationSection {
  opgave: number | null
  title: string
  /**
   * Distinct people per stakeholder group who commented on this section. A group counts only when
   * the owner confirmed it; everyone else is under 'onbekend'.
   */
  people: Partial<Record<Group | 'onbekend', number>>
  comments: number
  /** Comments per stakeholder group (the same groups as `people`). */
  commentsByGroup: Partial<Record<Group | 'onbekend', number>>
  /** Consulted groups without any reaction here. */
  silentGroups: Group[]
}

export interface ParticipationReport {
  sections: ParticipationSection[]
  /** Distinct people per group over the whole document. */
  people: Partial<Record<Group | 'onbekend', number>>
  /** Comments per group over the whole document. */
  commentsByGroup: Partial<Record<Group | 'onbekend', number>>
  silentGroups: Group[]
}

/** `GET /api/documents/:id/threads[?offset=&limit=]`: the first page has the same shape as before. */
export interface ThreadPage {
  threads: Thread[]
  /** Threads in the document. */
  total: number
  /** Offset of the next page, or null when this was the last. */
  nextOffset: number | null
}
