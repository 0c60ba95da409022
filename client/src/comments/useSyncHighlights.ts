import type { Thread } from '@regiovisie/shared/comments'
import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import type { HighlightThread } from './CommentHighlights.ts'
import type { ThreadDraft } from './ThreadDraft.ts'

/** Keeps the editor's comment highlights in step with the thread list and the thread being written. */
export function useSyncHighlights(editor: Editor, threads: readonly Thread[], draft: ThreadDraft | null): void {
  useEffect(() => {
    const ranged: HighlightThread[] = []
    for (const thread of threads) {
      const { anchor } = thread
      if (!('opgave' in anchor)) ranged.push({ id: thread.id, anchor, resolved: thread.resolved })
    }
    if (draft && !('opgave' in draft.anchor)) {
      ranged.push({ id: `draft:${draft.key}`, anchor: draft.anchor, resolved: false, draft: true })
    }
    if (!editor.isDestroyed) editor.commands.setCommentThreads(ranged)
  }, [editor, threads, draft])
}
