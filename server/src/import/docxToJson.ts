import type { JSONContent } from '@regiovisie/shared/schema'
import mammoth from 'mammoth'
import { htmlToJson } from './htmlToJson.ts'
import { ImportError } from './ImportError.ts'

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
 * schema-based conversion as an HTML upload, so the result is sanitised.
 */
export async function docxToJson(data: Uint8Array): Promise<JSONContent> {
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    )
    html = result.value
  } catch {
    throw new ImportError('het bestand is geen leesbaar Word-document (.docx)')
  }
  return htmlToJson(html.replace(/<img[^>]*>/g, ''))
}
