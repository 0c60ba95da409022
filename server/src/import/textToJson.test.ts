import type { JSONContent } from '@regiovisie/shared/schema'
import { describe, expect, it } from 'vitest'
import { textToJson } from './textToJson.ts'

const plain = (n: JSONContent): string =>
  n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(plain).join(n.type === 'listItem' ? '' : ' ')
const outline = (doc: JSONContent) => (doc.content ?? []).map((n) => [n.type, plain(n).trim()])

// Text as it comes out of a PDF: hard line breaks inside paragraphs, a hyphenated word, running
// headers and footers with page numbers, and no blank lines between paragraphs.
const PDF = `Regiovisie Jeugd Waterland 2025-2028
Inleiding
De zes gemeenten van Waterland werken sinds 2015 samen in de jeugd-
hulp. Deze visie beschrijft wat wij samen doen en hoe wij dat
organiseren.
Regiovisie Jeugd Waterland 2025-2028
Pagina 2 van 3
4. Governance
De samenwerking is vastgelegd in een gemeenschappelijke regeling.
Het dagelijks bestuur is het aanspreekpunt. De voorzitter treedt
extern op namens de regio.
Afspraken:
• besluiten zijn bindend voor alle gemeenten;
• de kosten worden solidair
gedeeld.
Regiovisie Jeugd Waterland 2025-2028
Pagina 3 van 3
`

describe('textToJson', () => {
  it('rebuilds paragraphs, headings and lists from PDF-copied text and drops headers and page numbers', () => {
    expect(outline(textToJson(PDF))).toEqual([
      ['heading', 'Regiovisie Jeugd Waterland 2025-2028'],
      ['heading', 'Inleiding'],
      [
        'paragraph',
        'De zes gemeenten van Waterland werken sinds 2015 samen in de jeugdhulp. Deze visie beschrijft wat wij samen doen en hoe wij dat organiseren.',
      ],
      ['heading', '4. Governance'],
      [
        'paragraph',
        'De samenwerking is vastgelegd in een gemeenschappelijke regeling. Het dagelijks bestuur is het aanspreekpunt. De voorzitter treedt extern op namens de regio.',
      ],
      ['paragraph', 'Afspraken:'],
      ['bulletList', 'besluiten zijn bindend voor alle gemeenten; de kosten worden solidair gedeeld.'],
    ])
  })

  it('keeps blank-line paragraphs of typed text', () => {
    expect(outline(textToJson('Titel\n\nEerste alinea\nloopt door.\n\nTweede alinea.'))).toEqual([
      ['heading', 'Titel'],
      ['paragraph', 'Eerste alinea loopt door.'],
      ['paragraph', 'Tweede alinea.'],
    ])
  })

  it('stays linear on long runs of spaces (no backtracking on /\\s+$/ or a page-number pattern)', () => {
    const started = performance.now()
    const doc = textToJson(`Titel\n3${' '.repeat(100_000)}x\na${' '.repeat(100_000)}b \t\nc${' '.repeat(100_000)}\n`)
    expect(performance.now() - started).toBeLessThan(500)
    expect(outline(doc).map(([type]) => type)).toEqual(['heading', 'paragraph'])
  })
})
