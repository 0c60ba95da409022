import type { AdoptionReport } from '@regiovisie/shared/adoption'
import type { CheckContext } from '@regiovisie/shared/checker'
import type { Thread } from '@regiovisie/shared/comments'
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

  // Only groups the owner confirmed count as consulted, as on the server.
  const groups = [
    ...new Set(threads.flatMap((th) => th.comments.filter((c) => c.author.groupConfirmed).map((c) => c.author.group))),
  ]
    .filter((g) => g !== null)
    .sort()
    .join(',')

  return useMemo(
    () => ({
      ...(adoption && {
        adoption: { adopted: adoption.adopted, total: adoption.total, pending: adoption.pending },
      }),
      consultedGroups: groups ? groups.split(',') : [],
    }),
    [adoption, groups],
  )
}
