import type { LocalizedOpgave } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { Button } from '@utrecht/component-library-react'
import { useI18n } from '../i18n/useI18n.ts'
import { focusOpgave } from './focusOpgave.ts'

/** The opgave whose section holds the caret: the last opgave heading before it, or null. */
export function opgaveAtCaret(editor: Editor): number | null {
  const { doc, selection } = editor.state
  let current: number | null = null
  let pos = 0
  for (let i = 0; i < doc.childCount && pos <= selection.from; i++) {
    const node = doc.child(i)
    if (node.type.name === 'heading') current = node.attrs.opgave == null ? null : Number(node.attrs.opgave)
    pos += node.nodeSize
  }
  return current
}

/** The first open opgave after `current` (in the report's order), wrapping round; null when all are done. */
export function nextOpen(opgaven: LocalizedOpgave[], current: number | null): number | null {
  const open = opgaven.filter((o) => o.status !== 'addressed').map((o) => o.opgave)
  if (open.length === 0) return null
  const index = current === null ? -1 : opgaven.findIndex((o) => o.opgave === current)
  const after = opgaven.slice(index + 1).find((o) => o.status !== 'addressed')
  return after?.opgave ?? open[0] ?? null
}

/** "Volgende open opgave": puts the caret in the next opgave that is not worked out yet. */
export function NextOpenOpgave({ editor, opgaven }: { editor: Editor; opgaven: LocalizedOpgave[] }) {
  const { t } = useI18n()
  if (!opgaven.some((o) => o.status !== 'addressed')) return null
  return (
    <Button
      appearance="secondary-action-button"
      className="next-open-opgave"
      onClick={() => {
        const next = nextOpen(opgaven, opgaveAtCaret(editor))
        if (next !== null) focusOpgave(editor, next)
      }}
    >
      {t.checkerNextOpen}
    </Button>
  )
}
