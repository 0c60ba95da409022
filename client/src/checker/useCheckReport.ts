import { type CheckReport, checkDocument } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'

/** Quiet time after the last change before the checker runs again. */
const DEBOUNCE_MS = 400

/**
 * The checker's report of the editor's document, recomputed ~400 ms after the last change,
 * local or remote (remote Yjs updates reach the editor as transactions too).
 */
export function useCheckReport(editor: Editor, ruleset: string): CheckReport {
  const [report, setReport] = useState(() => checkDocument(editor.getJSON(), { ruleset }))

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = () => setReport(checkDocument(editor.getJSON(), { ruleset }))
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(run, DEBOUNCE_MS)
    }
    run()
    editor.on('update', schedule)
    return () => {
      clearTimeout(timer)
      editor.off('update', schedule)
    }
  }, [editor, ruleset])

  return report
}
