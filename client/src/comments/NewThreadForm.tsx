import type { Thread } from '@regiovisie/shared/comments'
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { CommentForm } from './CommentForm.tsx'
import { SuggestionForm } from './SuggestionForm.tsx'
import type { ThreadDraft } from './ThreadDraft.ts'
import type { CommentActions } from './useCommentActions.ts'
import type { OpgaveSection } from './useOpgaveSections.ts'

interface Props {
  draft: ThreadDraft
  /** The opgave sections a section comment may be about. */
  sections: readonly OpgaveSection[]
  actions: CommentActions
  onCreated(thread: Thread): void
  onCancel(): void
}

/**
 * The form for a new thread, showing what it will be about: the selected text, or an opgave the
 * writer picks (one control for reacting on a whole opgave, starting at the one the caret is in).
 */
export function NewThreadForm({ draft, sections, actions, onCreated, onCancel }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [opgave, setOpgave] = useState('opgave' in draft.anchor ? draft.anchor.opgave : null)
  const anchor = opgave === null ? draft.anchor : { opgave }
  if (draft.suggestion)
    return <SuggestionForm draft={draft} actions={actions} onCreated={onCreated} onCancel={onCancel} />
  return (
    <section className="new-thread" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.newThreadTitle}</h3>
      {opgave === null ? (
        <>
          <p className="new-thread-target">{t.newThreadOnText}</p>
          <blockquote className="thread-quote">{draft.quote}</blockquote>
        </>
      ) : (
        <div className="field new-thread-opgave">
          <FormLabel htmlFor={`${id}-opgave`}>{t.newThreadOpgave}</FormLabel>
          <Select id={`${id}-opgave`} value={String(opgave)} onChange={(e) => setOpgave(Number(e.target.value))}>
            {sections.map((s) => (
              <SelectOption key={s.opgave} value={String(s.opgave)}>
                {s.title}
              </SelectOption>
            ))}
          </Select>
        </div>
      )}
      <CommentForm
        label={t.commentBodyLabel}
        submitLabel={t.submitComment}
        autoFocus
        onSubmit={async (body) => onCreated(await actions.create(anchor, body))}
        onCancel={onCancel}
      />
    </section>
  )
}
