import type { ReadabilityLevel } from '@regiovisie/shared/readability'
import { StatusBadge } from '@utrecht/component-library-react'
import { useI18n } from '../i18n/useI18n.ts'

/** The NL Design System status of each level: calm, never an error colour (it advises, it never blocks). */
const STATUS: Record<ReadabilityLevel, string> = { good: 'valid', attention: 'warning', hard: 'warning' }

/** "Goed leesbaar", "Let op" or "Moeilijk", in words and colour. */
export function ReadabilityBadge({ level }: { level: ReadabilityLevel }) {
  const { t } = useI18n()
  const label: Record<ReadabilityLevel, string> = {
    good: t.readabilityGood,
    attention: t.readabilityAttention,
    hard: t.readabilityHard,
  }
  return (
    <StatusBadge className={`readability-badge readability-badge-${level}`} status={STATUS[level]}>
      {label[level]}
    </StatusBadge>
  )
}
