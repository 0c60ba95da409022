import { type Editor, useEditorState } from '@tiptap/react'
import { Button, ButtonGroup } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/useI18n.ts'

interface ButtonProps {
  label: string
  pressed?: boolean
  disabled?: boolean
  onClick(): void
  children: ReactNode
}

/** An NL Design System subtle button; a toggle (`pressed` given) says so with aria-pressed and the pressed look. */
function ToolButton({ label, pressed, disabled, onClick, children }: ButtonProps) {
  return (
    <Button
      appearance="subtle-button"
      className="tool"
      aria-label={label}
      title={label}
      pressed={pressed}
      disabled={disabled}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </Button>
  )
}

function ToolGroup({ children }: { children: ReactNode }) {
  return <ButtonGroup className="tool-group">{children}</ButtonGroup>
}

/**
 * Formatting buttons for editors, in one row (a phone scrolls it sideways within itself). The row
 * and column buttons are shown only while the caret is in a table. Tiptap's own keyboard shortcuts
 * (Ctrl+B, Ctrl+I, …) work too.
 */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      paragraph: e.isActive('paragraph'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
    }),
  })
  const chain = () => editor.chain().focus()

  function editLink() {
    const previous = String(editor.getAttributes('link').href ?? '')
    const href = window.prompt(t.tbLinkPrompt, previous)
    if (href === null) return
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run()
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run()
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbarLabel}>
      <ToolGroup>
        <ToolButton label={t.tbParagraph} pressed={s.paragraph} onClick={() => chain().setParagraph().run()}>
          ¶
        </ToolButton>
        <ToolButton label={t.tbHeading2} pressed={s.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label={t.tbHeading3} pressed={s.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton label={t.tbBold} pressed={s.bold} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t.tbItalic} pressed={s.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t.tbLink} pressed={s.link} onClick={editLink}>
          {t.tbLinkShort}
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton label={t.tbBulletList} pressed={s.bulletList} onClick={() => chain().toggleBulletList().run()}>
          {t.tbBulletListShort}
        </ToolButton>
        <ToolButton label={t.tbOrderedList} pressed={s.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          {t.tbOrderedListShort}
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton
          label={t.tbInsertTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          {t.tbInsertTableShort}
        </ToolButton>
        {s.inTable && (
          <>
            <ToolButton label={t.tbAddRow} onClick={() => chain().addRowAfter().run()}>
              {t.tbAddRowShort}
            </ToolButton>
            <ToolButton label={t.tbDeleteRow} onClick={() => chain().deleteRow().run()}>
              {t.tbDeleteRowShort}
            </ToolButton>
            <ToolButton label={t.tbAddColumn} onClick={() => chain().addColumnAfter().run()}>
              {t.tbAddColumnShort}
            </ToolButton>
            <ToolButton label={t.tbDeleteColumn} onClick={() => chain().deleteColumn().run()}>
              {t.tbDeleteColumnShort}
            </ToolButton>
          </>
        )}
      </ToolGroup>
    </div>
  )
}
