import type { Thread } from '@regiovisie/shared/comments'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { CommentForm } from './CommentForm.tsx'
import { CommentItem } from './CommentItem.tsx'
import { SuggestionBlock } from './SuggestionBlock.tsx'
import { ThreadPublicToggle } from './ThreadPublicToggle.tsx'
import { ThreadResponseView } from './ThreadResponseView.tsx'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'

interface Props {
  thread: Thread
  /** The anchored text as it is in the editor now; null for a section or when the text is gone. */
  liveQuote: string | null
  /** The anchored text is gone: from the server, or because the editor cannot find it any more. */
  detached: boolean
  active: boolean
  permissions: ThreadPermissions
  actions: CommentActions
  onReveal(thread: Thread): void
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A thread beside the text: what it is about (a button that shows it in the text), its comments, reply and resolve. */
export function ThreadCard({ thread, liveQuote, detached, active, permissions, actions, onReveal }: Props) {
  const { t } = useI18n()
  const [replying, setReplying] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const card = useRef<HTMLElement>(null)
  const replyButton = useRef<HTMLButtonElement>(null)
  const refocusReply = useRef(false)
  const isRange = !('opgave' in thread.anchor)
  // What the thread was about when it was written; older threads without it fall back to the server's reading.
  const original = thread.originalQuote ?? thread.quote ?? ''
  const now = detached ? null : (liveQuote ?? thread.quote)
  // An open proposal shows the text now itself, beside the old and the proposed text.
  const changed = now !== null && normalise(now) !== normalise(original) && thread.suggestion?.status !== 'open'

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest' })
  }, [active])

  // Closing the reply form puts focus back on "Antwoorden" instead of losing it.
  useEffect(() => {
    if (replying || !refocusReply.current) return
    refocusReply.current = false
    replyButton.current?.focus()
  }, [replying])
  const closeReply = () => {
    refocusReply.current = true
    setReplying(false)
  }

  async function toggleResolved() {
    setError(null)
    try {
      await actions.setResolved(thread.id, !thread.resolved)
    } catch (err) {
      setError(errorMessage(t, err))
    }
  }

  return (
    <article
      ref={card}
      className={`thread${active ? ' thread-active' : ''}${thread.resolved ? ' thread-resolved' : ''}`}
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
      data-detached={detached}
      data-suggestion={thread.suggestion?.status}
    >
      <div className="thread-target">
        <button
          type="button"
          className="thread-reveal"
          aria-current={active || undefined}
          onClick={() => onReveal(thread)}
        >
          <span className="visually-hidden">{t.showInText} </span>
          {isRange && thread.suggestion && original === '' ? (
            <span className="thread-scope">{t.suggestionPlace}</span>
          ) : isRange ? (
            detached ? (
              <del className="thread-quote">{original}</del>
            ) : (
              <span className="thread-quote">{original}</span>
            )
          ) : (
            <span className="thread-scope">{t.wholeOpgave}</span>
          )}
        </button>
        {isRange && changed && (
          <span className="thread-quote-now">
            {t.quoteNow} <span className="thread-quote">{now}</span>
          </span>
        )}
        {thread.opgave === null && thread.section && <span className="thread-section">{thread.section}</span>}
        {detached && <span className="badge badge-detached">{t.detachedBadge}</span>}
        {thread.resolved && <span className="badge badge-resolved">{t.resolvedBadge}</span>}
      </div>
      {thread.suggestion && (
        <SuggestionBlock
          thread={thread}
          suggestion={thread.suggestion}
          liveText={liveQuote}
          detached={detached}
          permissions={permissions}
          actions={actions}
        />
      )}
      {thread.comments.length > 0 && (
        <ol className="comments">
          {thread.comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              permissions={permissions}
              onEdit={(body) => actions.edit(thread.id, comment.id, body)}
              onDelete={() => actions.remove(thread.id, comment.id)}
            />
          ))}
        </ol>
      )}
      <ThreadResponseView thread={thread} permissions={permissions} actions={actions} />
      <ThreadPublicToggle thread={thread} permissions={permissions} actions={actions} />
      {error && <Notice kind="error">{error}</Notice>}
      {replying ? (
        <CommentForm
          label={t.replyLabel}
          submitLabel={t.submitReply}
          autoFocus
          onSubmit={async (body) => {
            await actions.reply(thread.id, body)
            closeReply()
          }}
          onCancel={closeReply}
        />
      ) : (
        <div className="thread-actions">
          {permissions.create && (
            <Button
              ref={replyButton}
              appearance="secondary-action-button"
              className="button-small"
              onClick={() => setReplying(true)}
            >
              {t.replyOpen}
            </Button>
          )}
          {permissions.mayResolve(thread) && (
            <Button appearance="secondary-action-button" className="button-small" onClick={toggleResolved}>
              {thread.resolved ? t.reopen : t.resolve}
            </Button>
          )}
        </div>
      )}
    </article>
  )
}
