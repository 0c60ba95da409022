import type { Comment } from '@regiovisie/shared/comments'
import { isPrivateGroup, PRIVATE_PERSON_LABELS } from '@regiovisie/shared/groups'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { groupLabel } from '../i18n/groupLabel.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { CommentForm } from './CommentForm.tsx'
import { PlainText } from './PlainText.tsx'
import type { ThreadPermissions } from './threadPermissions.ts'

interface Props {
  comment: Comment
  permissions: ThreadPermissions
  onEdit(body: string): Promise<void>
  onDelete(): Promise<void>
}

/** One comment: who (name, organisation, stakeholder group, the role of their link; a name alone proves nothing), when, the text, and edit/delete where allowed. */
export function CommentItem({ comment, permissions, onEdit, onDelete }: Props) {
  const { t, lang } = useI18n()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const refocusEdit = useRef(false)
  // Closing the edit form puts focus back on "Bewerken".
  useEffect(() => {
    if (editing || !refocusEdit.current) return
    refocusEdit.current = false
    editButton.current?.focus()
  }, [editing])
  const closeEdit = () => {
    refocusEdit.current = true
    setEditing(false)
  }
  const [error, setError] = useState<string | null>(null)
  const { author } = comment
  const group = groupLabel(lang, author.group) ?? t.groupUnknown

  return (
    <li className="comment" data-comment-id={comment.id}>
      <p className="comment-author">
        <span className="comment-name">
          {/* The server sends a private person as "Een ouder" (Dutch); the English interface says it in English. */}
          {author.private && isPrivateGroup(author.group) ? PRIVATE_PERSON_LABELS[author.group][lang] : author.name}
        </span>
        {author.organisation && <span className="comment-org">{author.organisation}</span>}
        <span className="comment-group">{group}</span>
        {author.role && <span className="comment-role">{roleLabel(t, author.role)}</span>}
        {author.group && author.groupConfirmed === false && (
          <span className="comment-unconfirmed muted">{t.commentGroupUnconfirmed}</span>
        )}
      </p>
      <p className="comment-date">
        <time dateTime={comment.createdAt}>{formatDateTime(lang, comment.createdAt)}</time>
        {comment.editedAt && (
          <>
            {' · '}
            <time dateTime={comment.editedAt} title={formatDateTime(lang, comment.editedAt)}>
              {t.edited}
            </time>
          </>
        )}
      </p>
      {editing ? (
        <CommentForm
          label={t.editCommentLabel}
          submitLabel={t.saveEdit}
          initial={comment.body}
          autoFocus
          onSubmit={async (body) => {
            await onEdit(body)
            closeEdit()
          }}
          onCancel={closeEdit}
        />
      ) : (
        <PlainText text={comment.body} className="comment-body" />
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {!editing && (permissions.mayEdit(comment) || permissions.mayDelete(comment)) && (
        <div className="comment-actions">
          {permissions.mayEdit(comment) && (
            <Button
              ref={editButton}
              appearance="secondary-action-button"
              className="button-small"
              aria-label={`${t.editComment}: ${t.commentBy(author.name)}`}
              onClick={() => setEditing(true)}
            >
              {t.editComment}
            </Button>
          )}
          {permissions.mayDelete(comment) && (
            <ConfirmButton
              className="button-small"
              label={`${t.deleteComment}: ${t.commentBy(author.name)}`}
              question={
                permissions.deletesOther(comment) ? t.deleteCommentOtherConfirm(author.name) : t.deleteCommentConfirm
              }
              confirmLabel={t.confirmDelete}
              onConfirm={async () => {
                setError(null)
                try {
                  await onDelete()
                } catch (err) {
                  setError(errorMessage(t, err))
                }
              }}
            >
              {t.deleteComment}
            </ConfirmButton>
          )}
        </div>
      )}
    </li>
  )
}
