import type { JSONContent, MarkName, NodeName } from '../schema/index.ts'
import { escapeHtml, safeHref } from './escape.ts'
import { isEmptyParagraph, type OutlineHeading } from './outline.ts'

type NodeRenderer = (node: JSONContent, heading: OutlineHeading | undefined) => string
type MarkRenderer = (inner: string, attrs: Record<string, unknown>) => string

/** Exhaustive over the schema's marks: a new mark without a rendering is a type error. */
const MARKS: Record<MarkName, MarkRenderer> = {
  bold: (inner) => `<strong>${inner}</strong>`,
  italic: (inner) => `<em>${inner}</em>`,
  link: (inner, attrs) => {
    const href = safeHref(attrs.href)
    return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner
  },
}

/** A positive span no larger than a sane table (a hostile colspan of 10^9 would stall layout). */
function span(name: string, value: unknown): string {
  const n = Number(value)
  return Number.isInteger(n) && n > 1 && n <= 100 ? ` ${name}="${n}"` : ''
}

function cell(tag: 'td' | 'th'): NodeRenderer {
  return (node) =>
    `<${tag}${span('colspan', node.attrs?.colspan)}${span('rowspan', node.attrs?.rowspan)}>${renderChildren(node)}</${tag}>`
}

function isHeaderRow(row: JSONContent): boolean {
  const cells = row.content ?? []
  return cells.length > 0 && cells.every((c) => c.type === 'tableHeader')
}

/**
 * Exhaustive over the schema's nodes: a new node type without an HTML rendering is a type error.
 * Guidance is writing help for the editors and never leaves the editor.
 */
const NODES: Record<NodeName, NodeRenderer> = {
  doc: (node) => renderChildren(node),
  paragraph: (node) => (isEmptyParagraph(node) ? '' : `<p>${renderChildren(node)}</p>`),
  text: (node) =>
    (node.marks ?? []).reduceRight(
      (inner, mark) => {
        const render = Object.hasOwn(MARKS, mark.type) ? MARKS[mark.type as MarkName] : undefined
        return render ? render(inner, mark.attrs ?? {}) : inner
      },
      escapeHtml(node.text ?? ''),
    ),
  heading: (node, heading) => {
    if (!heading) return `<p class="inline-heading"><strong>${renderChildren(node)}</strong></p>`
    const tag = `h${Math.min(heading.depth + 1, 6)}`
    const num = heading.number === null ? '' : `<span class="num">${escapeHtml(heading.number)}</span> `
    return `<${tag} id="${escapeHtml(heading.id)}">${num}${renderChildren(node)}</${tag}>`
  },
  bulletList: (node) => `<ul>${renderChildren(node)}</ul>`,
  orderedList: (node) => {
    const start = Number(node.attrs?.start)
    const attr = Number.isInteger(start) && start !== 1 && Math.abs(start) < 1e6 ? ` start="${start}"` : ''
    return `<ol${attr}>${renderChildren(node)}</ol>`
  },
  listItem: (node) => `<li>${renderChildren(node)}</li>`,
  blockquote: (node) => `<blockquote>${renderChildren(node)}</blockquote>`,
  hardBreak: () => '<br>',
  // A leading row of header cells becomes <thead>, which Chromium repeats on every printed page.
  table: (node) => {
    const rows = node.content ?? []
    const headRows = rows.length > 1 && isHeaderRow(rows[0]!) ? 1 : 0
    const head = headRows ? `<thead>${renderNode(rows[0]!)}</thead>` : ''
    const body = rows
      .slice(headRows)
      .map((r) => renderNode(r))
      .join('')
    return `<table>${head}<tbody>${body}</tbody></table>`
  },
  tableRow: (node) => `<tr>${renderChildren(node)}</tr>`,
  tableHeader: cell('th'),
  tableCell: cell('td'),
  guidance: () => '',
}

/** HTML of one node of the shared schema. Unknown node types (newer content) keep their text. */
export function renderNode(node: JSONContent, heading?: OutlineHeading): string {
  const type = node.type ?? ''
  if (Object.hasOwn(NODES, type)) return NODES[type as NodeName](node, heading)
  return renderChildren(node) || (node.text ? escapeHtml(node.text) : '')
}

function renderChildren(node: JSONContent): string {
  return (node.content ?? []).map((child) => renderNode(child)).join('')
}
