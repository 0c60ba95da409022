import { z } from 'zod'
import { type AdoptionUpdate as AdoptionUpdateType, OUTCOMES, ROUTES } from './adoption.ts'

/** Request validation for the adoption API (server side; types live in adoption.ts, zod-free). */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'geen geldige datum')
const text = (max: number) => z.string().trim().max(max)

export const AdoptionUpdate = z
  .object({
    route: z.enum(ROUTES).nullable(),
    sentDate: isoDate.nullable(),
    committeeDate: isoDate.nullable(),
    councilDate: isoDate.nullable(),
    outcome: z.enum(OUTCOMES),
    amendments: text(10_000).nullable(),
    note: text(10_000).nullable(),
    versionId: z.string().max(100).nullable(),
  })
  .partial()
  .strict() satisfies z.ZodType<AdoptionUpdateType>
