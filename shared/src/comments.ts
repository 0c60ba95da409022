import { GROUPS, type Group } from './groups.ts'
import type { Role } from './roles.ts'

/** Longest comment body; longer is a 400 (stops a client from filling the store with one comment). */
export const MAX_COMMENT_LENGTH = 10_000

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
  group: string | null
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

export interface Thread {
  id: string
  anchor: Anchor
  resolved: boolean
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
}

export interface ParticipantInfo {
  id: string
  name: string
  organisation: string
  group: string | null
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
  /** Distinct people per stakeholder group who commented on this section. */
  people: Partial<Record<Group | 'onbekend', number>>
  comments: number
  /** Consulted groups without any reaction here. */
  silentGroups: Group[]
}

export interface ParticipationReport {
  sections: ParticipationSection[]
  /** Distinct people per group over the whole document. */
  people: Partial<Record<Group | 'onbekend', number>>
  silentGroups: Group[]
}
