import type { JSONContent } from '@tiptap/core'
import { Schema, type SchemaSpec } from '@tiptap/pm/model'

/** Name of the Yjs XML fragment that holds the Tiptap document (Collaboration's default). */
export const FRAGMENT_NAME = 'default'

/**
 * The document schema as data: what the shared Tiptap extensions (extensions.ts) make of it,
 * without the DOM rules. The server reads, repairs and writes documents with it and so never
 * loads Tiptap and its editor code (some 15 MB per server process); only the HTML import, which
 * needs the DOM rules, uses the full schema. model.test.ts keeps the two equal: after changing an
 * extension, copy what that test prints into this object.
 */
/** Table cells and header cells take the same attributes. */
const CELL_ATTRS = {
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: { default: null },
  align: { default: null },
}

export const DOCUMENT_SCHEMA_SPEC = {
  topNode: 'doc',
  // In the extensions' order: the first block type is the default for filling.
  nodes: {
    paragraph: { content: 'inline*', group: 'block' },
    blockquote: { content: 'block+', group: 'block', defining: true },
    bulletList: { content: 'listItem+', group: 'block list' },
    doc: { content: 'block+' },
    hardBreak: { group: 'inline', inline: true, selectable: false, linebreakReplacement: true },
    listItem: { content: 'paragraph block*', defining: true },
    orderedList: {
      content: 'listItem+',
      group: 'block list',
      attrs: { start: { default: 1 }, type: { default: null } },
    },
    text: { group: 'inline' },
    heading: {
      content: 'inline*',
      group: 'block',
      defining: true,
      attrs: { level: { default: 1 }, opgave: { default: null }, section: { default: null } },
    },
    table: { tableRole: 'table', content: 'tableRow+', group: 'block', isolating: true },
    tableCell: { tableRole: 'cell', content: 'block+', isolating: true, attrs: CELL_ATTRS },
    tableHeader: { tableRole: 'header_cell', content: 'block+', isolating: true, attrs: CELL_ATTRS },
    tableRow: { tableRole: 'row', content: '(tableCell | tableHeader)*' },
    guidance: { group: 'block', atom: true, selectable: true, draggable: false, attrs: { text: { default: '' } } },
  },
  marks: {
    link: {
      inclusive: true,
      attrs: {
        href: { default: null },
        target: { default: '_blank' },
        rel: { default: 'noopener noreferrer nofollow' },
        class: { default: null },
        title: { default: null },
      },
    },
    bold: {},
    italic: {},
  },
} satisfies SchemaSpec

let cached: Schema | undefined
/** The document schema without Tiptap (memoised: it is immutable). Same nodes, marks and content as getDocumentSchema(). */
export function getDocumentModel(): Schema {
  cached ??= new Schema(DOCUMENT_SCHEMA_SPEC)
  return cached
}

/** Plain text of a ProseMirror JSON node, with guidance left out. */
export function nodeText(node: JSONContent): string {
  if (node.type === 'guidance') return ''
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(nodeText).join(node.type === 'tableRow' ? ' | ' : '')
}
