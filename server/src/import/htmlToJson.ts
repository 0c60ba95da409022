import { getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import { DOMParser as PMDOMParser } from '@tiptap/pm/model'
import { parseHTML } from 'linkedom'

/**
 * HTML → ProseMirror JSON through the shared schema's own parse rules. Whatever the schema does
 * not know (scripts, styles, images, iframes, event handlers) is dropped, so the result is
 * sanitised by construction.
 */
export function htmlToJson(html: string): JSONContent {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  for (const el of document.querySelectorAll('script, style, template, iframe, object, embed, noscript')) el.remove()
  const node = PMDOMParser.fromSchema(getDocumentSchema()).parse(document.body as unknown as Node)
  return node.toJSON() as JSONContent
}
