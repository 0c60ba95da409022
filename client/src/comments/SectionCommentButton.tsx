import type { Node as PMNode } from '@tiptap/pm/model'
import type { Editor } from '@tiptap/react'
import { Button } from '@utrecht/component-library-react'
import { useI18n } from '../i18n/useI18n.ts'
import type { OpgaveSection } from './useOpgaveSections.ts'

/** The opgave of the section the selection is in (else null): where a section comment most likely belongs. */
function opgaveAt(doc: PMNode, pos: number): number | null {
  const index = doc.resolve(Math.min(pos, doc.content.size)).index(0)
  for (let i = Math.min(index, doc.childCount - 1); i >= 0; i--) {
    const node = doc.child(i)
    if (node.type.name === 'heading' && node.attrs.opgave != null) return Number(node.attrs.opgave)
  }
  return null
}

interface Props {
  editor: Editor
  sections: readonly OpgaveSection[]
  onComment(opgave: number): void
}

/**
 * The one control for reacting on a whole opgave: it opens the new-thread form on the opgave the
 * caret is in (or the first), where the writer can pick another.
 */
export function SectionCommentButton({ editor, sections, onComment }: Props) {
  const { t } = useI18n()
  const first = sections[0]
  if (!first) return null
  return (
    <Button
      appearance="secondary-action-button"
      className="button-small section-comment"
      onClick={() => {
        const here = opgaveAt(editor.state.doc, editor.state.selection.from)
        onComment(sections.some((s) => s.opgave === here) && here !== null ? here : first.opgave)
      }}
    >
      {t.commentOnSection}
    </Button>
  )
}
