import { type CheckContext, localizeReport } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { type ReactNode, useMemo } from 'react'
import { useI18n } from '../i18n/useI18n.ts'
import { FindingList } from './FindingList.tsx'
import { NextOpenOpgave } from './NextOpenOpgave.tsx'
import { OpgaveItem } from './OpgaveItem.tsx'
import { useCheckReport } from './useCheckReport.ts'

interface Props {
  editor: Editor
  ruleset: string
  /** What the checker knows beyond the text (adoption tracker, who commented). */
  context?: CheckContext
  /** The rule set's name or the owner's select, shown under the title. */
  rulesetControl?: ReactNode
}

/**
 * The checker tab of the side panel: findings about the whole document, then for each opgave of
 * the rule set its status (in words, not only colour), what is lacking and what was found. The report
 * is Dutch; in the English interface its messages and opgave titles are shown in English.
 */
export function CheckerPanel({ editor, ruleset, context, rulesetControl }: Props) {
  const { t, lang } = useI18n()
  const dutch = useCheckReport(editor, ruleset, context)
  const report = useMemo(() => localizeReport(dutch, lang), [dutch, lang])
  const done = report.opgaven.filter((o) => o.status === 'addressed').length
  const documentFindings = report.findings ?? []

  return (
    <section className="checker" aria-labelledby="checker-title">
      <h2 id="checker-title">{t.checkerTitle}</h2>
      {rulesetControl}
      <p className="checker-summary" aria-live="polite">
        {t.checkerProgress(
          done,
          report.opgaven.length,
          report.opgaven.filter((o) => o.status !== 'addressed').map((o) => o.opgave),
        )}
      </p>
      <NextOpenOpgave editor={editor} opgaven={report.opgaven} />
      <p className="hint">{t.checkerIntro}</p>
      {documentFindings.length > 0 && (
        <div className="document-findings">
          <p id="checker-document-findings" className="findings-label">
            {t.checkerDocumentFindings}
          </p>
          <FindingList editor={editor} findings={documentFindings} labelledBy="checker-document-findings" />
        </div>
      )}
      <ol className="opgaven">
        {report.opgaven.map((o) => (
          <OpgaveItem key={o.opgave} editor={editor} opgave={o} />
        ))}
      </ol>
    </section>
  )
}
