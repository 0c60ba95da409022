import type { Thread } from '@regiovisie/shared/comments'
import { useI18n } from '../i18n/useI18n.ts'
import { CommentForm } from './CommentForm.tsx'
import type { ThreadDraft } from './ThreadDraft.ts'
import type { CommentActions } from './useCommentActions.ts'

interface Props {
  draft: ThreadDraft
  actions: CommentActions
  onCreated(thread: Thread): void
  onCancel(): void
}

/** The form for a new thread, showing what it will be about (the selected text or the whole opgave). */
export function NewThreadForm({ draft, actions, onCreated, onCancel }: Props) {
  const { t } = useI18n()
  return (
    <section className="new-thread" aria-labelledby={`new-thread-${draft.key}`}>
      <h3 id={`new-thread-${draft.key}`}>{t.newThreadTitle}</h3>
      {draft.quote !== null ? (
        <>
          <p className="new-thread-target">{t.newThreadOnText}</p>
          <blockquote className="thread-quote">{draft.quote}</blockquote>
        </>
      ) : (
        <p className="new-thread-target">{t.newThreadOnSection(draft.section ?? '')}</p>
      )}
      <CommentForm
        label={t.commentBodyLabel}
        submitLabel={t.submitComment}
        autoFocus
        onSubmit={async (body) => onCreated(await actions.create(draft.anchor, body))}
        onCancel={onCancel}
      />
    </section>
  )
}
