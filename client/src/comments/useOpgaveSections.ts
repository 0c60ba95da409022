import { type Editor, useEditorState } from '@tiptap/react'

export interface OpgaveSection {
  opgave: number
  title: string
}

/** The opgave sections of the document as the editor has it now: headings with an `opgave` attribute, in order. */
export function useOpgaveSections(editor: Editor): OpgaveSection[] {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const sections: OpgaveSection[] = []
      e.state.doc.forEach((node) => {
        if (node.type.name === 'heading' && node.attrs.opgave != null) {
          sections.push({ opgave: Number(node.attrs.opgave), title: node.textContent })
        }
      })
      return sections
    },
  })
}
