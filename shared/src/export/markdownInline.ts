import type { JSONContent, MarkName } from '../schema/index.ts'
import { safeHref } from './escape.ts'

/**
 * Markdown of a text: every character CommonMark or GFM would read as markup is backslash-escaped,
 * including `<` and `&`, so neither raw HTML nor an entity can come out of a document's text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, '\\$&').replace(/[\r\n]+/g, ' ')
}

/** Escapes what only means something at the start of a line: headings, quotes, list markers. */
export function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n')
}

interface OpenMark {
  type: MarkName
  href?: string
}

/**
 * Exhaustive over the schema's marks. Links are outermost, so `[**x**](url)` and never a link cut in
 * half by emphasis; a link that is not http(s)/mailto keeps only its text.
 */
const MARKS: Record<MarkName, { rank: number; open: (m: OpenMark) => string; close: (m: OpenMark) => string }> = {
  link: {
    rank: 0,
    open: () => '[',
    close: (m) => `](${(m.href ?? '').replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`,
  },
  bold: { rank: 1, open: () => '**', close: () => '**' },
  italic: { rank: 2, open: () => '_', close: () => '_' },
}

function marksOf(node: JSONContent): OpenMark[] {
  const marks: OpenMark[] = []
  for (const mark of node.marks ?? []) {
    if (!Object.hasOwn(MARKS, mark.type)) continue
    const type = mark.type as MarkName
    if (type === 'link') {
      const href = safeHref(mark.attrs?.href)
      if (href) marks.push({ type, href })
    } else marks.push({ type })
  }
  return marks.sort((a, b) => MARKS[a.type].rank - MARKS[b.type].rank)
}

const same = (a: OpenMark, b: OpenMark) => a.type === b.type && a.href === b.href

/**
 * Markdown of a node's inline content. Marks are opened and closed only where they change (so
 * "**a _b_**", not "**a****_b_**"), and whitespace is moved outside the delimiters, where
 * CommonMark requires it. `lineBreak` is how a hard break is written ("<br>" inside a table cell).
 */
export function renderInline(node: JSONContent, lineBreak = '\\\n'): string {
  let out = ''
  let active: OpenMark[] = []
  const closeTo = (keep: number) => {
    if (active.length <= keep) return
    // A loop, not /\s*$/: that regex scans the whole output (quadratic on long runs of spaces).
    let cut = out.length
    while (cut > 0 && /\s/.test(out[cut - 1]!)) cut--
    const trailing = out.slice(cut)
    out = out.slice(0, out.length - trailing.length)
    for (let i = active.length - 1; i >= keep; i--) out += MARKS[active[i]!.type].close(active[i]!)
    out += trailing
    active = active.slice(0, keep)
  }
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      closeTo(0)
      out += lineBreak
      continue
    }
    if (child.type !== 'text') {
      // Inline content of the schema is only text and hard breaks; keep the text of anything newer.
      out += renderInline(child, lineBreak)
      continue
    }
    const text = escapeMarkdown(child.text ?? '')
    if (text.trim() === '') {
      out += text
      continue
    }
    const marks = marksOf(child)
    let keep = 0
    while (keep < active.length && keep < marks.length && same(active[keep]!, marks[keep]!)) keep++
    closeTo(keep)
    const leading = /^\s*/.exec(text)?.[0] ?? ''
    out += leading
    for (const m of marks.slice(keep)) out += MARKS[m.type].open(m)
    active = marks
    out += text.slice(leading.length)
  }
  closeTo(0)
  return out
}
