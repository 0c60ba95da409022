/**
 * The driver port under the one SQL store. Store code is written once as `Work`: a generator that
 * yields statements (`yield* get(…)`) and returns a result. A driver runs it: better-sqlite3
 * synchronously, with no promise between two statements and a transaction that no other call can
 * interleave with; pg asynchronously, a round trip per statement. (Babel's gensync does the same
 * for code that must run both ways.)
 *
 * Statements use `?` placeholders. A driver caches what it derives from a statement's text, so the
 * text must be a constant: values go in as parameters, never into the text.
 *
 * Drivers bind booleans and byte arrays as their database stores them, and hand rows back in one
 * shape: integers (also BIGINT and COUNT) as numbers, booleans as 0 or 1, timestamps as ISO 8601
 * strings, JSON as its text, blobs as Buffers.
 */
export type SqlValue = string | number | boolean | null | Uint8Array

/** A boolean column as drivers return it. */
export type SqlFlag = 0 | 1

export type Statement =
  | { readonly op: 'all' | 'get' | 'run'; readonly text: string; readonly params: readonly SqlValue[] }
  /** A script of statements without parameters (schema changes). */
  | { readonly op: 'exec'; readonly text: string }

/** Database work written once; a driver answers each statement it yields with that statement's result. */
export type Work<T> = Generator<Statement, T, unknown>

/** Every row the statement returns. */
export function* all<R>(text: string, ...params: SqlValue[]): Work<R[]> {
  return (yield { op: 'all', text, params }) as R[]
}

/** The first row the statement returns, if any. */
export function* get<R>(text: string, ...params: SqlValue[]): Work<R | undefined> {
  return (yield { op: 'get', text, params }) as R | undefined
}

/** Runs a statement that returns no rows; resolves with how many rows it changed. */
export function* run(text: string, ...params: SqlValue[]): Work<number> {
  return (yield { op: 'run', text, params }) as number
}

export function* exec(script: string): Work<void> {
  yield { op: 'exec', text: script }
}

/** `work`'s result passed through `f`, in the same run (no promise between them). */
export function* map<T, U>(work: Work<T>, f: (value: T) => U): Work<U> {
  return f(yield* work)
}

/** `'read'`: one consistent view of the database, no writes. `'write'`: the default. */
export type TransactionMode = 'read' | 'write'

export interface SqlDriver {
  /** Runs `work` with each statement committing on its own. */
  run<T>(work: Work<T>): Promise<T>
  /** Runs `work` as one transaction: all of it or, when it throws, none of it. */
  transaction<T>(work: Work<T>, mode?: TransactionMode): Promise<T>
  close(): Promise<void>
}

/**
 * Runs `work` to its end with `execute` answering each statement synchronously. A failing
 * statement is thrown into `work`, at the `yield*` that ran it.
 */
export function driveSync<T>(work: Work<T>, execute: (s: Statement) => unknown): T {
  let step = work.next()
  while (!step.done) {
    let result: unknown
    try {
      result = execute(step.value)
    } catch (err) {
      step = work.throw(err)
      continue
    }
    step = work.next(result)
  }
  return step.value
}

/** `driveSync` for a driver that answers asynchronously. */
export async function drive<T>(work: Work<T>, execute: (s: Statement) => Promise<unknown>): Promise<T> {
  let step = work.next()
  while (!step.done) {
    let result: unknown
    try {
      result = await execute(step.value)
    } catch (err) {
      step = work.throw(err)
      continue
    }
    step = work.next(result)
  }
  return step.value
}
