import type { DocumentRecord } from '@regiovisie/server'

/** A document row for store tests (what POST /api/documents would store, without its content). */
export const documentRecord = (id: string): DocumentRecord => ({
  id,
  title: id,
  template: 'nvo-jeugd',
  region: null,
  municipalities: [],
  ruleset: 'nvo-2020',
  downloadAllowed: false,
  theme: 'neutral',
  createdAt: new Date('2026-01-02T03:04:05.000Z').toISOString(),
})

/** Four distinct invite tokens per document, one per role. */
export const invitesFor = (p: string) => ({ owner: `${p}-o`, editor: `${p}-e`, commenter: `${p}-c`, viewer: `${p}-v` })
