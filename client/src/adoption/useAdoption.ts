import type { AdoptionReport } from '@regiovisie/shared/adoption'
import { useCallback, useRef, useState } from 'react'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { adoptionApi } from './adoptionApi.ts'

/** The adoption report, loaded on demand: call `reload` when the view opens and after a change. */
export function useAdoption(documentId: string, token: string) {
  const { t } = useI18n()
  const tRef = useRef(t)
  tRef.current = t
  const [report, setReport] = useState<AdoptionReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setReport(await adoptionApi.report(documentId, token))
      setError(null)
    } catch (err) {
      setError(errorMessage(tRef.current, err))
    }
  }, [documentId, token])

  return { report, error, reload }
}
