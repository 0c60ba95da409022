// Accented letters, typographic quotes and dashes that Dutch documents use, mapped to plain forms so that
// every concept pattern can be written once in lower-case ASCII ("continuiteit", "een", "-").
const FOLD: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ä: 'a',
  ã: 'a',
  å: 'a',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  ö: 'o',
  õ: 'o',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  ç: 'c',
  ñ: 'n',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '‑': '-',
  '\u00a0': ' ',
}
const FOLDABLE = /[àáâäãåèéêëìíîïòóôöõùúûüýÿçñ‘’‚“”„–—‑\u00a0]/g

/**
 * Lower-cases and folds accents, quotes and dashes. Keeps the string length unchanged, so an offset in
 * the normalised text is the same offset in the original.
 */
export function normalize(text: string): string {
  return text.toLowerCase().replace(FOLDABLE, (ch) => FOLD[ch] ?? ch)
}
