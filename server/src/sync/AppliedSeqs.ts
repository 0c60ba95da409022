/**
 * Which numbers of a document's update log a room's document holds: every one up to `upTo`, and
 * some above it (its own appends, or another node's that overtook a third node's on the bus). The
 * log has no gaps, so a number above `upTo` that is held while `upTo + 1` is not means something is
 * missing: `complete` is false until it arrives or is loaded from the store.
 */
export class AppliedSeqs {
  private readonly above = new Set<number>()

  constructor(private watermark: number) {}

  /** Everything up to here is in the document. */
  get upTo(): number {
    return this.watermark
  }

  /** Nothing below the highest number held is missing. */
  get complete(): boolean {
    return this.above.size === 0
  }

  has(seq: number): boolean {
    return seq <= this.watermark || this.above.has(seq)
  }

  add(seq: number): void {
    if (seq <= this.watermark) return
    this.above.add(seq)
    this.advance()
  }

  /** Everything up to `seq` is in the document (it was loaded from the store). */
  coverUpTo(seq: number): void {
    if (seq > this.watermark) this.watermark = seq
    for (const s of this.above) if (s <= this.watermark) this.above.delete(s)
    this.advance()
  }

  private advance(): void {
    while (this.above.delete(this.watermark + 1)) this.watermark++
  }
}
