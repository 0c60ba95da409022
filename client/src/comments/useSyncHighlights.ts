import type { Thread } from '@regiovisie/shared/comments'
import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import type { HighlightThread } from './CommentHighlights.ts'

/** Keeps the editor's comment highlights in step with the thread list. */
export function useSyncHighlights(editor: Editor, threads: readonly Thread[]): void {
  useEffect(() => {
    const ranged: HighlightThread[] = []
    for (const thread of threads) {
      const { anchor } = thread
      if (!('opgave' in anchor)) ranged.push({ id: thread.id, anchor, resolved: thread.resolved })
    }
    if (!editor.isDestroyed) editor.commands.setCommentThreads(ranged)
  }, [editor, threads])
}
