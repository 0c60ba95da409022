import { describe, expect, it } from 'vitest'
import { CueIndex } from './CueIndex.ts'

/** What the scan must find: a pattern's bit is set exactly when one of its literals occurs in the text. */
function naive(index: CueIndex, text: string): Set<number> {
  const ids = new Set<number>()
  index.registered().forEach(([, literals], id) => {
    if (literals?.some((l) => text.includes(l))) ids.add(id)
  })
  return ids
}

function scanned(index: CueIndex, text: string): Set<number> {
  const { bits } = index.scan([text])
  const ids = new Set<number>()
  for (let id = 0; id < index.size; id++) if ((bits[id >>> 5]! >>> (id & 31)) & 1) ids.add(id)
  return ids
}

describe('CueIndex scan', () => {
  // Literals that overlap, nest and share prefixes and suffixes, as the rules' vocabulary does.
  const patterns = [
    /\bcrisis\w*/,
    /\bcrisisplek\w*/,
    /\bplekken\b/,
    /\bregio\b/,
    /\bbovenregiona\w*/,
    /\bgio\w*/,
    /\bjeugd-?ggz\b/,
    /\b(wij|we) (willen|streven)\b/,
    /\bop- en afschalen\b/,
    /\b(\d+|twee) jaar\b/,
    /\bgi'?s\b/,
    /\d+/, // no literal: never in a bit set
  ]
  const index = new CueIndex()
  for (const re of patterns) index.pattern(re)

  it.each([
    'de crisisplekken in de bovenregionale samenwerking',
    'wij willen op- en afschalen binnen twee jaar',
    'regio regio regiogio',
    "de gi's en de jeugd-ggz",
    'niets van dat alles',
    '',
    'crisis',
    'ëën “regio” – 12 jaar',
  ])('finds exactly the literals in %j', (text) => {
    expect(scanned(index, text)).toEqual(naive(index, text))
  })

  it('scans many texts into separate bit sets', () => {
    const texts = ['crisisplek', 'regio', 'niets']
    const { bits, words } = index.scan(texts)
    texts.forEach((text, t) => {
      const ids = new Set<number>()
      for (let id = 0; id < index.size; id++) if ((bits[t * words + (id >>> 5)]! >>> (id & 31)) & 1) ids.add(id)
      expect(ids).toEqual(naive(index, text))
    })
  })

  it('agrees with a plain search on random text over the literals’ alphabet', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const alphabet = 'crisplekngoa- '
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      expect(scanned(index, text)).toEqual(naive(index, text))
    }
  })

  it('rebuilds when a pattern is registered after a scan', () => {
    const late = new CueIndex()
    late.pattern(/\bregio\b/)
    late.scan(['regio'])
    late.pattern(/\btarie\w*/)
    expect(scanned(late, 'de tarieven van de regio')).toEqual(new Set([0, 1]))
  })
})
