import { can, type Role } from '@regiovisie/shared/roles'
import type { Editor } from '@tiptap/react'
import { StatusBadge } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { STRUCTURE_KEPT_EVENT } from './TemplateGuard.ts'

/** What someone may do with the text: write, only comment, or only read. */
export type Access = 'write' | 'comment' | 'read'

export function accessOf(role: Role, closed: boolean): Access {
  if (closed) return 'read'
  if (can(role, 'document.edit')) return 'write'
  return can(role, 'comment.create') ? 'comment' : 'read'
}

/** The badge beside the title: "Alleen lezen" or "Alleen reageren"; nothing for writers. */
export function AccessBadge({ access }: { access: Access }) {
  const { t } = useI18n()
  if (access === 'write') return null
  return (
    <StatusBadge className={`access-badge access-${access}`} status="neutral" data-access={access}>
      {access === 'read' ? t.badgeReadOnly : t.badgeCommentOnly}
    </StatusBadge>
  )
}

/** Above the text of someone who cannot write: what they can do instead. */
export function AccessNotice({ access }: { access: Access }) {
  const { t } = useI18n()
  if (access === 'write') return null
  return (
    <p className={`read-only-notice access-notice-${access}`}>
      {access === 'comment' ? t.commenterNotice : t.viewerNotice}
    </p>
  )
}

const HINT_MS = 4000

/** Keys that would change the text: a character, Enter, Backspace, Delete (not shortcuts or navigation). */
function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  return event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete'
}

/**
 * One hint at a time, near the bottom of the window: typing in a read-only editor says why
 * nothing happens (and, for commenters, what they can do), and an edit that the template guard
 * kept from removing a heading or guidance says so. Repeated keys keep the same hint, so a
 * screen reader hears it once.
 */
export function EditorHints({ editor, access }: { editor: Editor; access: Access }) {
  const { t } = useI18n()
  const [hint, setHint] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    const show = (text: string) => {
      setHint(text)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setHint(null), HINT_MS)
    }
    // Listened for on the document and matched at event time: the view mounts after this effect may run.
    const inEditor = (event: Event) => event.target instanceof Node && editor.view.dom.contains(event.target)
    const readOnlyText = access === 'comment' ? t.typingCommenterHint : t.typingViewerHint
    const onKeyDown = (event: KeyboardEvent) => {
      if (inEditor(event) && !editor.isEditable && isTyping(event)) show(readOnlyText)
    }
    const onInput = (event: Event) => {
      if (inEditor(event) && !editor.isEditable) show(readOnlyText)
    }
    const onKept = (event: Event) => {
      if (inEditor(event)) show(t.structureKept)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('paste', onInput)
    document.addEventListener('drop', onInput)
    document.addEventListener(STRUCTURE_KEPT_EVENT, onKept)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('paste', onInput)
      document.removeEventListener('drop', onInput)
      document.removeEventListener(STRUCTURE_KEPT_EVENT, onKept)
    }
  }, [editor, access, t])

  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <div className="editor-hint-region" role="status" aria-live="polite">
      {hint && <p className="editor-hint">{hint}</p>}
    </div>
  )
}
