import type { Evidence, LocalizedFinding } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { useId, useState } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { evidenceRange } from './evidenceRange.ts'
import { selectInEditor } from './selectInEditor.ts'

/**
 * One finding: its message in the interface's language (Dutch when it has no English yet) (a button that selects the first piece of evidence, when there
 * is one) and, behind a disclosure button, every quoted sentence with its section, each selecting
 * its text in the editor.
 */
export function FindingItem({ editor, finding }: { editor: Editor; finding: LocalizedFinding }) {
  const { t } = useI18n()
  const listId = useId()
  const [open, setOpen] = useState(false)
  const evidence = finding.evidence ?? []
  const first = evidence[0]

  function show(item: Evidence) {
    const range = evidenceRange(editor.state.doc, item)
    if (range) selectInEditor(editor, range)
  }

  return (
    <li className={`finding finding-${finding.severity ?? 'warning'}`} data-code={finding.code}>
      {first ? (
        <button
          type="button"
          className="finding-message"
          lang={finding.lang}
          title={t.findingShow}
          onClick={() => show(first)}
        >
          {finding.message}
        </button>
      ) : (
        <span className="finding-message" lang={finding.lang}>
          {finding.message}
        </span>
      )}
      {evidence.length > 0 && (
        <button
          type="button"
          className="button-quiet button-small evidence-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open ? t.evidenceHide : t.evidenceShow(evidence.length)}
        </button>
      )}
      <ul id={listId} className="evidence" hidden={!open}>
        {open &&
          evidence.map((item) => (
            <li key={`${item.from ?? ''}-${item.paragraph}-${item.quote}`}>
              <button type="button" className="evidence-quote" title={t.findingShow} onClick={() => show(item)}>
                <q lang="nl">{item.quote}</q>
              </button>
              <span className="evidence-section">
                {t.evidenceSection(item.section)}
                {item.document && ` · ${item.document}`}
              </span>
            </li>
          ))}
      </ul>
    </li>
  )
}
