import { createHash } from 'node:crypto'
import type { JSONContent } from '@regiovisie/shared/schema'
import { nodeText } from '@regiovisie/shared/schema/model'
import type { DiffSegment } from '@regiovisie/shared/versions'
import { type Budget, intern, myersDiff, type Run } from './boundedDiff.ts'

/** The document's text, one block per line (guidance left out). */
export function documentText(doc: JSONContent): string {
  const lines: string[] = []
  const visit = (node: JSONContent) => {
    if (node.type === 'guidance') return
    if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(nodeText(node))
      return
    }
    for (const child of node.content ?? []) visit(child)
  }
  visit(doc)
  return lines.filter((l) => l.trim() !== '').join('\n')
}

export interface TextDiff {
  segments: DiffSegment[]
  inserted: number
  deleted: number
}

/**
 * Limits that keep one comparison to some tens of milliseconds whatever the texts: at most this many
 * edits per Myers run (paragraphs, or words within changed paragraphs) and this many steps in all.
 * Beyond them the changed paragraphs are shown as wholly removed and added.
 */
export const DIFF_LIMITS = { maxEdits: 1500, steps: 4_000_000 }

const CACHE_SIZE = 16
const cache = new Map<string, TextDiff>()

/**
 * Word-level differences between two documents' text: what was inserted and deleted. Paragraphs are
 * compared first; words only inside the paragraphs that changed, with the work bounded (`DIFF_LIMITS`).
 * The last results are cached by the two texts, so comparing the same pair again costs a hash.
 */
export function diffDocuments(older: JSONContent, newer: JSONContent): TextDiff {
  const a = documentText(older)
  const b = documentText(newer)
  const key = `${hash(a)}:${hash(b)}`
  const cached = cache.get(key)
  if (cached) {
    cache.delete(key)
    cache.set(key, cached)
    return cached
  }
  const result = diffTexts(a, b)
  cache.set(key, result)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return result
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64')

/** The diff of two texts of lines (paragraphs). Equal + delete segments give `a`, equal + insert give `b`. */
export function diffTexts(a: string, b: string, limits = DIFF_LIMITS): TextDiff {
  const out = new Segments()
  const budget: Budget = { steps: limits.steps }
  const linesA = a === '' ? [] : a.split('\n')
  const linesB = b === '' ? [] : b.split('\n')
  // A line with the line break after it, as it stands in its text.
  const lineA = (i: number) => (i < linesA.length - 1 ? `${linesA[i]}\n` : linesA[i]!)
  const lineB = (j: number) => (j < linesB.length - 1 ? `${linesB[j]}\n` : linesB[j]!)
  const ids = new Map<string, number>()
  const runs = myersDiff(intern(linesA, ids), intern(linesB, ids), limits.maxEdits, budget) ?? [
    { op: '-', n: linesA.length },
    { op: '+', n: linesB.length },
  ]
  let i = 0
  let j = 0
  const changed = (removed: number, added: number) => {
    // Paired paragraphs (as many removed as added) are compared pair by pair, otherwise as one block.
    const pairs = removed === added ? removed : 1
    for (let p = 0; p < pairs; p++) {
      const from = removed === added ? 1 : removed
      const to = removed === added ? 1 : added
      let oldText = ''
      let newText = ''
      for (let q = 0; q < from; q++) oldText += lineA(i++)
      for (let q = 0; q < to; q++) newText += lineB(j++)
      diffWords(oldText, newText, limits.maxEdits, budget, out)
    }
  }
  let removed = 0
  let added = 0
  for (const run of runs) {
    if (run.op === '-') removed += run.n
    else if (run.op === '+') added += run.n
    else {
      changed(removed, added)
      removed = added = 0
      for (let q = 0; q < run.n; q++) {
        const x = lineA(i++)
        const y = lineB(j++)
        // The same paragraph; only the line break after it may differ (the last line has none).
        out.equal(linesA[i - 1]!)
        out.whitespace(x.slice(linesA[i - 1]!.length), y.slice(linesB[j - 1]!.length))
      }
    }
  }
  changed(removed, added)
  return out.finish()
}

/** A word with the whitespace after it (the first token may be whitespace alone). */
interface Token {
  word: string
  space: string
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const start = i
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++
    const wordEnd = i
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    tokens.push({ word: text.slice(start, wordEnd), space: text.slice(wordEnd, i) })
  }
  return tokens
}

// The characters of /\s/, tested without a regex.
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Words of `a` and `b` compared (a word matches the same word whatever whitespace follows it). */
function diffWords(a: string, b: string, maxEdits: number, budget: Budget, out: Segments): void {
  const ta = tokenize(a)
  const tb = tokenize(b)
  const ids = new Map<string, number>()
  const words = (tokens: Token[]) =>
    intern(
      tokens.map((t) => t.word),
      ids,
    )
  const runs: Run[] | null = myersDiff(words(ta), words(tb), maxEdits, budget)
  if (!runs) {
    out.delete(a)
    out.insert(b)
    return
  }
  let i = 0
  let j = 0
  for (const { op, n } of runs) {
    for (let q = 0; q < n; q++) {
      if (op === '-') out.delete(whole(ta[i++]!))
      else if (op === '+') out.insert(whole(tb[j++]!))
      else {
        const x = ta[i++]!
        const y = tb[j++]!
        out.equal(x.word)
        out.whitespace(x.space, y.space)
      }
    }
  }
}

const whole = (t: Token) => t.word + t.space

/**
 * Builds the segment list: adjacent segments of a kind are merged, and within a change all that was
 * removed comes before all that was added.
 */
class Segments {
  private readonly segments: DiffSegment[] = []
  private removed = ''
  private added = ''
  private inserted = 0
  private deleted = 0

  equal(text: string): void {
    if (!text) return
    this.flush()
    this.append('equal', text)
  }

  delete(text: string): void {
    this.removed += text
  }

  insert(text: string): void {
    this.added += text
  }

  /** Whitespace after an equal word or paragraph: equal when the same on both sides. */
  whitespace(older: string, newer: string): void {
    if (older === newer) this.equal(older)
    else {
      this.delete(older)
      this.insert(newer)
    }
  }

  finish(): TextDiff {
    this.flush()
    return { segments: this.segments, inserted: this.inserted, deleted: this.deleted }
  }

  private flush(): void {
    if (this.removed) {
      this.deleted += countWords(this.removed)
      this.append('delete', this.removed)
    }
    if (this.added) {
      this.inserted += countWords(this.added)
      this.append('insert', this.added)
    }
    this.removed = this.added = ''
  }

  private append(type: DiffSegment['type'], text: string): void {
    const last = this.segments.at(-1)
    if (last?.type === type) last.text += text
    else this.segments.push({ type, text })
  }
}

function countWords(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}
