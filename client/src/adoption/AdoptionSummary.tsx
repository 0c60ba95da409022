import type { AdoptionReport } from '@regiovisie/shared/adoption'
import { formatDate } from '../i18n/formatDate.ts'
import { useI18n } from '../i18n/useI18n.ts'

/** The roll-up the region reports: "Vastgesteld door X van N raden", the last adoption, and who has not adopted yet. */
export function AdoptionSummary({ report }: { report: AdoptionReport }) {
  const { t, lang } = useI18n()
  return (
    <div className="adoption-summary">
      <p className="adoption-rollup" aria-live="polite">
        {t.adoptionRollup(report.adopted, report.total)}
      </p>
      {report.completedAt ? (
        <p>{t.adoptionCompleted(formatDate(lang, report.completedAt))}</p>
      ) : report.lastAdoptedAt ? (
        <p>{t.adoptionLast(formatDate(lang, report.lastAdoptedAt))}</p>
      ) : null}
      {report.pending.length > 0 && (
        <p className="adoption-pending-list">
          {t.adoptionPendingList} {report.pending.join(', ')}
        </p>
      )}
      <p className="hint">{t.adoptionCountsHint}</p>
    </div>
  )
}
