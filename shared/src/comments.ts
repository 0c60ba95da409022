import { z } from 'zod'
import { GROUPS, type Group } from './groups.ts'
import type { Role } from './roles.ts'

/** Longest comment body; longer is a 400 (stops a client from filling the store with one comment). */
export const MAX_COMMENT_LENGTH = 10_000

/** A Yjs relative position as `Y.relativePositionToJSON` produces it. */
const Id = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() })
export const RelativePositionJSON = z.object({
  type: Id.nullish(),
  tname: z.string().max(200).nullish(),
  item: Id.nullish(),
  assoc: z.number().int().optional(),
})
export type RelativePositionJSON = z.infer<typeof RelativePositionJSON>

/** A text range in the editor, as two Yjs relative positions (they follow the text as people edit). */
export const RangeAnchor = z.object({
  from: RelativePositionJSON,
  to: RelativePositionJSON,
  /** The selected text when the thread was started (shown when the text is gone). */
  quote: z.string().max(2000).optional(),
})
/** A whole opgave section. */
export const SectionAnchor = z.object({ opgave: z.number().int().min(1).max(99) })
export const Anchor = z.union([SectionAnchor, RangeAnchor])
export type Anchor = z.infer<typeof Anchor>

export const CommentBody = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z.string().min(1, 'mag niet leeg zijn').max(MAX_COMMENT_LENGTH, `mag hoogstens ${MAX_COMMENT_LENGTH} tekens zijn`),
  )

export const CreateThreadRequest = z.object({ anchor: Anchor, body: CommentBody })
export const CommentRequest = z.object({ body: CommentBody })

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
