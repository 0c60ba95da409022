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

  it('joins a numbered paragraph whose sentence wraps onto a figure or a name, and keeps short numbered titles', () => {
    const text = `REGIOVISIE JEUGD PROEFLAND 2025-2028

1. INLEIDING

1.1 De vier gemeenten van de jeugdregio werken sinds 2015 samen bij de inkoop
en organisatie van jeugdhulp. Met deze visie leggen zij die samenwerking vast.

1.2 Het bestuur van de gemeenschappelijke regeling heeft de visie op 18 april
2024 vrijgegeven voor besluitvorming. Daarna hebben de raden haar vastgesteld.

1.3 De jeugdbescherming is belegd bij de gecertificeerde instelling Veilig Kind
Zuid, met een meerjarige subsidie op basis van een vaste prijs per maatregel.

2. BESCHIKBAARHEID

2.1 Beschikbaarheid
24 uur per dag is er een crisisbed vrij in de regio, ook in het weekend en op
feestdagen.

2.2 De regio houdt voor crisisopvang
24 uur per dag een bed vrij bij een van de gecontracteerde aanbieders.

2.3 Het bestuur reserveert daarvoor jaarlijks
€ 250.000 voor de kosten van een overname.

2.4 Als een aanbieder dreigt om te vallen, zorgt het bureau binnen zes weken
voor een overnameplan met een andere aanbieder.
`
    expect(outline(textToJson(text))).toEqual([
      ['heading', 'REGIOVISIE JEUGD PROEFLAND 2025-2028'],
      ['heading', '1. INLEIDING'],
      [
        'paragraph',
        '1.1 De vier gemeenten van de jeugdregio werken sinds 2015 samen bij de inkoop en organisatie van jeugdhulp. Met deze visie leggen zij die samenwerking vast.',
      ],
      [
        'paragraph',
        '1.2 Het bestuur van de gemeenschappelijke regeling heeft de visie op 18 april 2024 vrijgegeven voor besluitvorming. Daarna hebben de raden haar vastgesteld.',
      ],
      [
        'paragraph',
        '1.3 De jeugdbescherming is belegd bij de gecertificeerde instelling Veilig Kind Zuid, met een meerjarige subsidie op basis van een vaste prijs per maatregel.',
      ],
      ['heading', '2. BESCHIKBAARHEID'],
      ['heading', '2.1 Beschikbaarheid'],
      ['paragraph', '24 uur per dag is er een crisisbed vrij in de regio, ook in het weekend en op feestdagen.'],
      [
        'paragraph',
        '2.2 De regio houdt voor crisisopvang 24 uur per dag een bed vrij bij een van de gecontracteerde aanbieders.',
      ],
      ['paragraph', '2.3 Het bestuur reserveert daarvoor jaarlijks € 250.000 voor de kosten van een overname.'],
      [
        'paragraph',
        '2.4 Als een aanbieder dreigt om te vallen, zorgt het bureau binnen zes weken voor een overnameplan met een andere aanbieder.',
      ],
    ])
  })

  it('keeps numbered and chapter titles over a line that begins with a figure, where the text numbers titles', () => {
    const text = `Regiovisie Jeugd Proefdal 2025-2028

1 Inleiding
De gemeenten van Proefdal werken samen in de jeugdhulp. Deze visie beschrijft
hoe wij dat de komende vier jaar doen en wat wij daarvoor met elkaar afspreken.

1.1 Hoe deze visie tot stand kwam
2023 was het jaar waarin jongeren, ouders en aanbieders met ons meeschreven aan
deze visie. Hun inbreng staat in de bijlage.

2 Financiën
2025 is het eerste jaar met een gezamenlijke regionale begroting van 31 miljoen
euro. Het bestuur stelt elk jaar een budgetplafond vast.

Hoofdstuk 3
€ 4 miljoen van die begroting gaat naar de functies die de regio samen borgt.
`
    expect(outline(textToJson(text)).map(([type, t]) => (type === 'heading' ? t : type))).toEqual([
      'Regiovisie Jeugd Proefdal 2025-2028',
      '1 Inleiding',
      'paragraph',
      '1.1 Hoe deze visie tot stand kwam',
      'paragraph',
      '2 Financiën',
      'paragraph',
      'Hoofdstuk 3',
      'paragraph',
    ])
  })

  it('starts a numbered paragraph after a full line that ends a sentence, in text without blank lines', () => {
    const text = `Titel
1.1 De vier gemeenten werken sinds 2015 samen bij de inkoop van de jeugdhulp,
en leggen die samenwerking in deze visie vast voor de jaren 2025 tot en met 28.
1.2 Het bestuur heeft de visie op 18 april vrijgegeven voor de besluitvorming
in de raden, die haar voor de zomer van 2024 allemaal hebben vastgesteld.`
    expect(outline(textToJson(text)).map(([type, t]) => [type, t?.slice(0, 3)])).toEqual([
      ['heading', 'Tit'],
      ['paragraph', '1.1'],
      ['paragraph', '1.2'],
    ])
  })

  it('mends a sentence and a word that a page break cut, but not a title at the foot of a page', () => {
    const footer = (n: number) => `Regiovisie Jeugd Waterland 2025-2028                              pagina ${n}`
    const text = `Regiovisie Jeugd Waterland
Inleiding
De zes gemeenten van Waterland werken sinds 2015 samen in de jeugdhulp. Deze
visie beschrijft wat wij samen doen en hoe wij dat organiseren, met de

${footer(1)}

gemeenteraden en de jongerenraad als eerste lezers. De kosten van de jeugd-
\f
${footer(2)}

hulp stijgen al jaren.

2 Financiën

${footer(3)}

2025 is het eerste jaar met een gezamenlijke begroting.
`
    expect(outline(textToJson(text))).toEqual([
      ['heading', 'Regiovisie Jeugd Waterland'],
      ['heading', 'Inleiding'],
      [
        'paragraph',
        'De zes gemeenten van Waterland werken sinds 2015 samen in de jeugdhulp. Deze visie beschrijft wat wij samen doen en hoe wij dat organiseren, met de gemeenteraden en de jongerenraad als eerste lezers. De kosten van de jeugdhulp stijgen al jaren.',
      ],
      ['heading', '2 Financiën'],
      ['paragraph', '2025 is het eerste jaar met een gezamenlijke begroting.'],
    ])
  })

  it('keeps a title in capitals between repeated rules apart from the full line above it', () => {
    const rule = '='.repeat(70)
    const text = `Voortgangsrapportage
Status: ter kennisname aan de colleges en de gemeenteraden van de regio

${rule}
INLEIDING
${rule}

Dit is de tweede rapportage over de regiovisie, over het jaar 2024 en over de
plannen voor 2025 en 2026.

${rule}
TOT SLOT
${rule}

De regiovisie loopt eind 2026 af.`
    const read = outline(textToJson(text))
    expect(read.slice(-4)).toEqual([
      ['heading', 'INLEIDING'],
      [
        'paragraph',
        'Dit is de tweede rapportage over de regiovisie, over het jaar 2024 en over de plannen voor 2025 en 2026.',
      ],
      ['heading', 'TOT SLOT'],
      ['paragraph', 'De regiovisie loopt eind 2026 af.'],
    ])
  })

  it('turns lines of tab-separated cells (a table exported as text) into a table with a header row', () => {
    const doc = textToJson(
      [
        'Regiovisie Jeugd Weidebeek',
        '',
        'De raden stelden de visie als volgt vast:',
        'Gemeente\tDatum\tBesluit',
        'Aldeweer\t3 maart 2026\tvastgesteld',
        'Bosdam\t10 maart 2026\tvastgesteld',
        'Daarna ging de visie naar de aanbieders.',
        'Eén regel\tmet een tab is nog geen tabel.',
      ].join('\n'),
    )
    const table = doc.content?.find((n) => n.type === 'table')
    expect(table?.content?.map((row) => row.content?.map((cell) => cell.type))).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell'],
      ['tableCell', 'tableCell', 'tableCell'],
    ])
    expect(JSON.stringify(table)).toContain('Bosdam')
    expect(doc.content?.filter((n) => n.type === 'table')).toHaveLength(1)
    expect(JSON.stringify(doc)).toContain('Eén regel met een tab is nog geen tabel.')
  })

  it('turns a table typed with pipes (outer pipes optional, a rule under the header) into a table', () => {
    const doc = textToJson(
      [
        'Alle raden hebben de visie vastgesteld:',
        '',
        '  Gemeente   | Datum      | Besluit',
        '  ----------|------------|-----------',
        '  Aldeweer   | 03-03-2026 | vastgesteld',
        '  Bosdam     | 10-03-2026 | vastgesteld',
        '',
        '| Jaar | Plekken |',
        '|:-----|--------:|',
        '| 2026 | 12 |',
        '',
        'Kies A | of B: een zin met één streep is geen tabel.',
      ].join('\n'),
    )
    const tables = doc.content?.filter((n) => n.type === 'table') ?? []
    expect(tables.map((t) => t.content?.length)).toEqual([3, 2])
    expect(tables[0]?.content?.[0]?.content?.map((cell) => cell.type)).toEqual([
      'tableHeader',
      'tableHeader',
      'tableHeader',
    ])
    expect(JSON.stringify(tables[0])).not.toContain('---')
    expect(JSON.stringify(tables[0]?.content?.[2])).toContain('Bosdam')
    expect(JSON.stringify(doc)).toContain('Kies A | of B: een zin met één streep is geen tabel.')
  })

  it('turns a spreadsheet saved with semicolons into a table, and leaves a sentence with semicolons alone', () => {
    const doc = textToJson(
      [
        'NvO-matrix Weidebeek',
        '',
        'Nr;Onderdeel;Huidige stand;Status',
        '4.1;Rechtsvorm;Een openbaar lichaam; het bestuur beslist voor alle gemeenten;gereed',
        '"4.2";"Aanspreekpunt; extern";"De voorzitter van het bestuur";gereed',
        '',
        'Wij kiezen voor de lokale teams; de toegang blijft dichtbij; dat is onze lijn.',
      ].join('\n'),
    )
    const table = doc.content?.find((n) => n.type === 'table')
    expect(table?.content?.map((row) => row.content?.length)).toEqual([4, 4, 4])
    const cells = table?.content?.[2]?.content?.map((c) => c.content?.[0]?.content?.[0]?.text)
    expect(cells).toEqual(['4.2', 'Aanspreekpunt; extern', 'De voorzitter van het bestuur', 'gereed'])
    expect(JSON.stringify(table)).toContain('Een openbaar lichaam; het bestuur beslist voor alle gemeenten')
    expect(doc.content?.filter((n) => n.type === 'table')).toHaveLength(1)
    expect(JSON.stringify(doc)).toContain(
      'Wij kiezen voor de lokale teams; de toegang blijft dichtbij; dat is onze lijn.',
    )
  })

  it('makes the lines set between rules headings, and nothing else in a text that frames its titles', () => {
    const doc = textToJson(
      [
        'Regiovisie Weidebeek (tekst uit de presentatie)',
        '',
        '----------------------------------------',
        'Dia 7 - Minder regels, meer tijd voor jeugd, voor alle gemeenten samen',
        '----------------------------------------',
        '- Eén uitvoeringsvariant voor alle gemeenten',
        '',
        '----------------------------------------',
        'Dia 8 - Vastgesteld',
        '----------------------------------------',
        'Zes van zes raden',
        '  Aldeweer   3-3-2026',
        '  Bosdam     10-3-2026',
      ].join('\n'),
    )
    const headings = doc.content?.filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text)
    expect(headings).toEqual([
      'Regiovisie Weidebeek (tekst uit de presentatie)',
      'Dia 7 - Minder regels, meer tijd voor jeugd, voor alle gemeenten samen',
      'Dia 8 - Vastgesteld',
    ])
    expect(JSON.stringify(doc)).toMatch(/Zes van zes raden Aldeweer\s+3-3-2026 Bosdam\s+10-3-2026/)
  })

  it('ends a list at a line indented less than its bullet, and keeps an unnumbered title inside a numbered section', () => {
    const doc = textToJson(
      [
        'Addendum regiovisie Weidebeek',
        '',
        '3.1 Hulp die niet mag omvallen',
        '',
        'Voor deze vormen gelden vaste afspraken:',
        '',
        '  Crisisopvang',
        '    - vier bedden met een vaste vergoeding',
        '  Gezinshuizen',
        '    - twee organisaties nemen elkaars huizen over',
      ].join('\n'),
    )
    const items = JSON.stringify(doc.content?.filter((n) => n.type === 'bulletList'))
    expect(items).toContain('vier bedden met een vaste vergoeding')
    expect(items).not.toContain('Gezinshuizen')
    const titles = (doc.content ?? [])
      .filter((n) => n.type === 'heading')
      .map((n) => [n.attrs?.level, n.content?.[0]?.text])
    expect(titles).toContainEqual([3, '3.1 Hulp die niet mag omvallen'])
    expect(titles).toContainEqual([4, 'Crisisopvang'])
  })

  it('stays linear on long runs of spaces (no backtracking on /\\s+$/ or a page-number pattern)', () => {
    const started = performance.now()
    const doc = textToJson(`Titel\n3${' '.repeat(100_000)}x\na${' '.repeat(100_000)}b \t\nc${' '.repeat(100_000)}\n`)
    expect(performance.now() - started).toBeLessThan(500)
    expect(outline(doc).map(([type]) => type)).toEqual(['heading', 'paragraph'])
  })
})
