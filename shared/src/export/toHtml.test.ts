import { describe, expect, it } from 'vitest'
import {
  doc,
  EXAMPLE_GUIDANCE,
  EXAMPLE_OPGAVEN,
  exampleExportContent,
  guidance,
  heading,
  paragraph,
} from './exampleExport.ts'
import { toHtml } from './toHtml.ts'
import type { ExportContent } from './types.ts'

const html = toHtml(exampleExportContent())

describe('toHtml', () => {
  it('is one self-contained document that loads nothing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i)
  })

  it("starts with a title page in people's words: the title block as typed, the version with its date, the norm", () => {
    const titlePage = html.slice(html.indexOf('<header class="title-page">'), html.indexOf('</header>'))
    expect(titlePage).toContain('<h1>Regiovisie Jeugdhulp Holland Rijnland 2026–2030</h1>')
    expect(titlePage).toContain(
      '<p>Regio: Holland Rijnland · Gemeenten: Leiden, Katwijk, Alphen aan den Rijn en elf andere</p>',
    )
    expect(titlePage).toContain('<p class="version">Versie ter vaststelling, 24 november 2026</p>')
    expect(titlePage).toContain('<p class="checked">Getoetst aan de Norm voor Opdrachtgeverschap (2020)</p>')
    // No identifiers on paper: the fingerprint is in the file's properties only.
    expect(titlePage).not.toContain('v-3f9a2c')
    expect(titlePage).not.toContain('nvo-2020')
    expect(html).toContain('<meta name="version-id" content="v-3f9a2c">')
  })

  it('prints a title renamed in the document, not the title the document was created with', () => {
    const content = exampleExportContent()
    const renamed = {
      ...content.doc,
      content: content.doc.content!.map((n) =>
        n.attrs?.section === 'titel' ? { ...n, content: [{ type: 'text', text: 'Samen Sterk 2027' }] } : n,
      ),
    }
    const out = toHtml({ ...content, doc: renamed })
    expect(out).toContain('<h1>Samen Sterk 2027</h1>')
    expect(out).toContain('<title>Samen Sterk 2027</title>')
    expect(out).not.toContain('Regiovisie Jeugdhulp Holland Rijnland 2026–2030')
  })

  it('gives a document without a title block the recorded title, region and municipalities, and calls the current state a concept', () => {
    const content = exampleExportContent()
    const body = content.doc.content!.filter(
      (n) => n.attrs?.section !== 'titel' && !/^Regio: /.test(n.content?.[0]?.text ?? ''),
    )
    const out = toHtml({
      ...content,
      doc: { type: 'doc', content: body },
      meta: { ...content.meta, versionName: null, ruleset: 'wet-2026' },
    })
    const titlePage = out.slice(out.indexOf('<header class="title-page">'), out.indexOf('</header>'))
    expect(titlePage).toContain('<h1>Regiovisie Jeugdhulp Holland Rijnland 2026–2030</h1>')
    expect(titlePage).toContain('Regio Holland Rijnland')
    expect(titlePage).toContain('Gemeenten: Leiden, Katwijk, Alphen aan den Rijn, Leiderdorp, Oegstgeest')
    expect(titlePage).toContain('Concept, stand van 24 november 2026')
    expect(titlePage).toContain(
      'Getoetst aan de Wet verbetering beschikbaarheid jeugdzorg (2026) en de Norm voor Opdrachtgeverschap (2020)',
    )
  })

  it('numbers each chapter once: chapters that carry their own number ("Opgave 1.") get no second one', () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'))
    const entry = (id: string, number: string | null, title: string, page = '') =>
      `<a href="#${id}">${number === null ? '' : `<span class="num">${number}</span> `}<span class="title">${title}</span><span class="leader"></span><span class="page">${page}</span></a>`
    expect(toc).toContain(entry('h-1', null, 'Inleiding en context'))
    expect(toc).toContain(entry('h-1-1', null, 'Kerncijfers'))
    for (const [i, { opgave, title }] of EXAMPLE_OPGAVEN.entries()) {
      const id = `h-${i + 4}`
      expect(toc).toContain(entry(id, null, `Opgave ${opgave}. ${title}`))
      expect(html).toContain(`<h2 id="${id}">Opgave ${opgave}. ${title}</h2>`)
    }
    expect(toc).not.toMatch(/<span class="num">\d+<\/span> <span class="title">Opgave/)
    expect(toc).toContain(entry('bijlage-toets', 'Bijlage A.', 'Toets aan de Norm voor Opdrachtgeverschap'))
    expect(toc).toContain(entry('bijlage-participatie', 'Bijlage B.', 'Verantwoording participatie'))

    const paged = toHtml(exampleExportContent(), {
      pageNumbers: new Map([
        ['h-1-1', 3],
        ['bijlage-toets', 6],
      ]),
    })
    expect(paged).toContain(entry('h-1-1', null, 'Kerncijfers', '3'))
    expect(paged).toContain(entry('bijlage-toets', 'Bijlage A.', 'Toets aan de Norm voor Opdrachtgeverschap', '6'))

    const plain = toHtml({
      ...exampleExportContent(),
      doc: doc(heading(2, 'Inleiding'), paragraph('x'), heading(3, 'Cijfers'), paragraph('y')),
    })
    expect(plain).toContain('<h2 id="h-1"><span class="num">1</span> Inleiding</h2>')
    expect(plain).toContain('<h3 id="h-1-1"><span class="num">1.1</span> Cijfers</h3>')
  })

  it('marks a chapter without text instead of printing a bare heading', () => {
    const out = toHtml({
      ...exampleExportContent(),
      doc: doc(
        heading(2, 'Opgave 7. Inkoop', { opgave: 7 }),
        guidance('hint'),
        paragraph(),
        heading(2, 'Opgave 8. Tarieven', { opgave: 8 }),
        paragraph('Tekst.'),
      ),
    })
    expect(out).toContain('<h2 id="h-1">Opgave 7. Inkoop</h2>\n<p class="empty-section"><em>Nog niet ingevuld</em></p>')
    expect(out).not.toContain('Opgave 8. Tarieven</h2>\n<p class="empty-section">')
  })

  it('keeps lists, nested lists, tables, quotes and marks intact', () => {
    expect(html).toContain('<ul><li><p>thuis, tenzij;</p></li><li><p>normaliseren;</p></li>')
    expect(html).toContain(
      '<li><p>crisishulp, met:</p><ul><li><p>een 24-uursbereikbaarheid;</p></li><li><p>een crisisbed binnen de regio.</p></li></ul></li>',
    )
    expect(html).toContain('<ol><li><p>vraagverheldering;</p></li>')
    expect(html).toContain('<ol start="3"><li><p>Evaluatie in 2028.</p></li>')
    expect(html).toContain(
      '<table><thead><tr><th><p>Functie</p></th><th><p>Schaal</p></th><th><p>Contract</p></th></tr></thead><tbody><tr><td><p>Jeugdbescherming</p></td>',
    )
    expect(html).toContain(
      '<td colspan="3"><p>Gesloten jeugdhulp wordt bovenregionaal ingekocht (zie opgave 5).</p></td>',
    )
    expect(html).toContain('<blockquote><p>“Vraag ons niet pas mee te denken')
    expect(html).toContain('<strong>580.000 inwoners</strong>')
    expect(html).toContain('<em>ongeveer 125.000 jeugdigen</em>')
    expect(html).toContain('<a href="https://www.hollandrijnland.nl">de website van de regio</a>')
    expect(html).toContain('<a href="mailto:jeugd@hollandrijnland.nl">het secretariaat</a>')
    expect(html).toContain('<br>Na een harde regelovergang.')
  })

  it('leaves out guidance and empty paragraphs, and prints the title block only on the title page', () => {
    expect(html).not.toContain(EXAMPLE_GUIDANCE)
    expect(html).not.toContain('guidance')
    expect(html.match(/Regio: Holland Rijnland ·/g)).toHaveLength(1)
    expect(html).not.toContain('<p></p>')
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })

  it('writes the checker appendix with a Dutch status and the findings per opgave', () => {
    const appendix = html.slice(html.indexOf('id="bijlage-toets"'), html.indexOf('id="bijlage-participatie"'))
    expect(appendix).toContain('Toets aan de Norm voor Opdrachtgeverschap')
    expect(appendix).toContain('6 van de 8 opgaven uitgewerkt, 1 gedeeltelijk, 1 ontbreken.')
    expect(appendix).toContain(
      '<td>6</td><td>Administratieve lasten beperken</td><td class="status-partial">Gedeeltelijk</td>',
    )
    expect(appendix).toContain('<td class="status-missing">Ontbreekt</td>')
    expect(appendix).toContain('<td class="status-addressed">Uitgewerkt</td>')
    expect(appendix).toContain('<li>Beschrijf nog hoe opgave 8 wordt geborgd.</li>')
    expect(appendix).toContain('<li>Het document is voldoende uitgebreid.</li>')
  })

  it('accounts for participation as a groups × opgaven table: who reacted where, and who did not', () => {
    const appendix = html.slice(html.indexOf('id="bijlage-participatie"'))
    expect(appendix).toContain('Verantwoording participatie')
    expect(appendix).toContain(
      '<th scope="col" class="count" title="Opgave 1. Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden">1</th>',
    )
    const cells = (count: number, at: Record<number, string>) =>
      Array.from({ length: count }, (_, i) => `<td class="count">${at[i] ?? '–'}</td>`).join('')
    // Opgave 1–8, other chapters, total: two young people wrote three comments on opgave 1.
    expect(appendix).toContain(
      `<tr><th scope="row" class="group">Jongeren</th>${cells(10, { 0: '2 (3)', 9: '2 (3)' })}</tr>`,
    )
    expect(appendix).toContain(`<tr><th scope="row" class="group">Veilig Thuis</th>${cells(10, {})}</tr>`)
    expect(appendix).toContain('<li>Opgave 8. Reële tarieven</li>')
    expect(appendix).toContain(
      'Geen enkele reactie van:</strong> Gecertificeerde instelling, Veilig Thuis, Professional, Ketenpartner.',
    )
  })

  it('has no participation appendix without participation or without comments', () => {
    const content = exampleExportContent()
    const none = toHtml({ ...content, participation: null })
    expect(none).not.toContain('Verantwoording participatie')
    expect(none).toContain('Toets aan de Norm voor Opdrachtgeverschap')
    const silent = toHtml({
      ...content,
      participation: {
        ...content.participation!,
        sections: content.participation!.sections.map((s) => ({ ...s, comments: 0 })),
      },
    })
    expect(silent).not.toContain('Verantwoording participatie')
  })

  it('escapes every text and attribute, and drops links that are not http(s) or mailto', () => {
    expect(html).toContain('Een tekst als &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co blijft tekst.')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('Een verdachte link blijft gewone tekst.')

    const evil = '</title><script>alert(1)</script>"\'\\</style>'
    const content: ExportContent = {
      ...exampleExportContent(),
      meta: {
        title: evil,
        region: evil,
        municipalities: [evil],
        versionName: evil,
        versionDate: '2026-01-01T00:00:00Z',
        versionId: evil,
        ruleset: evil,
      },
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: evil }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://x.nl/"><script>' } }] },
              { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: ' JaVaScRiPt:alert(1)' } }] },
              { type: 'text', text: 'c', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }] },
              { type: 'text', text: 'd', marks: [{ type: 'link', attrs: { href: 'java\nscript:alert(1)' } }] },
            ],
          },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2" onclick="x' }, content: [] }] },
            ],
          },
        ],
      },
    }
    const out = toHtml(content)
    expect(out).not.toMatch(/<script|<\/title><|onclick=|javascript:|data:text/i)
    expect(out.match(/<\/style>/g)).toHaveLength(1)
    expect(out).toContain('<a href="https://x.nl/&quot;&gt;&lt;script&gt;">a</a>bcd')
    // The running header's title is a CSS string of hex escapes: no quote or "</style>" can end it.
    expect(out).toMatch(/@top-left \{ content: "\\3c \\2f title\\3e \\3c script\\3e alert\\28 1\\29 /)
  })

  it('renders an unknown node type by its text instead of failing', () => {
    const out = toHtml({
      ...exampleExportContent(),
      doc: {
        type: 'doc',
        content: [
          { type: 'callout', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nieuw <b>' }] }] },
        ],
      },
    })
    expect(out).toContain('<p>Nieuw &lt;b&gt;</p>')
  })
})
