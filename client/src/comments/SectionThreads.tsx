import type { Thread } from '@regiovisie/shared/comments'
import { useId } from 'react'
import { ThreadCard } from './ThreadCard.tsx'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'

interface Props {
  opgave: number | null
  title: string
  threads: Thread[]
  /** What the editor knows about a thread now. */
  renderThread(thread: Thread): { liveQuote: string | null; detached: boolean; active: boolean }
  permissions: ThreadPermissions
  actions: CommentActions
  onReveal(thread: Thread): void
}

/** The threads of one opgave (or of the other chapters), under its heading; nothing when it has none. */
export function SectionThreads(props: Props) {
  const { opgave, title, threads, renderThread, permissions, actions, onReveal } = props
  const id = useId()
  if (threads.length === 0) return null
  return (
    <section className="comment-section" aria-labelledby={id} data-opgave={opgave ?? 'other'}>
      <h3 id={id} className="comment-section-title" title={title}>
        {title}
      </h3>
      {threads.map((thread) => (
        <ThreadCard
          key={thread.id}
          thread={thread}
          {...renderThread(thread)}
          permissions={permissions}
          actions={actions}
          onReveal={onReveal}
        />
      ))}
    </section>
  )
}
