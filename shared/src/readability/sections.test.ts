import { describe, expect, it } from 'vitest'
import { toBlocks } from '../checker/outline.ts'
import { doc, guidance, h, p, table, ul } from '../checker/testDoc.ts'
import { readingSections } from './sections.ts'

const sections = (...content: Parameters<typeof doc>) =>
  readingSections(toBlocks(doc(...content))).map((s) => ({
    heading: s.heading?.text ?? null,
    text: s.blocks.map((b) => b.text),
  }))

describe('readingSections', () => {
  it.each([
    {
      name: 'the template: title block left out, one section per opgave, guidance left out',
      content: [
        h(1, 'Regiovisie Utrecht', { section: 'titel' }),
        p('Regio: Utrecht · Gemeenten: Houten, Zeist'),
        h(2, 'Inleiding en context', { section: 'inleiding' }),
        guidance('Schets de regio.'),
        p('Wij zijn vijf gemeenten.'),
        h(2, 'Opgave 2. Beschikbaarheid', { opgave: 2 }),
        guidance('Noem de functies.'),
        p('Wij kopen crisishulp in.'),
      ],
      expected: [
        { heading: 'Inleiding en context', text: ['Wij zijn vijf gemeenten.'] },
        { heading: 'Opgave 2. Beschikbaarheid', text: ['Wij kopen crisishulp in.'] },
      ],
    },
    {
      name: 'subheadings stay inside their chapter; lists and tables belong to it',
      content: [
        h(2, 'Toegang'),
        p('Het wijkteam helpt.'),
        h(3, 'Huisartsen'),
        ul('De huisarts verwijst.', 'De POH jeugd helpt.'),
        table(['Team', 'Plaats'], ['Wijkteam', 'Zeist']),
        h(2, 'Inkoop'),
        p('Wij kopen samen in.'),
      ],
      expected: [
        {
          heading: 'Toegang',
          text: [
            'Het wijkteam helpt.',
            'De huisarts verwijst.',
            'De POH jeugd helpt.',
            'Team | Plaats',
            'Wijkteam | Zeist',
          ],
        },
        { heading: 'Inkoop', text: ['Wij kopen samen in.'] },
      ],
    },
    {
      name: 'an imported file: a title, chapters at level 1 and 2 each a section, text before any heading too',
      content: [
        p('Concept, niet verspreiden.'),
        h(1, 'Regiovisie'),
        p('Een inleiding.'),
        h(2, 'Visie'),
        p('Thuis, tenzij.'),
      ],
      expected: [
        { heading: null, text: ['Concept, niet verspreiden.'] },
        { heading: 'Regiovisie', text: ['Een inleiding.'] },
        { heading: 'Visie', text: ['Thuis, tenzij.'] },
      ],
    },
    {
      name: 'headings only at level 3: those are the chapters',
      content: [h(3, 'Een'), p('Tekst een.'), h(4, 'Sub'), p('Meer.'), h(3, 'Twee'), p('Tekst twee.')],
      expected: [
        { heading: 'Een', text: ['Tekst een.', 'Meer.'] },
        { heading: 'Twee', text: ['Tekst twee.'] },
      ],
    },
    {
      name: 'a chapter without text is kept, empty',
      content: [h(2, 'Opgave 5', { opgave: 5 }), guidance('Schrijf hier.'), p(''), h(2, 'Opgave 6', { opgave: 6 })],
      expected: [
        { heading: 'Opgave 5', text: [] },
        { heading: 'Opgave 6', text: [] },
      ],
    },
    {
      name: 'no headings at all: one section',
      content: [p('Alleen tekst.')],
      expected: [{ heading: null, text: ['Alleen tekst.'] }],
    },
  ])('$name', ({ content, expected }) => {
    expect(sections(...content)).toEqual(expected)
  })
})
