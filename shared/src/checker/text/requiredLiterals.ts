const META = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}'])

/** Splits a pattern at its top-level `|`. */
function alternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return parts
}

/** Index of the `)` that closes the `(` at `open`. */
function closing(source: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return i
  }
  return -1
}

/** Length of the quantifier at `i` (0 when none) and whether it allows zero repetitions. */
function quantifier(alt: string, i: number): { length: number; optional: boolean } {
  const ch = alt[i]
  let length = 0
  let optional = false
  if (ch === '?' || ch === '*') {
    length = 1
    optional = true
  } else if (ch === '+') length = 1
  else if (ch === '{') {
    const m = /^\{(\d*)(,\d*)?\}/.exec(alt.slice(i))
    if (m) {
      length = m[0].length
      optional = (m[1] ?? '') === '' || Number(m[1]) === 0
    }
  }
  if (length && alt[i + length] === '?') length++ // lazy
  return { length, optional }
}

/** Of several literal sets that are each required, the most selective: the longest shortest literal. */
function best(candidates: string[][]): string[] | null {
  let chosen: string[] | null = null
  let score = 0
  for (const c of candidates) {
    const shortest = Math.min(...c.map((l) => l.length))
    if (shortest > score) {
      chosen = c
      score = shortest
    }
  }
  return chosen
}

/**
 * The literals of the most selective required part of one alternative: a run of at least two
 * literal characters, or a required group with literals. Zero-width and optional parts are skipped.
 */
function leading(alt: string): string[] | null {
  const candidates: string[][] = []
  let i = 0
  while (i < alt.length) {
    const ch = alt[i]!
    if (ch === '^' || ch === '$') {
      i++
      continue
    }
    if (ch === '(') {
      const end = closing(alt, i)
      if (end < 0) return null
      let inner = alt.slice(i + 1, end)
      const q = quantifier(alt, end + 1)
      i = end + 1 + q.length
      if (inner.startsWith('?=') || inner.startsWith('?!') || inner.startsWith('?<')) continue
      if (inner.startsWith('?:')) inner = inner.slice(2)
      if (q.optional) continue
      const lits = requiredLiterals(inner)
      if (lits) candidates.push(lits)
      continue
    }
    if (ch === '[') {
      let j = i + 1
      while (j < alt.length && alt[j] !== ']') j += alt[j] === '\\' ? 2 : 1
      i = j + 1 + quantifier(alt, j + 1).length
      continue
    }
    if (ch === '.' || (ch === '\\' && /[a-zA-Z0-9]/.test(alt[i + 1] ?? ''))) {
      let j = ch === '.' ? i + 1 : i + 2
      if ((alt[i + 1] === 'p' || alt[i + 1] === 'P') && alt[j] === '{') j = alt.indexOf('}', j) + 1
      i = j + quantifier(alt, j).length
      continue
    }
    // A run of literal characters.
    let literal = ''
    let j = i
    while (j < alt.length) {
      const c = alt[j]!
      if (c === '\\') {
        const next = alt[j + 1] ?? ''
        if (/[a-zA-Z0-9]/.test(next)) break
        literal += next
        j += 2
        continue
      }
      if (META.has(c)) break
      literal += c
      j++
    }
    const q = quantifier(alt, j)
    if (q.length && q.optional) literal = literal.slice(0, -1)
    if (literal.length >= 2) candidates.push([literal])
    i = j + q.length
    if (i === j && literal.length === 0) i++ // an unknown character: step over it
  }
  return best(candidates)
}

/**
 * Literal substrings of which at least one occurs in every string the pattern matches, derived from
 * the pattern's source; null when that cannot be told (then the pattern is always run). Used to skip
 * running patterns on sentences that cannot match. Patterns must be lower-case and without flags.
 */
export function requiredLiterals(source: string): string[] | null {
  const out: string[] = []
  for (const alt of alternatives(source)) {
    const lits = leading(alt)
    if (!lits) return null
    out.push(...lits)
  }
  return out
}
