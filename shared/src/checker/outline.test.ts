import { describe, expect, it } from 'vitest'
import { toBlocks } from './outline.ts'
import { doc, guidance, h, p, table, ul } from './testDoc.ts'

describe('toBlocks', () => {
  const d = doc(
    h(1, 'Titel'),
    guidance('Schrijf hier de visie.'),
    h(2, 'Opgave 2', { opgave: 2 }),
    p('Wij kopen in:'),
    ul('pleegzorg', 'crisishulp'),
    table(['Functie', 'Plekken'], ['Crisis', '4']),
    h(3, 'Detail'),
    p('  Tekst met spaties.'),
  )
  const blocks = toBlocks(d)

  it('leaves guidance out and keeps headings, list items and table rows in order', () => {
    expect(blocks.map((b) => b.text)).toEqual([
      'Titel',
      'Opgave 2',
      'Wij kopen in:',
      'pleegzorg',
      'crisishulp',
      'Functie | Plekken',
      'Crisis | 4',
      'Detail',
      'Tekst met spaties.',
    ])
  })

  it('knows the enclosing headings, the template opgave and what introduces a list or table', () => {
    const item = blocks.find((b) => b.text === 'pleegzorg')!
    expect(item.lead).toBe(2)
    expect(item.inOpgave).toBe(2)
    expect(item.headings).toEqual([0, 1])
    const row = blocks.find((b) => b.text === 'Crisis | 4')!
    expect(row.header).toBe(5)
    expect(blocks.find((b) => b.text === 'Tekst met spaties.')!.headings).toEqual([0, 1, 7])
  })

  it('gives ProseMirror positions that select the text', () => {
    // Positions count node boundaries: rebuild the flat text and compare with a slice by positions.
    const flat: string[] = []
    const walk = (n: import('@tiptap/core').JSONContent): void => {
      if (n.type === 'text') flat.push(...(n.text ?? ''))
      else if (['hardBreak', 'guidance'].includes(n.type ?? '')) flat.push('\u0000')
      else {
        if (n.type !== 'doc') flat.push('\u0001')
        for (const c of n.content ?? []) walk(c)
        if (n.type !== 'doc') flat.push('\u0002')
      }
    }
    walk(d)
    for (const b of blocks.filter((x) => x.type !== 'tableRow')) expect(flat.slice(b.from, b.to).join('')).toBe(b.text)
  })
})
