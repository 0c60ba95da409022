import type { DiffSegment } from '@regiovisie/shared/versions'

/** A piece of a condensed diff: a segment, or unchanged text left out (counted in words). */
export type DiffPiece = DiffSegment | { type: 'gap'; words: number }

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** The start of `text`, at most about `n` characters, ending at a paragraph or word boundary. */
function leading(text: string, n: number): string {
  if (text.length <= n) return text
  const paragraph = text.indexOf('\n')
  if (paragraph >= 0 && paragraph <= n) return text.slice(0, paragraph + 1)
  const space = text.lastIndexOf(' ', n)
  return text.slice(0, space > n / 2 ? space + 1 : n)
}

/** The end of `text`, at most about `n` characters, starting at a paragraph or word boundary. */
function trailing(text: string, n: number): string {
  if (text.length <= n) return text
  const from = text.length - n
  const paragraph = text.lastIndexOf('\n')
  if (paragraph >= from) return text.slice(paragraph + 1)
  const space = text.indexOf(' ', from)
  return text.slice(space >= 0 && space < from + n / 2 ? space + 1 : from)
}

/**
 * The changes of a diff with a little unchanged text around each (about `context` characters on
 * either side); the rest of the unchanged text becomes a gap. Without changes, one gap remains.
 */
export function condenseDiff(segments: readonly DiffSegment[], context = 160): DiffPiece[] {
  const lastChange = segments.findLastIndex((s) => s.type !== 'equal')
  const firstChange = segments.findIndex((s) => s.type !== 'equal')
  const pieces: DiffPiece[] = []
  segments.forEach((segment, i) => {
    if (segment.type !== 'equal') {
      pieces.push(segment)
      return
    }
    const head = firstChange >= 0 && i > firstChange ? leading(segment.text, context) : ''
    const tail = i < lastChange ? trailing(segment.text, context) : ''
    if (head.length + tail.length >= segment.text.length) {
      pieces.push(segment)
      return
    }
    if (head) pieces.push({ type: 'equal', text: head })
    const words = countWords(segment.text.slice(head.length, segment.text.length - tail.length))
    if (words > 0) pieces.push({ type: 'gap', words })
    if (tail) pieces.push({ type: 'equal', text: tail })
  })
  return pieces
}
