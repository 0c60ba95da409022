import type { AdoptionReport } from '@regiovisie/shared/adoption'
import type { CheckContext } from '@regiovisie/shared/checker'
import type { Thread } from '@regiovisie/shared/comments'
import { consultation } from '@regiovisie/shared/participation'
import { useEffect, useMemo, useState } from 'react'
import { adoptionApi } from '../adoption/adoptionApi.ts'

/**
 * What the checker knows beyond the text, as the server gives it (opgave 1): the adoption tracker's
 * roll-up, fetched when the document opens and again whenever the server says it changed, and the
 * stakeholder groups of everyone who commented.
 * Keeps its identity while neither changes, so new comments by known groups do not re-check.
 */
export function useCheckContext(
  documentId: string,
  token: string,
  threads: readonly Thread[],
  /** Bumped when the server says the context changed (message type 7): fetch the tracker again. */
  revision = 0,
): CheckContext {
  const [adoption, setAdoption] = useState<AdoptionReport | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `revision` means the tracker changed: fetch it again.
  useEffect(() => {
    let cancelled = false
    // Without the tracker the checker judges adoption on the text alone, as before.
    adoptionApi.report(documentId, token).then(
      (report) => !cancelled && setAdoption(report),
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [documentId, token, revision])

  // The same rule as the server: groups the owner confirmed, input only (not the writing team's answers),
  // and how many threads with input got a response. Kept as strings so the memo below is stable.
  const consulted = consultation(threads)
  const groups = consulted.groups.join(',')
  const answered = `${consulted.answeredInput.threads}/${consulted.answeredInput.answered}`

  return useMemo(
    () => ({
      ...(adoption && {
        adoption: { adopted: adoption.adopted, total: adoption.total, pending: adoption.pending },
      }),
      consultedGroups: groups ? groups.split(',') : [],
      answeredInput: { threads: Number(answered.split('/')[0]), answered: Number(answered.split('/')[1]) },
    }),
    [adoption, groups, answered],
  )
}
