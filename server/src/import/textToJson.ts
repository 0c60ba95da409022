import type { JSONContent } from '@regiovisie/shared/schema'

const text = (t: string): JSONContent[] => (t ? [{ type: 'text', text: t }] : [])
const paragraph = (t: string): JSONContent => ({ type: 'paragraph', content: text(t) })
const heading = (level: number, t: string): JSONContent => ({ type: 'heading', attrs: { level }, content: text(t) })

/**
 * "Pagina 3 van 12", "- 3 -", "3/12", "blz. 3", a bare page number. Its adjacent `\s*` would backtrack
 * quadratically on a long run of spaces, so it only ever sees a short line with spaces collapsed
 * (`isPageNumber`); every space in it is `\s*`, so collapsing changes no answer.
 */
const PAGE_NUMBER =
  /^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:van|of|\/)\s*\d{1,4})?\s*$/i
const isPageNumber = (line: string): boolean => {
  const t = line.trim()
  if (!t) return false
  const collapsed = t.replace(/\s+/g, ' ')
  return collapsed.length <= 40 && PAGE_NUMBER.test(collapsed)
}
const BULLET = /^\s*(?:[•▪◦·‣●○■□➢➤✓*]|[-–—](?=\s))\s*/
const NUMBERED_ITEM = /^\s*(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u
const SENTENCE_END = /[.!?:;]["'”’)]*$/

/** Lines that repeat on (nearly) every page: running headers and footers. */
function furniture(lines: string[]): Set<string> {
  const key = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
  const counts = new Map<string, number>()
  for (const l of lines) {
    const t = l.trim()
    if (t.length === 0 || t.length > 90 || BULLET.test(t)) continue
    counts.set(key(t), (counts.get(key(t)) ?? 0) + 1)
  }
  const repeated = new Set<string>()
  for (const [k, n] of counts) if (n >= 3) repeated.add(k)
  return new Set(lines.filter((l) => repeated.has(key(l))).map(key))
}

function isHeading(
  line: string,
  prev: string | undefined,
  next: string | undefined,
  typical: number,
  afterHeading: boolean,
): boolean {
  const t = line.trim()
  if (t.length < 2 || t.length > 90 || SENTENCE_END.test(t) || /,$/.test(t)) return false
  if (BULLET.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false
  // The next line goes on with the same sentence: this is a wrapped line, not a title.
  if (next !== undefined && /^\s*\p{Ll}/u.test(next)) return false
  const afterBreak = afterHeading || prev === undefined || prev.trim() === '' || SENTENCE_END.test(prev.trim())
  if (next === undefined || next.trim() === '') return afterBreak || NUMBERED_HEADING.test(t)
  // A short line between a finished sentence (or a heading, or nothing) and more text.
  return afterBreak && (NUMBERED_HEADING.test(t) || t.length < typical * 0.7)
}

/**
 * Plain text → ProseMirror JSON, for typed text and for text copied from a PDF: running headers,
 * footers and page numbers are dropped, hyphenated line ends mended, hard line breaks inside a
 * paragraph joined, short title-like lines become headings and bulleted or numbered lines list items.
 */
export function textToJson(input: string): JSONContent {
  let lines = input
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').trimEnd()) // not /\s+$/: quadratic on a long run of spaces
  const drop = furniture(lines)
  const firstText = lines.findIndex((l) => l.trim())
  lines = lines.filter((l, i) => {
    if (isPageNumber(l)) return false
    const key = l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
    return !(drop.has(key) && i !== firstText)
  })
  const long = lines.map((l) => l.trim().length).filter((n) => n > 40)
  long.sort((a, b) => a - b)
  const typical = long[Math.floor(long.length / 2)] ?? 80

  const content: JSONContent[] = []
  let current: string[] | null = null // lines of the open paragraph or list item
  let list: JSONContent | null = null
  const flush = () => {
    if (!current) return
    // Line breaks (and the spaces around them) become one space: by splitting, not /\s*\n\s*/, which
    // backtracks quadratically on a long run of spaces inside a line.
    const joined = current
      .join('\n')
      .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
      .split('\n')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ')
    if (joined) {
      if (list) list.content!.push({ type: 'listItem', content: [paragraph(joined)] })
      else content.push(paragraph(joined))
    }
    current = null
  }
  const endList = () => {
    flush()
    list = null
  }

  lines.forEach((line, i) => {
    const t = line.trim()
    const prev = i > 0 ? lines[i - 1] : undefined
    if (!t) {
      flush()
      return
    }
    if (content.length === 0 && !current) {
      content.push(heading(1, t)) // the first line is the title
      return
    }
    const bullet = BULLET.exec(t) ?? (NUMBERED_HEADING.test(t) ? null : NUMBERED_ITEM.exec(t))
    if (bullet) {
      flush()
      const ordered = !BULLET.test(t)
      if (!list || (list.type === 'orderedList') !== ordered) {
        endList()
        list = { type: ordered ? 'orderedList' : 'bulletList', content: [] }
        content.push(list)
      }
      current = [t.slice(bullet[0].length)]
      return
    }
    const afterHeading = !current && content.at(-1)?.type === 'heading'
    if (isHeading(t, prev, lines[i + 1], typical, afterHeading)) {
      endList()
      const numbered = NUMBERED_HEADING.exec(t)
      const level = numbered ? Math.min(4, 1 + (numbered[1] ?? '').split('.').length) : 2
      content.push(heading(level, t))
      return
    }
    // A new paragraph after a short line that ended a sentence (PDF text has no blank lines).
    const prevText = prev?.trim() ?? ''
    const breaks = current && SENTENCE_END.test(prevText) && prevText.length < typical * 0.8
    if (!current || breaks) {
      if (list && !current) endList()
      flush()
      if (list && breaks) endList()
      current = [t]
      return
    }
    current.push(t)
  })
  flush()
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }
}
