import type { Thread } from '@regiovisie/shared/comments'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { ThreadCard } from './ThreadCard.tsx'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'

interface Props {
  opgave: number | null
  title: string
  threads: Thread[]
  canComment: boolean
  onCommentOnSection(opgave: number, title: string): void
  /** What the editor knows about a thread now. */
  renderThread(thread: Thread): { liveQuote: string | null; detached: boolean; active: boolean }
  permissions: ThreadPermissions
  actions: CommentActions
  onReveal(thread: Thread): void
}

/** The threads of one opgave (or of the other chapters), under its heading, with "comment on this opgave". */
export function SectionThreads(props: Props) {
  const { opgave, title, threads, canComment, onCommentOnSection, renderThread, permissions, actions, onReveal } = props
  const { t } = useI18n()
  const id = useId()
  const offerComment = canComment && opgave !== null
  if (threads.length === 0 && !offerComment) return null
  return (
    <section className="comment-section" aria-labelledby={id} data-opgave={opgave ?? 'other'}>
      <h3 id={id} className="comment-section-title" title={title}>
        {title}
      </h3>
      {offerComment && (
        <button type="button" className="button-small" onClick={() => onCommentOnSection(opgave, title)}>
          {t.commentOnOpgave}
          <span className="visually-hidden"> ({t.checkerOpgave(opgave)})</span>
        </button>
      )}
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
