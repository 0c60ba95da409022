import type { LocalizedFinding } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { FindingItem } from './FindingItem.tsx'

/**
 * A list of findings, keyed by code (so an expanded finding stays expanded across re-checks);
 * a code that occurs twice gets a suffix.
 */
export function FindingList({
  editor,
  findings,
  labelledBy,
}: {
  editor: Editor
  findings: readonly LocalizedFinding[]
  labelledBy?: string
}) {
  const seen = new Map<string, number>()
  return (
    <ul className="finding-list" aria-labelledby={labelledBy}>
      {findings.map((finding) => {
        const n = seen.get(finding.code) ?? 0
        seen.set(finding.code, n + 1)
        return <FindingItem key={n ? `${finding.code}#${n}` : finding.code} editor={editor} finding={finding} />
      })}
    </ul>
  )
}
