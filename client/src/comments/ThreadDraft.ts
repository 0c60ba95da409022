import type { Anchor } from '@regiovisie/shared/comments'

/** A thread being written: where it will be anchored and how to show that to the writer. */
export interface ThreadDraft {
  /** Distinguishes one draft from the next, so the form starts empty each time. */
  key: number
  anchor: Anchor
  /** The selected text, for a range anchor. */
  quote: string | null
  /** The section's title, for a section anchor. */
  section: string | null
  /** A proposal to change the text (an empty `quote` with it: an insertion at the caret), not a comment. */
  suggestion?: boolean
}
