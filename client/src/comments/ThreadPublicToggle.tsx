import type { Thread } from '@regiovisie/shared/comments'
import { Checkbox, FormLabel } from '@utrecht/component-library-react'
import { useId, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'

interface Props {
  thread: Thread
  permissions: ThreadPermissions
  actions: CommentActions
}

/**
 * Whether the export's reactieverslag may quote this thread: a checkbox for the owner, a badge for
 * the others once it is public. Off by default: nobody's words go public unless the owner chose so.
 */
export function ThreadPublicToggle({ thread, permissions, actions }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!permissions.publish) {
    return thread.public ? <span className="badge badge-public">{t.threadPublicBadge}</span> : null
  }

  async function toggle(next: boolean) {
    setBusy(true)
    setError(null)
    try {
      await actions.setPublic(thread.id, next)
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="thread-public">
      <Checkbox
        appearance="custom"
        id={id}
        checked={thread.public}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => toggle(e.target.checked)}
      />
      <FormLabel htmlFor={id}>{t.threadPublic}</FormLabel>
      <span id={`${id}-hint`} className="visually-hidden">
        {t.threadPublicHint}
      </span>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  )
}
