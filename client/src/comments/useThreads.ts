import type { Thread } from '@regiovisie/shared/comments'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Collaboration } from '../collab/createCollaboration.ts'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { commentsApi } from './commentsApi.ts'

/** Quiet time after a "threads changed" message before fetching: a burst of changes costs one request. */
const DEBOUNCE_MS = 150

export interface ThreadsState {
  threads: Thread[]
  loaded: boolean
  /** Why the last fetch failed (the server's message), else null. */
  error: string | null
  /** Fetches the threads again now (after one of our own writes). */
  reload(): void
}

/**
 * The comment threads of a document, fetched once and again whenever the server announces a
 * change over the collaboration socket, so everyone sees comments live. Responses that arrive
 * out of order never overwrite a newer list.
 */
export function useThreads(documentId: string, token: string, collab: Collaboration): ThreadsState {
  const { t } = useI18n()
  const [threads, setThreads] = useState<Thread[]>([])
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const tRef = useRef(t)
  tRef.current = t
  const latest = useRef(0)

  const reload = useCallback(() => {
    const request = ++latest.current
    commentsApi.list(documentId, token).then(
      (list) => {
        if (request !== latest.current) return
        setThreads(list)
        setLoaded(true)
        setError(null)
      },
      (err: unknown) => {
        if (request !== latest.current) return
        setError(errorMessage(tRef.current, err))
      },
    )
  }, [documentId, token])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(reload, DEBOUNCE_MS)
    }
    reload()
    const unsubscribe = collab.onThreadsChanged(schedule)
    return () => {
      clearTimeout(timer)
      unsubscribe()
      latest.current++
    }
  }, [collab, reload])

  return { threads, loaded, error, reload }
}
