import type { Version } from '@regiovisie/shared/versions'
import { useCallback, useRef, useState } from 'react'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { versionsApi } from './versionsApi.ts'

/** The document's versions (newest first), loaded on demand: call `reload` when a dialog opens or after a change. */
export function useVersions(documentId: string, token: string) {
  const { t } = useI18n()
  const tRef = useRef(t)
  tRef.current = t
  const [versions, setVersions] = useState<Version[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setVersions(await versionsApi.list(documentId, token))
      setError(null)
    } catch (err) {
      setError(errorMessage(tRef.current, err))
    }
  }, [documentId, token])

  return { versions, error, reload }
}
