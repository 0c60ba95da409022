import type { z } from 'zod'
import { badRequest } from '../errors.ts'

/** Parses a request body with a zod schema; a missing or invalid field is a 400 naming the field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw badRequest('De aanvraag moet een JSON-object zijn.', 'invalid_body')
  }
  const result = schema.safeParse(body)
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = issue?.path.join('.') || 'body'
    throw badRequest(`Veld "${field}" ontbreekt of is ongeldig: ${issue?.message ?? ''}`.trim(), 'invalid_field')
  }
  return result.data
}
