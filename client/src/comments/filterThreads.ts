import type { Thread } from '@regiovisie/shared/comments'
import type { Group } from '@regiovisie/shared/groups'

export interface ThreadFilter {
  status: 'open' | 'resolved' | 'all'
  /** Threads in which someone of this stakeholder group commented. */
  group: Group | 'all'
  /** An opgave number, 'other' for threads outside the opgave sections, or 'all'. */
  opgave: number | 'other' | 'all'
}

export const DEFAULT_FILTER: ThreadFilter = { status: 'open', group: 'all', opgave: 'all' }

/** True when `thread` passes every part of `filter`. */
export function matchesFilter(thread: Thread, filter: ThreadFilter): boolean {
  if (filter.status === 'open' && thread.resolved) return false
  if (filter.status === 'resolved' && !thread.resolved) return false
  if (filter.group !== 'all' && !thread.comments.some((c) => c.author.group === filter.group)) return false
  if (filter.opgave === 'other') return thread.opgave === null
  if (filter.opgave !== 'all') return thread.opgave === filter.opgave
  return true
}
