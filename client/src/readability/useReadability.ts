import { analyzeReadability, type ReadabilityReport } from '@regiovisie/shared/readability'
import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'

/** Quiet time after the last change before the text is read again (as the checker). */
const DEBOUNCE_MS = 400

/**
 * The readability report of the editor's document while `active` (its tab is shown): at once when it
 * becomes active, then ~400 ms after the last change, local or remote. While inactive nothing runs,
 * and the last report is kept to show until the fresh one is there.
 */
export function useReadability(editor: Editor, active: boolean): ReadabilityReport | null {
  const [report, setReport] = useState<ReadabilityReport | null>(null)

  useEffect(() => {
    if (!active) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = () => setReport(analyzeReadability(editor.getJSON()))
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
  }, [editor, active])

  return report
}
