/** Everything outside XML 1.0's Char production (control characters, unpaired surrogates). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Text that is valid in XML 1.0. docx escapes markup but writes control characters and unpaired
 * surrogates (which pasted text can contain) as they are, and Word then refuses the whole file.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '')
}
