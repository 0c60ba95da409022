import type { CheckReport, Evidence, OpgaveStatus } from '@regiovisie/shared/checker'

const LABEL: Record<OpgaveStatus, string> = {
  addressed: 'uitgewerkt',
  partial: 'gedeeltelijk',
  missing: 'ontbreekt',
}
const SHORT: Record<OpgaveStatus, string> = { addressed: '✓', partial: '½', missing: '–' }

function where(e: Evidence): string {
  const parts = [e.document, e.section ? `“${e.section}”` : '', `alinea ${e.paragraph + 1}`].filter(Boolean)
  return parts.join(', ')
}

function quote(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159).trimEnd()}…` : text
}

/** The human-readable report the CLI prints without --json: status, what to add, and the evidence. */
export function formatReport(report: CheckReport): string {
  const lines = [`Toets aan de Norm voor Opdrachtgeverschap (${report.ruleset})`, '']
  for (const f of report.findings ?? []) lines.push(`  ! ${f.message} [${f.code}]`)
  if (report.findings?.length) lines.push('')
  for (const o of report.opgaven) {
    lines.push(`${String(o.opgave).padStart(2)}. ${o.title}: ${LABEL[o.status]}`)
    for (const f of o.findings) {
      lines.push(`      ${f.severity === 'info' ? '+' : '-'} ${f.message} [${f.code}]`)
      for (const e of f.evidence ?? []) lines.push(`          „${quote(e.quote)}” (${where(e)})`)
    }
  }
  if (report.documents) {
    lines.push('', 'Per document:')
    for (const d of report.documents)
      lines.push(`  ${d.name}: ${d.opgaven.map((o) => `${o.opgave}${SHORT[o.status]}`).join(' ')}`)
  }
  const done = report.opgaven.filter((o) => o.status === 'addressed').length
  lines.push('', `${done} van ${report.opgaven.length} opgaven uitgewerkt.`, '')
  return lines.join('\n')
}
