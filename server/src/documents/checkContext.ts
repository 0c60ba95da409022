import { summarizeAdoption } from '@regiovisie/shared/adoption'
import type { CheckContext } from '@regiovisie/shared/checker'
import type { ThreadReader } from '../comments/ThreadReader.ts'
import type { DocumentRecord, Store } from '../store/Store.ts'

/**
 * What the checker should know beyond the text of a document: the adoption tracker's roll-up and
 * the stakeholder groups that commented (evidence of consultation for opgave 1).
 */
export async function checkContext(
  store: Store,
  threads: ThreadReader,
  document: DocumentRecord,
): Promise<CheckContext> {
  const adoption = summarizeAdoption(document.municipalities, await store.listAdoption(document.id))
  const groups = new Set<string>()
  for (const thread of await threads.list(document.id)) {
    for (const c of thread.comments) if (c.author.group) groups.add(c.author.group)
  }
  return {
    adoption: { adopted: adoption.adopted, total: adoption.total, pending: adoption.pending },
    consultedGroups: [...groups],
  }
}
