import type { Thread } from '@regiovisie/shared/comments'
import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import { userColor } from '../collab/userColor.ts'
import type { HighlightThread } from './CommentHighlights.ts'
import type { ThreadDraft } from './ThreadDraft.ts'

/**
 * Keeps the editor's comment highlights in step with the thread list and the thread being written;
 * open proposals are shown in the text as what they would change, in the proposer's colour.
 */
export function useSyncHighlights(editor: Editor, threads: readonly Thread[], draft: ThreadDraft | null): void {
  useEffect(() => {
    const ranged: HighlightThread[] = []
    for (const thread of threads) {
      const { anchor, suggestion } = thread
      if ('opgave' in anchor) continue
      ranged.push({
        id: thread.id,
        anchor,
        resolved: thread.resolved,
        point: suggestion !== undefined && suggestion.original === '',
        ...(suggestion?.status === 'open'
          ? { suggestion: { text: suggestion.text, color: userColor(thread.createdBy) } }
          : {}),
      })
    }
    if (draft && !('opgave' in draft.anchor)) {
      ranged.push({
        id: `draft:${draft.key}`,
        anchor: draft.anchor,
        resolved: false,
        draft: true,
        point: draft.suggestion === true && draft.quote === '',
      })
    }
    if (!editor.isDestroyed) editor.commands.setCommentThreads(ranged)
  }, [editor, threads, draft])
}
