import type { ParticipationReport } from '@regiovisie/shared/comments'
import { useEffect, useRef, useState } from 'react'
import { request } from '../api.ts'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'

/**
 * The participation report of a document, fetched while `visible` and again whenever `version`
 * changes (pass the thread list: it changes when anyone comments) or the rule set does (its opgaven
 * are the report's sections).
 */
export function useParticipation(
  documentId: string,
  token: string,
  visible: boolean,
  version: unknown,
  ruleset?: string,
): { report: ParticipationReport | null; error: string | null } {
  const { t } = useI18n()
  const tRef = useRef(t)
  tRef.current = t
  const [report, setReport] = useState<ParticipationReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` and `ruleset` are triggers, not inputs.
  useEffect(() => {
    if (!visible) return
    let cancelled = false
    request<ParticipationReport>('GET', `/api/documents/${encodeURIComponent(documentId)}/participation`, {
      token,
    }).then(
      (r) => {
        if (cancelled) return
        setReport(r)
        setError(null)
      },
      (err: unknown) => !cancelled && setError(errorMessage(tRef.current, err)),
    )
    return () => {
      cancelled = true
    }
  }, [documentId, token, visible, version, ruleset])

  return { report, error }
}
