import type { JSONContent } from '@regiovisie/shared/schema'

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/**
 * Plain text → ProseMirror JSON. Blank lines separate paragraphs; hard line breaks inside a
 * paragraph (as in text copied from a PDF) are joined, and hyphenated line ends are mended.
 */
export function textToJson(text: string): JSONContent {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean)
  return { type: 'doc', content: blocks.length ? blocks.map(paragraph) : [{ type: 'paragraph' }] }
}
