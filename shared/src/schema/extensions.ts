import type { AnyExtension } from '@tiptap/core'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { Guidance } from './Guidance.ts'
import { SectionHeading } from './SectionHeading.ts'

/**
 * The one list of Tiptap extensions that defines the document schema. The editor adds only
 * view-level extensions (collaboration, carets, placeholder) on top; the server conversion,
 * templates, checker and exporters all use exactly this list.
 */
export function createExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      // Yjs has its own undo manager; ProseMirror history would fight it.
      undoRedo: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        // Only web and mail links: no javascript: or data: URLs in a council document.
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => /^(https?:|mailto:|#|\/)/i.test(url),
      },
    }),
    SectionHeading.configure({ levels: [1, 2, 3, 4] }),
    TableKit.configure({ table: { resizable: false } }),
    Guidance,
  ]
}
