import { describe, expect, it } from 'vitest'
import {
  bold,
  doc,
  EXAMPLE_GUIDANCE,
  EXAMPLE_OPGAVEN,
  exampleExportContent,
  heading,
  italic,
  link,
  paragraph,
  text,
} from './exampleExport.ts'
import { toMarkdown } from './toMarkdown.ts'

const md = toMarkdown(exampleExportContent())
const withDoc = (d: ReturnType<typeof doc>) => toMarkdown({ ...exampleExportContent(), doc: d, participation: null })
/** The body: after the table of contents (whose last entry is appendix A), before appendix A. */
const bodyOf = (out: string) => out.slice(out.indexOf('\n\n', out.indexOf('- Bijlage A.')), out.indexOf('## Bijlage A'))

describe('toMarkdown', () => {
  it('starts with the title block as typed, the version and the norm in words, and a table of contents', () => {
    expect(
      md.startsWith('# Regiovisie Jeugdhulp Holland Rijnland 2026–2030\n\nRegio: Holland Rijnland · Gemeenten: Leiden'),
    ).toBe(true)
    expect(md).toContain(
      '**Versie ter vaststelling, 24 november 2026**  \nGetoetst aan de Norm voor Opdrachtgeverschap (2020)',
    )
    expect(md).not.toContain('v-3f9a2c')
    expect(md).toContain('## Inhoudsopgave\n\n- Inleiding en context\n  - Kerncijfers\n- Visie en uitgangspunten')
    expect(md).toContain(
      '- Bijlage A. Toets aan de Norm voor Opdrachtgeverschap\n- Bijlage B. Verantwoording participatie',
    )
  })

  it('numbers each chapter once', () => {
    expect(md).toContain('\n## Inleiding en context\n')
    expect(md).toContain('\n### Kerncijfers\n')
    for (const { opgave, title } of EXAMPLE_OPGAVEN) {
      expect(md).toContain(`\n## Opgave ${opgave}. ${title}\n`)
      expect(md).toContain(`\n- Opgave ${opgave}. ${title}\n`)
    }
    const plain = withDoc(doc(heading(2, 'Inleiding'), paragraph('x'), heading(3, 'Cijfers'), paragraph('y')))
    expect(plain).toContain('\n## 1 Inleiding\n')
    expect(plain).toContain('\n### 1.1 Cijfers\n')
  })

  it('marks a chapter without text', () => {
    const out = withDoc(
      doc(heading(2, 'Opgave 7. Inkoop', { opgave: 7 }), paragraph(), heading(2, 'Opgave 8. Tarieven')),
    )
    expect(out).toContain(
      '\n## Opgave 7. Inkoop\n\n_Nog niet ingevuld_\n\n## Opgave 8. Tarieven\n\n_Nog niet ingevuld_',
    )
  })

  it('keeps lists (nested, ordered from their start), tables and quotes', () => {
    expect(md).toContain('- thuis, tenzij;\n- normaliseren;\n- zo licht als mogelijk, zo zwaar als nodig.')
    expect(md).toContain(
      '- crisishulp, met:\n  - een 24-uursbereikbaarheid;\n  - een crisisbed binnen de regio.\n- residentiële',
    )
    expect(md).toContain('1. vraagverheldering;\n2. zelf hulp bieden;')
    expect(md).toContain('3. Evaluatie in 2028.\n4. Herijking in 2030.')
    expect(md).toContain(
      '| Functie | Schaal | Contract |\n| --- | --- | --- |\n| Jeugdbescherming | Regionaal | Subsidie, meerjarig |',
    )
    expect(md).toContain('| Gesloten jeugdhulp wordt bovenregionaal ingekocht (zie opgave 5). |   |   |')
    expect(md).toContain('> “Vraag ons niet pas mee te denken')
    expect(md).toContain('Holland Rijnland telt ruim **580.000 inwoners**, van wie _ongeveer 125.000 jeugdigen_.')
    expect(md).toContain('[de website van de regio](https://www.hollandrijnland.nl)')
    expect(md).toContain('[het secretariaat](mailto:jeugd@hollandrijnland.nl)')
  })

  it('writes both appendices', () => {
    expect(md).toContain('## Bijlage A. Toets aan de Norm voor Opdrachtgeverschap')
    expect(md).toContain('| 6 | Administratieve lasten beperken | Gedeeltelijk |')
    expect(md).toContain('| 8 | Reële tarieven | Ontbreekt |')
    expect(md).toContain(
      '### Opgave 8. Reële tarieven\n\nStatus: **Ontbreekt**\n\n- Beschrijf nog hoe opgave 8 wordt geborgd.',
    )
    expect(md).toContain('## Bijlage B. Verantwoording participatie')
    expect(md).toContain('| Groep | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | Overig | Totaal |')
    expect(md).toContain('| Jeugdhulpaanbieder | – | 3 (3) | – | – | – | – | – | – | – | 3 (3) |')
    expect(md).toContain('- Opgave 2. Beschikbaarheid van specialistische jeugdhulp')
    expect(toMarkdown({ ...exampleExportContent(), participation: null })).not.toContain('Verantwoording participatie')
  })

  it('leaves out guidance and unsafe links, and escapes markup so no HTML comes through', () => {
    expect(md).not.toContain(EXAMPLE_GUIDANCE)
    expect(md).not.toContain('javascript:')
    expect(md).toContain(
      'Een tekst als \\<script\\>alert("x")\\</script\\> \\& co blijft tekst.\\\nNa een harde regelovergang.',
    )
    expect(md).not.toMatch(/(^|[^\\])<script/)
  })

  it('escapes what would start a heading, list or quote at the start of a line', () => {
    const out = bodyOf(
      withDoc(
        doc(paragraph('# geen kop'), paragraph('2024. Geen lijst'), paragraph('- ook niet'), paragraph('> of dit')),
      ),
    )
    expect(out).toContain('\\# geen kop\n\n2024\\. Geen lijst\n\n\\- ook niet\n\n\\> of dit')
  })

  it('opens and closes marks only where they change, with spaces outside the delimiters', () => {
    const out = bodyOf(
      withDoc(
        doc(
          paragraph(
            bold('vet '),
            text('vet en schuin', { type: 'bold' }, { type: 'italic' }),
            text(' gewoon '),
            italic('*sterretje*'),
            link('link (met haakjes)', 'https://example.nl/a(b)<c>'),
          ),
        ),
      ),
    )
    expect(out).toContain(
      '**vet _vet en schuin_** gewoon _\\*sterretje\\*_[link (met haakjes)](https://example.nl/a%28b%29%3Cc%3E)',
    )
  })
})
