import { describe, expect, it } from 'vitest'
import { doc, guidance, heading, paragraph } from './exampleExport.ts'
import { buildOutline } from './outline.ts'

describe('buildOutline', () => {
  it('numbers by nesting, not by editor level', () => {
    const { headings } = buildOutline(
      doc(
        heading(2, 'A'),
        heading(4, 'A.a'),
        heading(3, 'A.b'),
        heading(4, 'A.b.i'),
        heading(2, 'B'),
        heading(3, 'B.a'),
      ),
    )
    expect(headings.map((h) => `${h.number} ${h.text} (${h.depth})`)).toEqual([
      '1 A (1)',
      '1.1 A.a (2)',
      '1.2 A.b (2)',
      '1.2.1 A.b.i (3)',
      '2 B (1)',
      '2.1 B.a (2)',
    ])
    expect(headings[3]!.id).toBe('h-1-2-1')
  })

  it('leaves out the optional chapter in plain language when it is empty, and keeps it with text', () => {
    const plain = {
      type: 'heading',
      attrs: { level: 2, section: 'gewone-taal' },
      content: [{ type: 'text', text: 'In gewone taal' }],
    }
    const empty = buildOutline(
      doc(heading(2, 'A'), paragraph('Tekst.'), plain, guidance('Optioneel.'), heading(2, 'B'), paragraph('Meer.')),
    )
    expect(empty.headings.map((h) => h.text)).toEqual(['A', 'B'])
    expect(empty.emptyChapters).toEqual([])
    const filled = buildOutline(
      doc(heading(2, 'A'), paragraph('Tekst.'), plain, paragraph('Je kunt terecht bij het wijkteam.')),
    )
    expect(filled.headings.map((h) => h.text)).toEqual(['A', 'In gewone taal'])
  })

  it('drops the title heading, its region line, guidance and empty paragraphs', () => {
    const { blocks, headings } = buildOutline(
      doc(
        heading(1, 'Titel', { section: 'titel' }),
        paragraph('Regio: X · Gemeenten: Y'),
        guidance('hint'),
        heading(2, 'Inleiding'),
        paragraph(),
        paragraph('Regio: blijft staan als het niet direct onder de titel staat'),
      ),
    )
    expect(headings.map((h) => h.text)).toEqual(['Inleiding'])
    expect(blocks).toHaveLength(2)
  })
})
