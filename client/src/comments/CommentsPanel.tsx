import type { Thread } from '@regiovisie/shared/comments'
import type { Editor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { Notice } from '../components/Notice.tsx'
import { opgaveTitle } from '../i18n/opgaveTitle.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { DEFAULT_FILTER, matchesFilter, type ThreadFilter } from './filterThreads.ts'
import { type MarginItem, MarginThreads } from './MarginThreads.tsx'
import { NewThreadForm } from './NewThreadForm.tsx'
import { revealThread } from './revealThread.ts'
import { SectionCommentButton } from './SectionCommentButton.tsx'
import { SectionThreads } from './SectionThreads.tsx'
import { ThreadCard } from './ThreadCard.tsx'
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
  /**
   * 'margin': beside the text on a wide screen, each thread level with its passage (a thread
   * being written on selected text, too); 'list': in the side panel, grouped under their opgave.
   */
  layout: 'margin' | 'list'
  /**
   * In the margin layout: the part of the editor's sticky bar above the margin, where the count,
   * the control to react on an opgave, the filters and that form go (see DocumentWorkspace).
   */
  bar?: HTMLElement | null
}

/**
 * The comments: a count, one control to react on a whole opgave, filters, a thread being
 * written, and the threads, either in the margin beside their text or listed per opgave.
 */
export function CommentsPanel({ editor, threads, permissions, actions, draft, onDraft, layout, bar }: Props) {
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
  const renderThread = (th: Thread) => ({
    liveQuote: highlight.quotes[th.id] ?? null,
    detached: detached(th),
    active: th.id === highlight.activeId,
  })

  const form = draft && (
    <NewThreadForm
      key={draft.key}
      draft={draft}
      sections={sections}
      actions={actions}
      onCreated={(thread) => {
        onDraft(null)
        setFilter((f) => ({ ...f, status: f.status === 'resolved' ? 'open' : f.status }))
        editor.commands.setActiveThread(thread.id)
        setFocusThread(thread.id)
      }}
      onCancel={() => onDraft(null)}
    />
  )
  // In the margin a thread on selected text is written beside that text; one on an opgave at the top.
  const formBeside = layout === 'margin' && draft !== null && !('opgave' in draft.anchor)
  const count = (
    <p className="comments-count" aria-live="polite">
      {threads.loaded ? t.commentsCount(open, list.length) : t.loading}
    </p>
  )
  const sectionButton = permissions.create && (
    <SectionCommentButton
      editor={editor}
      sections={sections}
      onComment={(opgave) => onDraft({ key: 0, anchor: { opgave }, quote: null, section: null })}
    />
  )
  const notices = (
    <>
      {threads.error && <Notice kind="error">{threads.error}</Notice>}
      {threads.loaded && list.length === 0 && <p className="muted">{t.commentsEmpty}</p>}
      {threads.loaded && list.length > 0 && visible.length === 0 && <p className="muted">{t.commentsFilteredEmpty}</p>}
    </>
  )

  if (layout === 'margin') {
    const placed: MarginItem[] = visible.map((th) => ({
      key: th.id,
      anchor:
        !('opgave' in th.anchor) && !detached(th)
          ? `range:${th.id}`
          : th.opgave !== null
            ? `opgave:${th.opgave}`
            : `section:${th.section ?? ''}`,
      active: th.id === highlight.activeId,
      content: (
        <ThreadCard
          thread={th}
          {...renderThread(th)}
          permissions={permissions}
          actions={actions}
          onReveal={(x) => revealThread(editor, x)}
        />
      ),
    }))
    if (formBeside && draft)
      placed.push({ key: 'draft', anchor: `range:draft:${draft.key}`, active: true, content: form })
    const head = (
      <div className="comments-margin-bar">
        {/* Beside the cards a heading would only repeat what they are: it is there for screen readers. */}
        <h2 id="comments-title" className="visually-hidden">
          {t.commentsTitle}
        </h2>
        {sectionButton}
        <details className="comments-margin-filters">
          <summary>{t.commentsFilterToggle}</summary>
          <ThreadFilters filter={filter} sections={sections} onChange={setFilter} />
        </details>
        <div className="comments-margin-count">
          {threads.loaded && (
            <span aria-hidden="true" title={t.commentsCount(open, list.length)}>
              {t.commentsOpen(open)}
            </span>
          )}
          <div className="visually-hidden">{count}</div>
        </div>
        {/* A thread on a whole opgave is written right under the bar, over the margin, not beside a passage. */}
        {!formBeside && form && <div className="comments-margin-form">{form}</div>}
      </div>
    )
    return (
      <section ref={panel} className="comments-panel comments-margin" aria-labelledby="comments-title">
        {bar ? createPortal(head, bar) : head}
        {notices}
        <MarginThreads editor={editor} items={placed} />
      </section>
    )
  }

  return (
    <section ref={panel} className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">{t.commentsTitle}</h2>
      {count}
      <p className="hint">{permissions.create ? t.commentsHint : t.commentsReadOnly}</p>
      {sectionButton}
      {form}
      <ThreadFilters filter={filter} sections={sections} onChange={setFilter} />
      {notices}
      {shown.map((g) => (
        <SectionThreads
          key={g.opgave ?? 'other'}
          opgave={g.opgave}
          title={g.title}
          threads={visible.filter((th) => th.opgave === g.opgave)}
          renderThread={renderThread}
          permissions={permissions}
          actions={actions}
          onReveal={(th) => revealThread(editor, th)}
        />
      ))}
    </section>
  )
}
