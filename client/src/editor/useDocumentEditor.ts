import { createExtensions, FRAGMENT_NAME } from '@regiovisie/shared/schema'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { type Editor, useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import type { AwarenessUser, Collaboration as CollabSession } from '../collab/createCollaboration.ts'
import { CommentHighlights } from '../comments/CommentHighlights.ts'
import { renderCaret } from './renderCaret.ts'
import { TemplateGuard } from './TemplateGuard.ts'
import { TextUndo } from './TextUndo.ts'

interface Options {
  collab: CollabSession
  user: AwarenessUser
  editable: boolean
  label: string
}

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(!editable),
    // A read-only editor is not contenteditable; keep it reachable for keyboard users.
    tabindex: '0',
  }
}

/**
 * The Tiptap editor bound to the shared Y.Doc. It never receives `content`: the server seeds
 * the template once, and a client that inserted it too would double every section.
 */
export function useDocumentEditor({ collab, user, editable, label }: Options): Editor {
  const editor = useEditor(
    {
      extensions: [
        ...createExtensions(),
        Collaboration.configure({ document: collab.ydoc, field: FRAGMENT_NAME }),
        CollaborationCaret.configure({ provider: collab.provider, user, render: renderCaret }),
        CommentHighlights,
        TemplateGuard,
        TextUndo,
      ],
      editable,
      editorProps: { attributes: editorAttributes(label, editable) },
    },
    [collab],
  )

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable)
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, editable) } })
  }, [editor, editable, label])

  return editor
}
