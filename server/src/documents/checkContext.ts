import { summarizeAdoption } from '@regiovisie/shared/adoption'
import type { CheckContext } from '@regiovisie/shared/checker'
import type { Thread } from '@regiovisie/shared/comments'
import { consultation } from '@regiovisie/shared/participation'
import type { DocumentRecord, Store } from '../store/Store.ts'

/**
 * What the checker should know beyond the text of a document: the adoption tracker's roll-up and
 * the stakeholder groups (as confirmed by the owner) that commented (evidence of consultation for opgave 1). `threads` are the
 * document's threads, already read by the caller (an export needs them for its appendix too).
 */
export async function checkContext(
  store: Store,
  document: DocumentRecord,
  threads: readonly Thread[],
): Promise<CheckContext> {
  const adoption = summarizeAdoption(document.municipalities, await store.listAdoption(document.id))
  const { groups, answeredInput } = consultation(threads)
  return {
    adoption: { adopted: adoption.adopted, total: adoption.total, pending: adoption.pending },
    consultedGroups: groups,
    answeredInput,
  }
}
