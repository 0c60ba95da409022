import type { Thread } from '@regiovisie/shared/comments'
import type { Editor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { opgaveTitle } from '../i18n/opgaveTitle.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { DEFAULT_FILTER, matchesFilter, type ThreadFilter } from './filterThreads.ts'
import { NewThreadForm } from './NewThreadForm.tsx'
import { revealThread } from './revealThread.ts'
import { SectionThreads } from './SectionThreads.tsx'
import type { ThreadDraft } from './ThreadDraft.ts'
import { ThreadFilters } from './ThreadFilters.tsx'
import type { ThreadPermissions } from './threadPermissions.ts'
import type { CommentActions } from './useCommentActions.ts'
import { useHighlightState } from './useHighlightState.ts'
import { useOpgaveSections } from './useOpgaveSections.ts'
import type { ThreadsState } from './useThreads.ts'

interface Props {
  editor: Editor
  threads: ThreadsState
  permissions: ThreadPermissions
  actions: CommentActions
  draft: ThreadDraft | null
  onDraft(draft: ThreadDraft | null): void
}

/**
 * The comments sidebar: a new thread being written, filters, and the threads grouped under
 * their opgave (with "comment on this opgave" per section), then the other chapters.
 */
export function CommentsPanel({ editor, threads, permissions, actions, draft, onDraft }: Props) {
  const { t } = useI18n()
  const sections = useOpgaveSections(editor)
  const highlight = useHighlightState(editor)
  const [filter, setFilter] = useState<ThreadFilter>(DEFAULT_FILTER)
  const list = threads.threads
  const open = list.filter((th) => !th.resolved).length

  // A thread clicked in the text is shown even when the filters would hide it; one hidden
  // otherwise (resolved by someone, filtered away) stops being the active one.
  const active = list.find((th) => th.id === highlight.activeId)
  const seenClicks = useRef(highlight.clicks)
  useEffect(() => {
    const clicked = highlight.clicks !== seenClicks.current
    seenClicks.current = highlight.clicks
    if (!active || matchesFilter(active, filter)) return
    if (clicked) setFilter({ ...DEFAULT_FILTER, status: active.resolved ? 'resolved' : 'open' })
    else editor.commands.setActiveThread(null)
  }, [active, filter, highlight.clicks, editor])

  const visible = list.filter((th) => matchesFilter(th, filter))
  const groups: Array<{ opgave: number | null; title: string }> = [
    ...sections.map((s) => ({ opgave: s.opgave, title: opgaveTitle(t, s.opgave, s.title) })),
  ]
  // Threads of an opgave whose heading is gone still need a place.
  for (const th of visible) {
    if (th.opgave !== null && !groups.some((g) => g.opgave === th.opgave)) {
      groups.push({ opgave: th.opgave, title: t.checkerOpgave(th.opgave) })
    }
  }
  groups.push({ opgave: null, title: t.otherSections })
  const shown = groups.filter(
    (g) => filter.opgave === 'all' || (filter.opgave === 'other' ? g.opgave === null : g.opgave === filter.opgave),
  )

  // After posting, focus goes to the new thread once it is listed (the form it came from is gone).
  const panel = useRef<HTMLElement>(null)
  const [focusThread, setFocusThread] = useState<string | null>(null)
  useEffect(() => {
    if (!focusThread) return
    const button = panel.current?.querySelector<HTMLElement>(
      `[data-thread-id="${CSS.escape(focusThread)}"] .thread-reveal`,
    )
    if (!button) return
    button.focus()
    setFocusThread(null)
  })

  const detached = (th: Thread) =>
    th.detached || (!('opgave' in th.anchor) && highlight.settled && highlight.quotes[th.id] === undefined)

  return (
    <section ref={panel} className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">{t.commentsTitle}</h2>
      <p className="comments-count" aria-live="polite">
        {threads.loaded ? t.commentsCount(open, list.length) : t.loading}
      </p>
      <p className="hint">{permissions.create ? t.commentsHint : t.commentsReadOnly}</p>
      {draft && (
        <NewThreadForm
          key={draft.key}
          draft={draft}
          actions={actions}
          onCreated={(thread) => {
            onDraft(null)
            setFilter((f) => ({ ...f, status: f.status === 'resolved' ? 'open' : f.status }))
            editor.commands.setActiveThread(thread.id)
            setFocusThread(thread.id)
          }}
          onCancel={() => onDraft(null)}
        />
      )}
      <ThreadFilters filter={filter} sections={sections} onChange={setFilter} />
      {threads.error && <Notice kind="error">{threads.error}</Notice>}
      {threads.loaded && list.length === 0 && <p className="muted">{t.commentsEmpty}</p>}
      {threads.loaded && list.length > 0 && visible.length === 0 && <p className="muted">{t.commentsFilteredEmpty}</p>}
      {shown.map((g) => (
        <SectionThreads
          key={g.opgave ?? 'other'}
          opgave={g.opgave}
          title={g.title}
          threads={visible.filter((th) => th.opgave === g.opgave)}
          canComment={permissions.create}
          onCommentOnSection={(opgave, title) => onDraft({ key: 0, anchor: { opgave }, quote: null, section: title })}
          renderThread={(th) => ({
            liveQuote: highlight.quotes[th.id] ?? null,
            detached: detached(th),
            active: th.id === highlight.activeId,
          })}
          permissions={permissions}
          actions={actions}
          onReveal={(th) => revealThread(editor, th)}
        />
      ))}
    </section>
  )
}
