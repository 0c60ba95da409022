import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { createExtensions } from './extensions.ts'

export type { JSONContent } from '@tiptap/core'
export { createExtensions } from './extensions.ts'
export { Guidance } from './Guidance.ts'
export { DOCUMENT_SCHEMA_SPEC, FRAGMENT_NAME, getDocumentModel, nodeText } from './model.ts'
export { SectionHeading } from './SectionHeading.ts'

let cached: Schema | undefined
/** The ProseMirror schema built from the shared extension list (memoised: it is immutable). */
export function getDocumentSchema(): Schema {
  cached ??= getSchema(createExtensions())
  return cached
}

/** Node type names of the schema; exporters are `Record<NodeName, …>` so a new node is a type error. */
export type NodeName =
  | 'doc'
  | 'paragraph'
  | 'text'
  | 'heading'
  | 'bulletList'
  | 'orderedList'
  | 'listItem'
  | 'blockquote'
  | 'hardBreak'
  | 'table'
  | 'tableRow'
  | 'tableHeader'
  | 'tableCell'
  | 'guidance'

export type MarkName = 'bold' | 'italic' | 'link'
