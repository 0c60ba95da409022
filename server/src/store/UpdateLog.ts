/** The stored Yjs state of a document: a snapshot plus the updates appended after it, in order. */
export interface StoredState {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Sequence number of the last update this state contains (0 when there is none). */
  lastSeq: number
}

/**
 * What the sync core needs of storage: the Yjs update log of each document. Append each update
 * durably, load by replaying, compact into one snapshot now and then. Every `Store` is one; the
 * in-memory adapter (MemoryUpdateLog.ts) keeps room tests fast. All pass the update-log part of
 * the contract suite (tests/integration/store.contract.test.ts).
 *
 * The log of a document is numbered 1, 2, 3, … without gaps, in the order the appends committed
 * (for PostgreSQL: also when several nodes append to one document). So a node that has applied
 * everything up to n and hears of n + 2 knows that n + 1 is missing. `compact` replaces the
 * snapshot and removes the updates it covers atomically, so a crash at any point leaves a state
 * that replays to the same document.
 */
export interface UpdateLog {
  /**
   * Appends durably (it has returned only once the update survives a crash); resolves with the
   * update's sequence number (the document's previous one + 1). Rejects for an unknown document.
   */
  appendUpdate(documentId: string, update: Uint8Array): Promise<number>
  /** The whole stored state, from one consistent view. */
  loadState(documentId: string): Promise<StoredState>
  /**
   * What was appended after `seq`, from one consistent view: the updates numbered above it, and
   * the snapshot too when a compaction has meanwhile folded some of them into it. Applying the
   * result to a document that holds everything up to `seq` gives everything up to `lastSeq`.
   */
  loadUpdatesSince(documentId: string, seq: number): Promise<StoredState>
  /**
   * Folds the stored snapshot and every update committed so far into a new snapshot and deletes
   * exactly those updates, atomically, from what is stored (never from a node's document). Under
   * a per-document lock, so two nodes compacting one document cannot undo each other; updates
   * appended meanwhile get higher numbers and stay. Resolves with how many updates it folded in.
   */
  compact(documentId: string): Promise<number>
}
