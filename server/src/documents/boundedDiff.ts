/**
 * A diff whose work is bounded: Myers' O(ND) algorithm on interned tokens, abandoned when the edit
 * length or the number of steps passes a limit (the caller then shows the text as removed and added).
 */

/** The strings as numbers, equal strings getting equal numbers (`ids` is shared by both sides). */
export function intern(values: readonly string[], ids: Map<string, number>): number[] {
  return values.map((value) => {
    const known = ids.get(value)
    if (known !== undefined) return known
    ids.set(value, ids.size)
    return ids.size - 1
  })
}

/** One run of an edit script: `n` tokens kept (=), removed from the older side (-) or added (+). */
export interface Run {
  op: '=' | '-' | '+'
  n: number
}

/** Work left for one diff request, in Myers steps (diagonals visited plus snake steps). */
export interface Budget {
  steps: number
}

/**
 * The edit script turning `a` into `b`, or null when it needs more than `maxEdits` insertions and
 * deletions or more steps than the budget has left (the steps taken are charged either way). Common
 * prefix and suffix are stripped first, so a small edit in a long text costs next to nothing.
 */
export function myersDiff(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number, budget: Budget): Run[] | null {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++
  const n = a.length - prefix - suffix
  const m = b.length - prefix - suffix
  budget.steps -= prefix + suffix
  const middle = middleRuns(a, b, prefix, n, m, Math.min(maxEdits, n + m), budget)
  if (!middle) return null
  const runs: Run[] = []
  push(runs, '=', prefix)
  for (const r of middle) push(runs, r.op, r.n)
  push(runs, '=', suffix)
  return runs
}

function push(runs: Run[], op: Run['op'], n: number): void {
  if (n <= 0) return
  const last = runs.at(-1)
  if (last?.op === op) last.n += n
  else runs.push({ op, n })
}

/** Myers on a[off, off+n) and b[off, off+m), keeping one V row per edit length to trace back. */
function middleRuns(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  off: number,
  n: number,
  m: number,
  maxD: number,
  budget: Budget,
): Run[] | null {
  if (n === 0 || m === 0) {
    const runs: Run[] = []
    push(runs, '-', n)
    push(runs, '+', m)
    return runs
  }
  if (maxD <= 0 || budget.steps <= 0) return null
  // v[k + maxD + 1]: furthest x on diagonal k (x - y = k). trace[d]: v as it was before round d.
  const size = 2 * maxD + 3
  const center = maxD + 1
  const v = new Int32Array(size)
  const trace: Int32Array[] = []
  for (let d = 0; d <= maxD; d++) {
    trace.push(v.slice(center - d - 1, center + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[center + k - 1]! < v[center + k + 1]!) ? v[center + k + 1]! : v[center + k - 1]! + 1
      let y = x - k
      const x0 = x
      while (x < n && y < m && a[off + x] === b[off + y]) {
        x++
        y++
      }
      budget.steps -= 1 + (x - x0)
      v[center + k] = x
      if (x >= n && y >= m) return traceBack(trace, d, n, m)
    }
    if (budget.steps <= 0) return null
  }
  return null
}

/** Walks the saved rows back from (n, m) to (0, 0), collecting the runs in order. */
function traceBack(trace: Int32Array[], dEnd: number, n: number, m: number): Run[] {
  const reversed: Run[] = []
  const add = (op: Run['op'], count: number) => {
    if (count <= 0) return
    const last = reversed.at(-1)
    if (last?.op === op) last.n += count
    else reversed.push({ op, n: count })
  }
  let x = n
  let y = m
  for (let d = dEnd; d > 0; d--) {
    // trace[d] holds v for diagonals -d-1 … d+1 as it was after round d-1.
    const row = trace[d]!
    const at = (k: number) => row[k + d + 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    const startX = down ? prevX : prevX + 1
    add('=', x - startX)
    add(down ? '+' : '-', 1)
    x = prevX
    y = prevY
  }
  add('=', x)
  return reversed.reverse()
}
