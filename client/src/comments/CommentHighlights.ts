import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { RangeAnchor } from './createRangeAnchor.ts'
import { resolveRangeAnchor, type TextRange } from './resolveRangeAnchor.ts'
import { draftPointDecoration, type SuggestionMark, suggestionDecorations } from './suggestionDecorations.ts'

/** What the highlighter needs to know of a thread. */
export interface HighlightThread {
  id: string
  anchor: RangeAnchor
  resolved: boolean
  /** The passage of a thread being written (not posted yet). */
  draft?: boolean
  /** A place rather than a passage: a proposal to insert text there (its empty range is not deleted text). */
  point?: boolean
  /** An open proposal: shown in the text as its range struck through and the proposed text after it. */
  suggestion?: SuggestionMark
}

export interface CommentHighlightsState {
  threads: readonly HighlightThread[]
  /** The thread the user is looking at (clicked in the text or in the sidebar). */
  activeId: string | null
  /** Where each range thread's text is now; a thread missing here is detached. */
  ranges: Readonly<Record<string, TextRange>>
  /** Counts clicks on highlights, so clicking the same thread again still brings it into view. */
  clicks: number
  /** False between receiving threads and computing their ranges: nothing is known to be detached yet. */
  settled: boolean
  decorations: DecorationSet
}

interface Meta {
  threads?: readonly HighlightThread[]
  activeId?: string | null
  click?: true
  ranges?: Record<string, TextRange>
}

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>('commentHighlights')

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentHighlights: {
      /** Replaces the threads whose text ranges are highlighted. */
      setCommentThreads: (threads: readonly HighlightThread[]) => ReturnType
      /** Marks one thread as the one being looked at (null: none). */
      setActiveThread: (id: string | null) => ReturnType
    }
  }
}

function decorate(doc: PMNode, s: Pick<CommentHighlightsState, 'threads' | 'activeId' | 'ranges'>): DecorationSet {
  const decorations: Decoration[] = []
  for (const thread of s.threads) {
    const range = s.ranges[thread.id]
    const active = thread.id === s.activeId
    // Resolved threads stay out of the way unless someone is looking at one.
    if (!range || (thread.resolved && !active)) continue
    if (thread.draft) {
      decorations.push(
        range.to > range.from
          ? Decoration.inline(range.from, range.to, { class: 'comment-highlight-draft' })
          : draftPointDecoration(range.from),
      )
      continue
    }
    if (thread.suggestion) {
      // Already the proposed text (just accepted, before the threads are fetched again): nothing to show.
      if (thread.suggestion.text === '' || doc.textBetween(range.from, range.to) !== thread.suggestion.text) {
        decorations.push(...suggestionDecorations(thread.id, range, thread.suggestion, active))
      }
      continue
    }
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        {
          class: active ? 'comment-highlight comment-highlight-active' : 'comment-highlight',
          'data-thread-id': thread.id,
        },
        { threadId: thread.id },
      ),
    )
  }
  return DecorationSet.create(doc, decorations)
}

function mapRanges(
  ranges: Readonly<Record<string, TextRange>>,
  tr: Transaction,
  threads: readonly HighlightThread[],
): Record<string, TextRange> {
  const points = new Set(threads.filter((t) => t.point).map((t) => t.id))
  const mapped: Record<string, TextRange> = {}
  for (const [id, r] of Object.entries(ranges)) {
    if (points.has(id) && r.from === r.to) {
      // Like the Yjs position it comes from: text typed right there goes after the place.
      const at = tr.mapping.map(r.from, -1)
      mapped[id] = { from: at, to: at }
      continue
    }
    const from = tr.mapping.map(r.from, 1)
    const to = tr.mapping.map(r.to, -1)
    if (to > from) mapped[id] = { from, to }
  }
  return mapped
}

function sameRanges(a: Readonly<Record<string, TextRange>>, b: Readonly<Record<string, TextRange>>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((id) => a[id]?.from === b[id]?.from && a[id]?.to === b[id]?.to)
}

function computeRanges(state: EditorState, threads: readonly HighlightThread[]): Record<string, TextRange> {
  const ranges: Record<string, TextRange> = {}
  for (const thread of threads) {
    const range = resolveRangeAnchor(state, thread.anchor, thread.point)
    if (range) ranges[thread.id] = range
  }
  return ranges
}

/**
 * Highlights the text ranges that comment threads are anchored to, and tells which thread was
 * clicked. Ranges are mapped through local edits at once and recomputed from the Yjs relative
 * positions right after every change, when the Yjs binding has caught up with the document
 * (remote changes replace the whole ProseMirror document, so mapping alone would lose them).
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',

  addCommands() {
    return {
      setCommentThreads:
        (threads) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(commentHighlightsKey, { threads } satisfies Meta).setMeta('addToHistory', false))
          return true
        },
      setActiveThread:
        (id) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(commentHighlightsKey, { activeId: id } satisfies Meta).setMeta('addToHistory', false))
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<CommentHighlightsState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => ({
            threads: [],
            activeId: null,
            ranges: {},
            clicks: 0,
            settled: false,
            decorations: DecorationSet.create(state.doc, []),
          }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined
            if (!meta && !tr.docChanged) return value
            const threads = meta?.threads ?? value.threads
            const next = {
              threads,
              activeId: meta?.activeId !== undefined ? meta.activeId : value.activeId,
              ranges: meta?.ranges ?? (tr.docChanged ? mapRanges(value.ranges, tr, threads) : value.ranges),
            }
            const settled = meta?.ranges ? true : meta?.threads ? false : value.settled
            const clicks = meta?.click ? value.clicks + 1 : value.clicks
            return { ...next, settled, clicks, decorations: decorate(state.doc, next) }
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick(view, pos) {
            // A drag that ends here selected text (to comment on it): that is not a click on a thread.
            if (!(view.root as Document).getSelection?.()?.isCollapsed) return false
            const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos)
            const threadId = found?.[found.length - 1]?.spec.threadId as string | undefined
            if (threadId)
              view.dispatch(
                view.state.tr.setMeta(commentHighlightsKey, { activeId: threadId, click: true } satisfies Meta),
              )
            return false
          },
        },
        view(view: EditorView) {
          let timer: ReturnType<typeof setTimeout> | undefined
          const recompute = () => {
            if (view.isDestroyed) return
            const s = commentHighlightsKey.getState(view.state)
            if (!s) return
            const ranges = computeRanges(view.state, s.threads)
            // Most edits move no anchor that mapping did not already move: skip the transaction.
            if (s.settled && sameRanges(ranges, s.ranges)) return
            view.dispatch(
              view.state.tr.setMeta(commentHighlightsKey, { ranges } satisfies Meta).setMeta('addToHistory', false),
            )
          }
          return {
            update(v, prev) {
              const before = commentHighlightsKey.getState(prev)
              const after = commentHighlightsKey.getState(v.state)
              if (v.state.doc === prev.doc && before?.threads === after?.threads) return
              clearTimeout(timer)
              // After this update cycle: the Yjs binding then knows the new document.
              timer = setTimeout(recompute, 0)
            },
            destroy() {
              clearTimeout(timer)
            },
          }
        },
      }),
    ]
  },
})
