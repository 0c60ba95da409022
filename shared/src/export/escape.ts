/**
 * Escaping for the three contexts our HTML puts text in. Every string that comes from the document,
 * its metadata or a comment goes through one of these: that is what keeps a `<script>` typed into a
 * heading, a title or a participant's organisation from becoming markup in an export.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/**
 * A CSS string literal (with its quotes) for `content:` in the print stylesheet. Everything but
 * letters, digits and spaces is written as a hex escape, so neither a quote, a backslash, a newline
 * nor `</style>` in a title can end the string or the style element.
 */
export function cssString(text: string): string {
  let out = '"'
  for (const ch of text) {
    out += /^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `
  }
  return `${out}"`
}

/**
 * The URL to link to, or null when it is not an absolute http(s) or mailto URL. Stops
 * `javascript:`, `data:` and `file:` links (and relative links, which mean nothing outside the
 * editor) from reaching an export.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const url = href.trim()
  // Control characters and whitespace inside a URL are how scheme filters get fooled ("java\nscript:").
  if (url.length === 0 || url.length > 2000 || /[\s\p{Cc}]/u.test(url)) return null
  if (/^https?:\/\/[^/?#]+/i.test(url) || /^mailto:[^/]/i.test(url)) return url
  return null
}
