/**
 * Runs tasks one after another. A room processes every message, persistence step and
 * unload through one queue, so a save can never interleave with a load or another save.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve()

  /** Enqueues `task`; the returned promise settles with it. A failing task does not stop the queue. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }

  /** Resolves when everything enqueued so far has run. */
  idle(): Promise<void> {
    return this.tail
  }
}
