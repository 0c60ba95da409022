import type { JSONContent } from '@regiovisie/shared/schema'
import { continuesOnto, measureLayout, type TextLayout } from './continuesOnto.ts'
import { BROKEN_WORD, BULLET, NUMBERED_HEADING, NUMBERED_ITEM, SENTENCE_END } from './lineShapes.ts'

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

/** Lines that repeat on (nearly) every page: running headers and footers. */
function furniture(lines: string[]): Set<string> {
  const key = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
  const counts = new Map<string, number>()
  for (const l of lines) {
    const t = l.trim()
    if (t.length === 0 || BULLET.test(t)) continue
    const k = key(t)
    // Measured without the run of spaces that sets a header's two halves apart on the page.
    if (k.length <= 90) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const repeated = new Set<string>()
  for (const [k, n] of counts) if (n >= 3) repeated.add(k)
  return new Set(lines.filter((l) => repeated.has(key(l))).map(key))
}

function isHeading(
  line: string,
  prev: string | undefined,
  next: string | undefined,
  layout: TextLayout,
  afterHeading: boolean,
): boolean {
  const t = line.trim()
  if (t.length < 2 || t.length > 90 || SENTENCE_END.test(t) || /,$/.test(t)) return false
  if (BULLET.test(t) || BROKEN_WORD.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false
  // The next line goes on with the same sentence: this is a wrapped line, not a title.
  if (continuesOnto(t, next?.trim(), layout)) return false
  const afterBreak = afterHeading || prev === undefined || prev.trim() === '' || SENTENCE_END.test(prev.trim())
  if (next === undefined || next.trim() === '') return afterBreak || NUMBERED_HEADING.test(t)
  // A short line between a finished sentence (or a heading, or nothing) and more text.
  return afterBreak && (NUMBERED_HEADING.test(t) || t.length < layout.typical * 0.7)
}

/** A line of only dashes, equals signs or box-drawing rules ("----------", "══════"). */
const RULE_LINE = /^\s*[-=_*\u2500\u2501\u2550]{5,}\s*$/

/**
 * Short lines set between two rules, as a slide's or a section's title is in text exported from a
 * presentation ("-----" / "Dia 17 - Minder regels, meer tijd voor jeugd" / "-----"): headings, whatever
 * their length against the text around them.
 */
function framedLines(lines: readonly string[]): Set<string> {
  const framed = new Set<string>()
  for (let i = 1; i + 1 < lines.length; i++) {
    const t = lines[i]!.trim()
    if (t && t.length <= 90 && RULE_LINE.test(lines[i - 1]!) && RULE_LINE.test(lines[i + 1]!) && !SENTENCE_END.test(t))
      framed.add(t)
  }
  return framed
}

/** Stands for a form feed (a page break in text from pdftotext) among the lines until furniture is dropped. */
const FORM_FEED = '\f'

/**
 * `lines` with the blank lines around each page break (at the indexes in `breaks`) dropped where the
 * sentence before the break goes on after it, so that the two halves are read as one paragraph.
 */
function mendPageBreaks(lines: string[], breaks: ReadonlySet<number>, layout: TextLayout): string[] {
  const mended: string[] = []
  let lastText = -1 // index in `mended` of the last line with text
  let broken = false // whether a page broke after that line
  lines.forEach((line, i) => {
    if (breaks.has(i)) broken = true
    const t = line.trim()
    if (!t) {
      mended.push(line)
      return
    }
    if (broken && lastText >= 0 && continuesOnto(mended[lastText]!.trim(), t, layout)) mended.length = lastText + 1
    broken = false
    lastText = mended.length
    mended.push(line)
  })
  return mended
}

/** Leading spaces of a line (a tab counts as one: the text has them as spaces by now). */
function indentOf(line: string): number {
  let n = 0
  while (n < line.length && line.charCodeAt(n) === 32) n++
  return n
}

/** A line that stands for a table found by `tabTables` (a private-use character the input is cleared of). */
const MARK = '\uE000'
const TABLE_MARK = /^\uE000table(\d+)$/
const MAX_CELLS = 20

/**
 * The cells of a line of a spreadsheet saved as text: tab-separated, or semicolon-separated as a Dutch
 * spreadsheet writes CSV (a separator is a semicolon not followed by a space, outside double quotes; a
 * semicolon in running text is followed by a space). Null for a line that is no such row.
 */
function cellsOf(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim())
  if (line.includes('|')) return pipeCells(line)
  if (!/;\S/.test(line)) return null
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '"' && (quoted || cell.trim() === '')) {
      if (quoted && line[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = !quoted
    } else if (c === ';' && !quoted && !/\s/.test(line[i + 1] ?? '')) {
      cells.push(cell.trim())
      cell = ''
    } else cell += c
  }
  cells.push(cell.trim())
  // Two cells is a sentence with one semicolon as often as a row: a semicolon row has three or more.
  return cells.length >= 3 ? cells : null
}

/**
 * The cells of a row of a table typed with pipes, as in Markdown or a plain-text e-mail
 * ("Gemeente | Datum raadsbesluit | Uitkomst", outer pipes optional). Null below two cells.
 */
function pipeCells(line: string): string[] | null {
  const cells = line.trim().split('|')
  if (cells[0]?.trim() === '') cells.shift()
  if (cells.at(-1)?.trim() === '') cells.pop()
  return cells.length >= 2 ? cells.map((c) => c.trim()) : null
}
/** The rule under a pipe table's header: "---|---", "|:--|--:|". */
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/

/**
 * A table exported as text (DOCX or a spreadsheet saved as .txt): two or more consecutive lines with the
 * same number of tab- or semicolon-separated cells (two to MAX_CELLS). Each run becomes a table whose first
 * line is the header, and a marker line in its place, between blank lines so that no paragraph runs into it.
 */
function tabTables(lines: string[], tables: JSONContent[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; ) {
    const first = PIPE_RULE.test(lines[i]!) ? null : cellsOf(lines[i]!)
    const run = first ? [first] : []
    // Lines taken: the rows, and a pipe table's rule under its header.
    let taken = run.length
    if (first && first.length >= 2 && first.length <= MAX_CELLS) {
      if (PIPE_RULE.test(lines[i + 1] ?? '')) taken++
      for (let next = cellsOf(lines[i + taken] ?? ''); next?.length === first.length; ) {
        run.push(next)
        taken++
        next = PIPE_RULE.test(lines[i + taken] ?? '') ? null : cellsOf(lines[i + taken] ?? '')
      }
    }
    if (run.length < 2) {
      out.push(lines[i]!)
      i++
      continue
    }
    const rows = run.map((cells, r) => ({
      type: 'tableRow',
      content: cells.map((c) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [paragraph(c)] })),
    }))
    out.push('', `${MARK}table${tables.length}`, '')
    tables.push({ type: 'table', content: rows })
    i += taken
  }
  return out
}

