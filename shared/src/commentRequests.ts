import { z } from 'zod'
import { type Anchor as AnchorType, MAX_COMMENT_LENGTH, type RelativePositionJSON as RelPos } from './comments.ts'

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

export const CreateThreadRequest = z.object({ anchor: Anchor, body: CommentBody })
export const CommentRequest = z.object({ body: CommentBody })
