import { ApiError } from './api.ts'
import type { Dictionary } from './i18n/nl.ts'

/** What to show for a failed call: the server's message, or a network hint when it was unreachable. */
export function errorMessage(t: Dictionary, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t.networkError
    if (error.message) return error.message
    return `HTTP ${error.status}`
  }
  return error instanceof Error ? error.message : String(error)
}
