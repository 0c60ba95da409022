import { z } from 'zod'
import type { CheckReport } from './checker/types.ts'
import { GROUPS } from './groups.ts'
import type { Role } from './roles.ts'

/** Request and response shapes of the HTTP API (the contract other tools depend on). */

const name = z.string().trim().min(1).max(200)

export const CreateDocumentRequest = z.object({
  title: name,
  template: z.string().min(1).max(100),
  region: z.string().trim().max(200).optional(),
  municipalities: z.array(name).max(100).optional(),
  ruleset: z.string().min(1).max(50).optional(),
})
export type CreateDocumentRequest = z.infer<typeof CreateDocumentRequest>

/** Fields of the multipart import (POST /api/documents with a `file`): all optional. */
export const ImportDocumentFields = z.object({
  title: z.string().trim().max(200).optional(),
  region: z.string().trim().max(200).optional(),
  /** A JSON array of names, or names separated by commas or new lines. */
  municipalities: z.string().max(10_000).optional(),
  ruleset: z.string().min(1).max(50).optional(),
})

/**
 * The look of a document's interface: `neutral` (our own tokens on the NL Design System names) or a
 * municipality's published NL Design System token theme. The editor's text keeps its own style.
 */
export const DOCUMENT_THEMES = ['neutral', 'utrecht', 'denhaag'] as const
export type DocumentTheme = (typeof DOCUMENT_THEMES)[number]
export const DEFAULT_THEME: DocumentTheme = 'neutral'
export function isDocumentTheme(value: unknown): value is DocumentTheme {
  return typeof value === 'string' && (DOCUMENT_THEMES as readonly string[]).includes(value)
}

/** `PATCH /api/documents/:id` (owner only): the rule set, whether lezers and reageerders may download, the theme. */
export const UpdateDocumentRequest = z
  .object({
    ruleset: z.string().min(1).max(50).optional(),
    downloadAllowed: z.boolean().optional(),
    theme: z.enum(DOCUMENT_THEMES).optional(),
  })
  .strict()
  .refine((body) => body.ruleset !== undefined || body.downloadAllowed !== undefined || body.theme !== undefined, {
    message: 'Geef ruleset, downloadAllowed of theme op.',
  })
export type UpdateDocumentRequest = z.infer<typeof UpdateDocumentRequest>

export interface Invites {
  owner: string
  editor: string
  commenter: string
  viewer: string
}

export interface CreateDocumentResponse {
  id: string
  title: string
  template: string
  invites: Invites
}

export const CreateSessionRequest = z.object({
  invite: z.string().min(1).max(200),
  name,
  organisation: name,
  group: z.enum(GROUPS).optional(),
  /** "Mijn naam mag bij mijn reacties staan": only asked of jongeren and ouders; off unless ticked. */
  showName: z.boolean().optional(),
})
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>

/** The owner sets (and so confirms) a participant's stakeholder group: `PATCH /api/documents/:id/participants/:pid`. */
export const UpdateParticipantRequest = z.object({
  group: z.enum(GROUPS).nullable(),
  groupConfirmed: z.boolean(),
})
export type UpdateParticipantRequest = z.infer<typeof UpdateParticipantRequest>

/** `PUT /api/documents/:id/me/show-name`: a participant changes whether they are named beside their reactions. */
export const ShowNameRequest = z.object({ showName: z.boolean() })
export type ShowNameRequest = z.infer<typeof ShowNameRequest>

export interface CreateSessionResponse {
  token: string
  documentId: string
  role: Role
  /**
   * The participant's personal link token (`/me/<token>`): it signs the same participant in on
   * another device. Stored only as a hash, so it is shown here and when renewed, never again.
   */
  personalLink: string
}

/** `POST /api/sessions/personal`: a new session for the participant whose personal link this is. */
export const PersonalSessionRequest = z.object({ link: z.string().min(1).max(200) })

/** `POST /api/documents/:id/personal-link`: a new personal link for the caller; the old one stops working. */
export interface PersonalLinkResponse {
  personalLink: string
}

export interface Participant {
  id: string
  name: string
  organisation: string
  group: string | null
  /** The owner confirmed the group. */
  groupConfirmed?: boolean
  /** Chose to be named beside their reactions (matters for jongeren and ouders; off by default). */
  showName?: boolean
  role: Role
}

export interface DocumentResponse {
  id: string
  title: string
  template: string
  region: string | null
  municipalities: string[]
  ruleset: string
  /** The owner allowed lezers and reageerders to download exports (`canDownload`). */
  downloadAllowed: boolean
  /** The interface theme the owner picked for this document (`DOCUMENT_THEMES`). */
  theme: DocumentTheme
  createdAt: string
  role: Role
  me: Participant
  /** Only for roles that may manage invites. */
  invites?: Invites
}

export interface DocumentSummary {
  id: string
  title: string
  region: string | null
  createdAt: string
  /** When an edit was last stored; null before the first edit. */
  editedAt: string | null
}

export type CheckResponse = CheckReport

export interface ApiErrorBody {
  error: { code: string; message: string }
}
