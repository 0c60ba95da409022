import type { CheckReport, OpgaveStatus } from '@regiovisie/shared/checker'

const LABEL: Record<OpgaveStatus, string> = {
  addressed: 'uitgewerkt',
  partial: 'gedeeltelijk',
  missing: 'ontbreekt',
}

/** The human-readable report the CLI prints without --json. */
export function formatReport(report: CheckReport): string {
  const lines = [`Toets aan de Norm voor Opdrachtgeverschap (${report.ruleset})`, '']
  for (const o of report.opgaven) {
    lines.push(`${String(o.opgave).padStart(2)}. ${o.title}: ${LABEL[o.status]}`)
    for (const f of o.findings) lines.push(`      - ${f.message} [${f.code}]`)
  }
  for (const f of report.findings ?? []) lines.push(`  ! ${f.message} [${f.code}]`)
  const done = report.opgaven.filter((o) => o.status === 'addressed').length
  lines.push('', `${done} van ${report.opgaven.length} opgaven uitgewerkt.`, '')
  return lines.join('\n')
}
