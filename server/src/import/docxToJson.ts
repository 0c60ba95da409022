import type { JSONContent } from '@regiovisie/shared/schema'
import mammoth from 'mammoth'
import { htmlToJson } from './htmlToJson.ts'
import { ImportError, ImportTooLarge } from './ImportError.ts'
import { MAX_IMPORT_BLOCKS, TOO_MUCH_TEXT } from './limits.ts'
import { storedZip, unzipDocx } from './safeZip.ts'

// Word's heading styles, also in Dutch, and the title style: the document keeps its own structure.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Kop 1'] => h1:fresh",
  "p[style-name='Kop 2'] => h2:fresh",
  "p[style-name='Kop 3'] => h3:fresh",
  "p[style-name='Kop 4'] => h4:fresh",
]

/**
 * DOCX → ProseMirror JSON through mammoth's semantic HTML (headings, lists, tables, emphasis).
 * Images are dropped (no external or embedded resources), and the HTML goes through the same
 * schema-based conversion as an HTML upload, so the result is sanitised. The archive is unpacked by
 * `unzipDocx` within size limits first (a zip bomb is refused there); mammoth gets those parts, stored.
 */
export async function docxToJson(data: Uint8Array): Promise<JSONContent> {
  const parts = unzipDocx(data)
  // Paragraphs (w:p elements) of the main text, counted before converting: each costs time and memory.
  const body = Buffer.from(parts.get('word/document.xml') ?? new Uint8Array(0))
  let paragraphs = 0
  for (const tag of ['<w:p>', '<w:p '])
    for (let i = body.indexOf(tag); i >= 0; i = body.indexOf(tag, i + 1)) paragraphs++
  if (paragraphs > MAX_IMPORT_BLOCKS) throw new ImportTooLarge(TOO_MUCH_TEXT)
  const checked = storedZip(parts)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: checked },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    )
    html = result.value
  } catch {
    throw new ImportError('het bestand is geen leesbaar Word-document (.docx)')
  }
  return htmlToJson(html.replace(/<img[^>]*>/g, ''))
}
