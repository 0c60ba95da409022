import type { ResponseKind, SuggestionStatus } from '@regiovisie/shared/comments'
import type { Role } from '@regiovisie/shared/roles'
import type {
  ActivityWithActor,
  CommentRecord,
  CommentWithAuthor,
  DocumentRecord,
  ParticipantRecord,
  ThreadRecord,
  VersionWithAuthor,
} from '../Store.ts'
import type { SqlFlag } from './Sql.ts'

// Rows as both drivers return them (Sql.ts): flags 0/1, JSON as text, timestamps as ISO strings.

/**
 * The column that orders the rows of threads, comments and versions as they were inserted
 * (timestamps can tie): SQLite's `rowid`; PostgreSQL has none, so those tables have a BIGSERIAL `seq`.
 */
export type InsertionOrder = 'rowid' | 'seq'

export interface DocumentRow {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string
  ruleset: string
  download_allowed: SqlFlag
  theme: string
  created_at: string
  edited_at: string | null
}
export const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  title: r.title,
  template: r.template,
  region: r.region,
  municipalities: JSON.parse(r.municipalities) as string[],
  ruleset: r.ruleset,
  downloadAllowed: r.download_allowed === 1,
  theme: r.theme,
  createdAt: r.created_at,
  editedAt: r.edited_at,
})

/** The columns of `ParticipantRow` (not the token and link hashes, which never leave the store). */
export const PARTICIPANT =
  'id, document_id, role, name, organisation, grp, grp_confirmed, show_name, created_at, revoked_at'
export interface ParticipantRow {
  id: string
  document_id: string
  role: Role
  name: string
  organisation: string
  grp: string | null
  grp_confirmed: SqlFlag
  show_name: SqlFlag
  created_at: string
  revoked_at: string | null
}
export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  documentId: r.document_id,
  role: r.role,
  name: r.name,
  organisation: r.organisation,
  group: r.grp,
  groupConfirmed: r.grp_confirmed === 1,
  showName: r.show_name === 1,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
})

/** A thread with its proposal (`s_*`) and response (`r_*`), which it may lack: see `THREAD_FROM`. */
export const THREAD = `t.id, t.document_id, t.anchor, t.opgave, t.section, t.quote, t.resolved, t.is_public, t.created_at, t.created_by,
  s.text AS s_text, s.original AS s_original, s.status AS s_status, s.decided_by AS s_decided_by, s.decided_at AS s_decided_at,
  r.kind AS r_kind, r.reason AS r_reason, r.by_id AS r_by, r.at AS r_at`
export const THREAD_FROM = `threads t
  LEFT JOIN thread_suggestions s ON s.thread_id = t.id
  LEFT JOIN thread_responses r ON r.thread_id = t.id`
export interface ThreadRow {
  id: string
  document_id: string
  anchor: string
  opgave: number | null
  section: string | null
  quote: string | null
  resolved: SqlFlag
  is_public: SqlFlag
  created_at: string
  created_by: string
  s_text: string | null
  s_original: string | null
  s_status: SuggestionStatus | null
  s_decided_by: string | null
  s_decided_at: string | null
  r_kind: ResponseKind | null
  r_reason: string | null
  r_by: string | null
  r_at: string | null
}
export const toThread = (r: ThreadRow): ThreadRecord => ({
  id: r.id,
  documentId: r.document_id,
  anchor: JSON.parse(r.anchor),
  opgave: r.opgave,
  section: r.section,
  quote: r.quote,
  resolved: r.resolved === 1,
  public: r.is_public === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
  ...(r.s_status !== null
    ? {
        suggestion: {
          text: r.s_text ?? '',
          original: r.s_original ?? '',
          status: r.s_status,
          decidedBy: r.s_decided_by,
          decidedAt: r.s_decided_at,
        },
      }
    : {}),
  ...(r.r_kind !== null
    ? { response: { kind: r.r_kind, reason: r.r_reason, by: r.r_by ?? '', at: r.r_at ?? '' } }
    : {}),
})

export const COMMENT = 'c.id, c.thread_id, c.document_id, c.author_id, c.body, c.created_at, c.edited_at'
export interface CommentRow {
  id: string
  thread_id: string
  document_id: string
  author_id: string
  body: string
  created_at: string
  edited_at: string | null
}
export const toComment = (r: CommentRow): CommentRecord => ({
  id: r.id,
  threadId: r.thread_id,
  documentId: r.document_id,
  authorId: r.author_id,
  body: r.body,
  createdAt: r.created_at,
  editedAt: r.edited_at,
})
export interface CommentWithAuthorRow extends CommentRow {
  name: string
  organisation: string
  grp: string | null
  a_role: Role
  a_confirmed: SqlFlag
}
export const toCommentWithAuthor = (r: CommentWithAuthorRow): CommentWithAuthor => ({
  ...toComment(r),
  author: {
    name: r.name,
    organisation: r.organisation,
    group: r.grp,
    role: r.a_role,
    groupConfirmed: r.a_confirmed === 1,
  },
})

export interface ActivityRow {
  id: number
  document_id: string
  at: string
  actor_id: string | null
  action: string
  details: string
  name: string | null
  organisation: string | null
  grp: string | null
}
export const toActivity = (r: ActivityRow): ActivityWithActor => ({
  id: r.id,
  documentId: r.document_id,
  at: r.at,
  actorId: r.actor_id,
  action: r.action,
  details: JSON.parse(r.details) as Record<string, unknown>,
  actor: r.name === null ? null : { name: r.name, organisation: r.organisation ?? '', group: r.grp },
})

/** A version's columns and its author's (who may be gone, or the administrator: null). */
export const VERSION =
  'v.id, v.document_id, v.name, v.note, v.created_at, v.author_id, p.name AS a_name, p.organisation AS a_org, p.grp AS a_grp'
export interface VersionRow {
  id: string
  document_id: string
  name: string
  note: string | null
  created_at: string
  author_id: string | null
  a_name: string | null
  a_org: string | null
  a_grp: string | null
}
export const toVersion = (r: VersionRow): VersionWithAuthor => ({
  id: r.id,
  documentId: r.document_id,
  name: r.name,
  note: r.note,
  createdAt: r.created_at,
  authorId: r.author_id,
  author: r.a_name === null ? null : { name: r.a_name, organisation: r.a_org ?? '', group: r.a_grp },
})
