import { describe, expect, it } from 'vitest'
import { mendWrappedHeadings } from './mendWrappedHeadings.ts'
import { positionIn, toBlocks } from './outline.ts'
import { doc, h, p, ul } from './testDoc.ts'

// Text copied from a PDF comes in with hard line breaks; a line that breaks off a numbered sentence
// before a line starting with a figure may come in as a heading. Sentences written for these tests.
const wrappedDoc = doc(
  h(1, 'Regiovisie Jeugd 2025–2028'),
  h(2, '8. INKOOP'),
  h(3, '8.3 De contracten hebben een looptijd van zes jaar (1 januari 2025 tot en met'),
  p('31 december 2030), met een optie tot verlenging van twee jaar.'),
  p('8.4 Jeugdigen ronden hun hulp af bij hun eigen aanbieder.'),
  ul('een overgangsregeling', 'een warme overdracht'),
)

describe('headings that are wrapped lines of a sentence', () => {
  it('joins the line to the paragraph it breaks into, and moves what stood under it to the heading above', () => {
    const before = toBlocks(wrappedDoc)
    const after = mendWrappedHeadings(before)
    expect(after.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph'])
    expect(after[2]?.text).toBe(
      '8.3 De contracten hebben een looptijd van zes jaar (1 januari 2025 tot en met 31 december 2030), met een optie tot verlenging van twee jaar.',
    )
    expect(after.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(after[3]?.heading).toBe(1)
    expect(after[3]?.headings).toEqual([0, 1])
    expect(after[4]?.lead).toBe(3)
  })

  it('keeps ProseMirror positions exact on both sides of the join', () => {
    const [, , line, rest] = toBlocks(wrappedDoc)
    const joined = mendWrappedHeadings(toBlocks(wrappedDoc))[2]!
    expect(positionIn(joined, 0)).toBe(line?.from)
    expect(positionIn(joined, joined.text.indexOf('31 december'))).toBe(rest?.from)
    expect(positionIn(joined, joined.text.length)).toBe(rest?.to)
  })

  it.each([
    [
      'a title of ordinary length',
      h(2, '5. Lokale toegang en de aansluiting op de specialistische hulp'),
      'De toegang is lokaal belegd.',
    ],
    [
      'a title in capitals',
      h(2, '4. DE FUNCTIES IN DE KETEN EN HOE WIJ ZE OVEREIND HOUDEN'),
      '4.1 Jeugdbescherming. De twee GI’s …',
    ],
    [
      'a long title above a numbered paragraph',
      h(2, '3. Wat wij in de afgelopen periode hebben gedaan en geleerd'),
      '3.1 Wij kochten samen in.',
    ],
  ])('leaves %s alone', (_name, heading, text) => {
    const blocks = mendWrappedHeadings(toBlocks(doc(h(1, 'Titel'), heading, p(text))))
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph'])
  })
})

describe('headings that are rows of a table aligned with spaces', () => {
  it.each([
    ['Publicatie van de aanbesteding      1 mei 2026', true],
    ['Gunning    oktober 2026', true],
    ['Planning en looptijd', false],
    ['7.2 Contracten 2026-2030', false],
    ['Wachttijden    en    doorstroom', false],
  ])('"%s" → a line of text %s', (line, expected) => {
    const after = mendWrappedHeadings(
      toBlocks(doc(h(1, 'Regiovisie'), h(2, 'Inkoop'), h(3, line), p('Tekst eronder.'))),
    )
    expect(after[2]?.type).toBe(expected ? 'paragraph' : 'heading')
    // What stood under a row stands under the heading above it.
    expect(after[3]?.heading).toBe(expected ? 1 : 2)
  })
})
