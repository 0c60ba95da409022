import { type CheckContext, type CheckReport, checkDocument } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'

/** Quiet time after the last change before the checker runs again. */
const DEBOUNCE_MS = 400

/**
 * The checker's report of the editor's document, recomputed ~400 ms after the last change,
 * local or remote (remote Yjs updates reach the editor as transactions too), and at once when the
 * rule set or the context (adoption tracker, who commented) changes. An unchanged report keeps its identity, so a pause that changed nothing the
 * checker sees does not re-render the panel.
 */
export function useCheckReport(editor: Editor, ruleset: string, context?: CheckContext): CheckReport {
  const [report, setReport] = useState(() => checkDocument(editor.getJSON(), { ruleset, context }))

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let last = ''
    const run = () => {
      const next = checkDocument(editor.getJSON(), { ruleset, context })
      const key = JSON.stringify(next)
      if (key === last) return
      last = key
      setReport(next)
    }
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
  }, [editor, ruleset, context])

  return report
}
