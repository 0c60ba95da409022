import type { OpgaveStatus } from '@regiovisie/shared/checker'
import type { Editor } from '@tiptap/react'
import { useI18n } from '../i18n/useI18n.ts'
import { focusOpgave } from './focusOpgave.ts'
import { useCheckReport } from './useCheckReport.ts'

/** The checker tab of the side panel: for each opgave its status (in words, not only colour) and what to add. */
export function CheckerPanel({ editor, ruleset }: { editor: Editor; ruleset: string }) {
  const { t } = useI18n()
  const report = useCheckReport(editor, ruleset)
  const done = report.opgaven.filter((o) => o.status === 'addressed').length
  const statusLabel: Record<OpgaveStatus, string> = {
    addressed: t.statusAddressed,
    partial: t.statusPartial,
    missing: t.statusMissing,
  }

  return (
    <section className="checker" aria-labelledby="checker-title">
      <h2 id="checker-title">{t.checkerTitle}</h2>
      <p className="checker-summary" aria-live="polite">
        {t.checkerSummary(done, report.opgaven.length)}
      </p>
      <p className="hint">{t.checkerIntro}</p>
      <ol className="opgaven">
        {report.opgaven.map((o) => (
          <li key={o.opgave} className={`opgave opgave-${o.status}`} data-opgave={o.opgave} data-status={o.status}>
            <button
              type="button"
              className="opgave-button"
              title={t.checkerGoTo(o.opgave, o.title)}
              onClick={() => focusOpgave(editor, o.opgave)}
            >
              <span className="opgave-number">{t.checkerOpgave(o.opgave)}</span>
              <span className="opgave-title" lang="nl">
                {o.title}
              </span>
              <span className={`badge badge-${o.status}`}>{statusLabel[o.status]}</span>
            </button>
            {o.findings.length > 0 && (
              <ul className="findings" lang="nl">
                {o.findings.map((f) => (
                  <li key={f.code}>{f.message}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
