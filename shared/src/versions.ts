import { z } from 'zod'
import type { Author } from './comments.ts'

/** Server-side validation of POST /versions (the client imports only the types below). */
export const CreateVersionRequest = z.object({
  name: z.string().trim().min(1).max(200),
  note: z.string().trim().max(2000).optional(),
})

export interface Version {
  id: string
  name: string
  note: string | null
  createdAt: string
  author: Author | null
}

export interface DiffSegment {
  type: 'equal' | 'insert' | 'delete'
  text: string
}

export interface VersionDiff {
  /** The older side: a version. */
  from: Version
  /** The newer side: a version, or null for the current document. */
  to: Version | null
  segments: DiffSegment[]
  inserted: number
  deleted: number
}
