import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'

/**
 * The title as the writers typed it in the document's title block (its first heading), following
 * every change; `stored` (the title given when the document was created) while there is none.
 */
export function useTitleBlock(editor: Editor, stored: string): string {
  const read = () => {
    const first = editor.state.doc.firstChild
    const text = first?.type.name === 'heading' ? first.textContent.trim() : ''
    return text || stored
  }
  const [title, setTitle] = useState(read)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` only reads the editor and `stored`.
  useEffect(() => {
    const update = () => setTitle(read())
    update()
    editor.on('update', update)
    return () => {
      editor.off('update', update)
    }
  }, [editor, stored])
  return title
}
