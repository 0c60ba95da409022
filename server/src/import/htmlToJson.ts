import { getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import { DOMParser as PMDOMParser } from '@tiptap/pm/model'
import { parseHTML } from 'linkedom'

/**
 * HTML → ProseMirror JSON through the shared schema's own parse rules. Whatever the schema does
 * not know (scripts, styles, images, iframes, event handlers) is dropped, so the result is
 * sanitised by construction. Struck text is kept between `~~` marks.
 */
export function htmlToJson(html: string): JSONContent {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const unsafe = document.querySelectorAll('script, style, template, iframe, object, embed, noscript')
  for (let i = 0; i < unsafe.length; i++) unsafe[i]?.remove()
  // The editor has no strikethrough: struck words (deleted in the draft) keep Markdown's marks, so the
  // reader still sees them as struck and the checker does not take them as evidence.
  const struck = document.querySelectorAll('s, del, strike')
  for (let i = 0; i < struck.length; i++) {
    const el = struck[i]
    el?.replaceWith(document.createTextNode(`~~${el.textContent ?? ''}~~`))
  }
  const node = PMDOMParser.fromSchema(getDocumentSchema()).parse(document.body as unknown as Node)
  return node.toJSON() as JSONContent
}
