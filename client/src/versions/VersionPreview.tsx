import type { JSONContent } from '@regiovisie/shared/schema'
import { createExtensions } from '@regiovisie/shared/schema'
import { EditorContent, useEditor } from '@tiptap/react'

/**
 * A saved version's text, read-only, in the document's own schema. Not bound to the Y.Doc:
 * this editor gets the version's content and never writes anywhere. Key it by version id.
 */
export function VersionPreview({ content, label }: { content: JSONContent; label: string }) {
  const editor = useEditor({
    extensions: createExtensions(),
    content,
    editable: false,
    editorProps: { attributes: { role: 'document', 'aria-label': label } },
  })
  return <EditorContent editor={editor} className="editor version-text" />
}
