import { z } from 'zod'
import {
  type Anchor as AnchorType,
  MAX_COMMENT_LENGTH,
  MAX_RESPONSE_REASON_LENGTH,
  MAX_SUGGESTION_LENGTH,
  RESPONSE_KINDS,
  type RelativePositionJSON as RelPos,
} from './comments.ts'

/** Request validation for the comments API (server side; the types live in comments.ts, zod-free). */

const Id = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() })
export const RelativePositionJSON = z.object({
  type: Id.nullish(),
  tname: z.string().max(200).nullish(),
  item: Id.nullish(),
  assoc: z.number().int().optional(),
}) satisfies z.ZodType<RelPos>

export const RangeAnchor = z.object({
  from: RelativePositionJSON,
  to: RelativePositionJSON,
  quote: z.string().max(2000).optional(),
})
export const SectionAnchor = z.object({ opgave: z.number().int().min(1).max(99) })
export const Anchor = z.union([SectionAnchor, RangeAnchor]) satisfies z.ZodType<AnchorType>

export const CommentBody = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z.string().min(1, 'mag niet leeg zijn').max(MAX_COMMENT_LENGTH, `mag hoogstens ${MAX_COMMENT_LENGTH} tekens zijn`),
  )

/**
 * Proposed text: one paragraph's worth. Line breaks and tabs become spaces and other control
 * characters are dropped (a proposal replaces text within one block); spaces at either end are kept,
 * they may be what is proposed. Empty proposes deleting the range.
 */
export const SuggestionText = z
  .string()
  .max(MAX_SUGGESTION_LENGTH * 2, `mag hoogstens ${MAX_SUGGESTION_LENGTH} tekens zijn`)
  .transform((s) => s.replace(/[\r\n\t]+/g, ' ').replace(/\p{Cc}/gu, ''))
  .pipe(z.string().max(MAX_SUGGESTION_LENGTH, `mag hoogstens ${MAX_SUGGESTION_LENGTH} tekens zijn`))

/** A thread is a comment (`body`), a proposal (`suggestion`, with an optional explanation in `body`), or both. */
export const CreateThreadRequest = z
  .object({ anchor: Anchor, body: CommentBody.optional(), suggestion: z.object({ text: SuggestionText }).optional() })
  .refine((r) => r.body !== undefined || r.suggestion !== undefined, { path: ['body'], message: 'mag niet leeg zijn' })
export const CommentRequest = z.object({ body: CommentBody })

/** A reason: trimmed, not empty, bounded. */
export const ResponseReason = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'mag niet leeg zijn')
      .max(MAX_RESPONSE_REASON_LENGTH, `mag hoogstens ${MAX_RESPONSE_REASON_LENGTH} tekens zijn`),
  )

export const RejectSuggestionRequest = z.object({ reason: ResponseReason })

/** `PUT …/threads/:threadId/response`: a reason is required for `niet-overgenomen`, optional otherwise. */
export const ThreadResponseRequest = z
  .object({ kind: z.enum(RESPONSE_KINDS), reason: ResponseReason.optional() })
  .refine((r) => r.kind !== 'niet-overgenomen' || r.reason !== undefined, {
    path: ['reason'],
    message: 'is verplicht bij niet-overgenomen',
  })

/** `PUT …/threads/:threadId/public` (owner): whether the reactieverslag may quote the thread. */
export const ThreadPublicRequest = z.object({ public: z.boolean() })
