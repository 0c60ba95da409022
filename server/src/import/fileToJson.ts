import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import MarkdownIt from 'markdown-it'
import { htmlToJson } from './htmlToJson.ts'
import { ImportError, ImportTooLarge } from './ImportError.ts'
import { MAX_FILE_BYTES, MAX_IMPORT_BLOCKS, MAX_IMPORT_CHARS, TOO_MUCH_TEXT } from './limits.ts'
import { textToJson } from './textToJson.ts'

export { ImportError, ImportTooLarge, MAX_FILE_BYTES, MAX_IMPORT_BLOCKS, MAX_IMPORT_CHARS }

// html: false — raw HTML inside Markdown is shown as text, never passed through.
const markdown = new MarkdownIt({ html: false, linkify: true })

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.json'] as const

/**
 * What a text file may hold before it is converted at all (converting costs per block and per tag):
 * characters (markup included), lines of Markdown or text, and tags of HTML.
 */
const MAX_SOURCE_CHARS = 5_000_000
const MAX_SOURCE_LINES = 50_000
const MAX_SOURCE_TAGS = 250_000

/** Converts text file contents to ProseMirror JSON by extension. */
export function contentToJson(content: string, extension: string): JSONContent {
  switch (extension.toLowerCase()) {
    case '.md':
    case '.markdown':
      return htmlToJson(markdown.render(content))
    case '.html':
    case '.htm':
      return htmlToJson(content)
    case '.txt':
      return textToJson(content)
    case '.json': {
      let parsed: unknown
      try {
        parsed = JSON.parse(content)
      } catch {
        throw new ImportError('het bestand bevat geen geldige JSON')
      }
      try {
        const node = getDocumentSchema().nodeFromJSON(parsed)
        node.check()
        return node.toJSON() as JSONContent
      } catch (err) {
        throw new ImportError(`geen geldig ProseMirror-document: ${err instanceof Error ? err.message : String(err)}`)
      }
    }
    default:
      throw new ImportError(
        `bestandstype "${extension || '(geen)'}" wordt niet ondersteund; gebruik ${SUPPORTED_EXTENSIONS.join(', ')}`,
      )
  }
}

/** Whether a text file is too large to convert: see MAX_SOURCE_CHARS, _LINES and _TAGS. */
function tooLarge(content: string, extension: string): boolean {
  if (content.length > MAX_SOURCE_CHARS) return true
  const html = extension === '.html' || extension === '.htm'
  const [mark, max] = html ? ['<', MAX_SOURCE_TAGS] : extension === '.json' ? ['', 0] : ['\n', MAX_SOURCE_LINES]
  if (!mark) return false
  let n = 0
  for (let i = content.indexOf(mark); i >= 0; i = content.indexOf(mark, i + 1)) if (++n > max) return true
  return false
}

/** Throws when the document holds more text or blocks than an import may (walked without recursion). */
export function checkImportSize(doc: JSONContent): void {
  let chars = 0
  let blocks = 0
  const stack: JSONContent[] = [doc]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') chars += node.text?.length ?? 0
    else if (node.type === 'paragraph' || node.type === 'heading') blocks++
    if (chars > MAX_IMPORT_CHARS || blocks > MAX_IMPORT_BLOCKS) throw new ImportTooLarge(TOO_MUCH_TEXT)
    for (const child of node.content ?? []) stack.push(child)
  }
}

/** Whether a document has any text at all (a file of only whitespace, markup or images has none). */
export function hasText(doc: JSONContent): boolean {
  if (doc.type === 'text') return Boolean(doc.text?.trim())
  return (doc.content ?? []).some(hasText)
}

/**
 * Converts an uploaded or read file to ProseMirror JSON, by its name's extension. Used by the CLI and
 * by the upload that creates a document from a file. Throws ImportError with a Dutch message for
 * unsupported, unreadable or empty files.
 */
export async function bufferToJson(data: Uint8Array, filename: string): Promise<JSONContent> {
  const extension = extname(filename).toLowerCase()
  if (extension === '.pdf')
    throw new ImportError('PDF wordt niet ondersteund: kopieer de tekst naar een .txt-bestand, of bewaar het als .docx')
  if (extension === '.doc')
    throw new ImportError('het oude Word-formaat (.doc) wordt niet ondersteund: bewaar het als .docx')
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) contentToJson('', extension) // throws
  if (data.byteLength > MAX_FILE_BYTES) throw new ImportTooLarge('het bestand is te groot (meer dan 20 MB)')
  let doc: JSONContent
  if (extension === '.docx') {
    // mammoth is loaded only when a DOCX arrives (it is large and rarely needed).
    const { docxToJson } = await import('./docxToJson.ts')
    doc = await docxToJson(data)
  } else {
    let content: string
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(data)
    } catch {
      throw new ImportError('het bestand is geen leesbare tekst (verwacht UTF-8)')
    }
    if (!content.trim()) throw new ImportError('het bestand is leeg')
    if (tooLarge(content, extension)) throw new ImportTooLarge(TOO_MUCH_TEXT)
    doc = contentToJson(content.replace(/^\uFEFF/, ''), extension)
  }
  checkImportSize(doc)
  if (!hasText(doc)) throw new ImportError('het bestand bevat geen tekst')
  return doc
}

export async function fileToJson(path: string): Promise<JSONContent> {
  let data: Uint8Array
  try {
    data = await readFile(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ImportError(
      code === 'ENOENT'
        ? 'bestand niet gevonden'
        : code === 'EISDIR'
          ? 'dit is een map, geen bestand'
          : `kan het bestand niet lezen (${code ?? 'onbekende fout'})`,
    )
  }
  if (data.byteLength === 0) throw new ImportError('het bestand is leeg')
  return bufferToJson(data, path)
}
