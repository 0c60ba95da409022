import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { getDocumentSchema, type JSONContent } from '@regiovisie/shared/schema'
import MarkdownIt from 'markdown-it'
import { htmlToJson } from './htmlToJson.ts'
import { textToJson } from './textToJson.ts'

/** A file the importer cannot read or does not support; the CLI maps it to exit code 2. */
export class ImportError extends Error {}

// html: false — raw HTML inside Markdown is shown as text, never passed through.
const markdown = new MarkdownIt({ html: false, linkify: true })

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json'] as const

/** Converts file contents to ProseMirror JSON by extension. */
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

export async function fileToJson(path: string): Promise<JSONContent> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ImportError(
      code === 'ENOENT' ? 'bestand niet gevonden' : `kan het bestand niet lezen (${code ?? 'onbekende fout'})`,
    )
  }
  if (!content.trim()) throw new ImportError('het bestand is leeg')
  return contentToJson(content, extname(path))
}