/**
 * Plain text → ProseMirror JSON, for typed text and for text copied from a PDF: running headers,
 * footers and page numbers are dropped, hyphenated line ends mended, hard line breaks inside a
 * paragraph joined (also across a page break, and where a numbered line's sentence wraps onto a line
 * that begins with a figure: see `continuesOnto`), short title-like lines become headings and bulleted
 * or numbered lines list items.
 */
export function textToJson(input: string): JSONContent {
  const tables: JSONContent[] = []
  let lines = tabTables(
    input.replaceAll(MARK, '').replace(/\r\n?/g, '\n').replace(/\f/g, `\n${FORM_FEED}\n`).split('\n'),
    tables,
  )
    // trimEnd, not /\s+$/: quadratic on a long run of spaces
    .map((l) => (l === FORM_FEED ? l : l.replace(/\t/g, ' ').trimEnd()))
  const framed = framedLines(lines)
  const drop = furniture(lines)
  const firstText = lines.findIndex((l) => l.trim())
  const kept: string[] = []
  const pageBreaks = new Set<number>() // indexes in `kept` of the first line after a page break
  lines.forEach((l, i) => {
    const key = l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
    if (l === FORM_FEED) {
      pageBreaks.add(kept.length)
      kept.push('') // a form feed ends a paragraph unless the sentence goes on, as a blank line does
    } else if (!TABLE_MARK.test(l) && (isPageNumber(l) || (drop.has(key) && i !== firstText))) {
      // A running header, footer or page number marks a page break; a repeated rule ("=====") does not.
      if (/[\p{L}\d]/u.test(l)) pageBreaks.add(kept.length)
    } else kept.push(l)
  })
  const layout = measureLayout(kept.map((l) => l.trim()))
  lines = mendPageBreaks(kept, pageBreaks, layout)

  const content: JSONContent[] = []
  let current: string[] | null = null // lines of the open paragraph or list item
  let list: JSONContent | null = null
  let bulletIndent = 0 // indentation of the open list item's bullet line
  let numberedLevel = 0 // level of the last numbered heading (0: none yet)
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
    const table = tables[Number(TABLE_MARK.exec(t)?.[1] ?? -1)]
    if (table) {
      endList()
      content.push(table)
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
      bulletIndent = indentOf(line)
      return
    }
    // A line indented less than the bullet above it is no continuation of that item ("    - vier
    // crisisplekken" over "  Gezinshuizen"): the list ends there.
    if (list && current && indentOf(line) < bulletIndent) endList()
    const afterHeading = !current && content.at(-1)?.type === 'heading'
    // A text that frames its titles between rules frames them all: other short lines are its content
    // ("6 van 6 gemeenteraden", "Monnikenveen   12-11-2024" under "▌ VASTGESTELD").
    const mayBeTitle = framed.size < 2 || NUMBERED_HEADING.test(t)
    if (framed.has(t) || (mayBeTitle && isHeading(t, prev, lines[i + 1], layout, afterHeading))) {
      endList()
      const numbered = NUMBERED_HEADING.exec(t)
      // An unnumbered title inside a numbered section ("3.1 …" over "Gezinshuizen") is a level below it.
      const level = numbered
        ? Math.min(4, 1 + (numbered[1] ?? '').split('.').length)
        : numberedLevel
          ? Math.min(4, numberedLevel + 1)
          : 2
      if (numbered) numberedLevel = level
      content.push(heading(level, t))
      return
    }
    // A new paragraph after a short line that ended a sentence (PDF text has no blank lines), or a
    // numbered paragraph after any finished sentence.
    const prevText = prev?.trim() ?? ''
    const breaks =
      current && SENTENCE_END.test(prevText) && (prevText.length < layout.typical * 0.8 || NUMBERED_HEADING.test(t))
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
