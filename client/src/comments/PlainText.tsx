import type { ReactNode } from 'react'

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g
/** Punctuation that ends a sentence rather than the link ("zie https://example.org."). */
const TRAILING = /[.,;:!?)\]]+$/

function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0]
    const url = raw.replace(TRAILING, '')
    const start = match.index
    parts.push(text.slice(last, start))
    parts.push(
      <a key={start} href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>,
    )
    last = start + url.length
  }
  parts.push(text.slice(last))
  return parts
}

/**
 * Comment text exactly as written: line breaks kept (CSS `pre-wrap`) and http(s) addresses
 * made into links that open in a new tab. Everything else is a React text node, so markup in a
 * comment is shown, never parsed: never render comment text as HTML.
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  return <p className={className ? `plain-text ${className}` : 'plain-text'}>{linkify(text)}</p>
}
