import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exampleExport } from '@regiovisie/shared/export'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toDocx } from './toDocx.ts'

const { EXAMPLE_GUIDANCE, EXAMPLE_OPGAVEN, exampleExportContent } = exampleExport

/** The text of a WordprocessingML part, paragraph by paragraph: its w:t runs and tabs. */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[1] === undefined ? '\t' : decode(t[1])))
      .join(''),
  )
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/**
 * Well-formedness without an XML library: every start tag is closed in order, and nothing but
 * the five entities appears. Enough to catch what breaks Word (an unescaped `<` or `&`, a stray tag).
 */
function expectWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '')
  const stack: string[] = []
  for (const m of body.matchAll(
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:lt|gt|amp|quot|apos);)/g,
  )) {
    if (m[0] === '<' || m[0] === '&')
      throw new Error(`stray ${m[0]} at ${m.index}: ${body.slice(m.index! - 40, m.index! + 40)}`)
    const [, closing, name, , selfClosing] = m
    if (selfClosing) continue
    if (closing) {
      expect(stack.pop(), `closing </${name}>`).toBe(name)
    } else stack.push(name!)
  }
  expect(stack).toEqual([])
}

let zip: JSZip
let xml: string
let paragraphs: string[]

beforeAll(async () => {
  const docx = await toDocx(exampleExportContent())
  zip = await JSZip.loadAsync(docx)
  xml = await zip.file('word/document.xml')!.async('string')
  paragraphs = paragraphsOf(xml)
})

describe('toDocx', () => {
  it('writes well-formed XML parts', async () => {
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '[Content_Types].xml']) {
      expectWellFormed(await zip.file(name)!.async('string'))
    }
  })

  it('starts with a title page, in its own section without running header', () => {
    expect(paragraphs.slice(0, 4)).toEqual([
      'Regiovisie Jeugdhulp Holland Rijnland 2026–2030',
      'Regio: Holland Rijnland · Gemeenten: Leiden, Katwijk, Alphen aan den Rijn en elf andere',
      'Versie ter vaststelling, 24 november 2026',
      'Getoetst aan de Norm voor Opdrachtgeverschap (2020)',
    ])
    expect(xml).not.toContain('v-3f9a2c')
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/)
    const firstSection = xml.slice(0, xml.indexOf('</w:sectPr>'))
    expect(firstSection).not.toContain('w:headerReference')
  })

  it('has a table of contents field, written with the headings (each chapter numbered once) and appendices, for Word to add the pages', () => {
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText>')
    // Dirty: Word updates the field (and so writes the page numbers) when it opens the document.
    expect(xml).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>')
    const toc = paragraphs.slice(paragraphs.indexOf('Inhoudsopgave') + 1, paragraphs.indexOf('Inhoudsopgave') + 16)
    expect(toc[0]).toBe('Inleiding en context\t')
    expect(toc[1]).toBe('Kerncijfers\t')
    expect(toc).toContain('Opgave 1. Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden\t')
    expect(toc.at(-2)).toBe('Bijlage A. Toets aan de Norm voor Opdrachtgeverschap\t')
    expect(toc.at(-1)).toBe('Bijlage B. Verantwoording participatie\t')
    // Each entry links to a bookmark on its heading.
    expect(xml).toMatch(/<w:hyperlink w:history="1" w:anchor="h-1-1">/)
    expect(xml).toMatch(/<w:bookmarkStart w:name="h-1-1" w:id="\d+"\/>(?:(?!<\/w:p>).)*Kerncijfers/)
    expect(xml).toMatch(/<w:bookmarkStart w:name="bijlage-toets" w:id="\d+"\/>/)
  })

  it("writes every opgave as a Word heading without a second number of Word's own", () => {
    for (const { opgave, title } of EXAMPLE_OPGAVEN) {
      const text = `Opgave ${opgave}. ${title}`
      const heading = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].find(
        (p) => paragraphsOf(p[0])[0] === text && p[0].includes('w:val="Heading1"'),
      )
      expect(heading, text).toBeDefined()
      expect(heading![0]).not.toContain('<w:numPr>')
    }
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?Kerncijfers/)
  })

  it('keeps lists, tables, links and marks', async () => {
    expect(paragraphs).toContain('jeugdbescherming en jeugdreclassering;')
    expect(paragraphs).toContain('een 24-uursbereikbaarheid;')
    expect(xml).toMatch(/<w:ilvl w:val="1"\/>[\s\S]{0,200}een 24-uursbereikbaarheid/)
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4)
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>[\s\S]{0,400}Gesloten jeugdhulp/)
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,80}580\.000 inwoners/)
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,80}ongeveer 125\.000 jeugdigen/)
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    expect(rels).toContain('Target="https://www.hollandrijnland.nl"')
    expect(rels).toContain('Target="mailto:jeugd@hollandrijnland.nl"')
    expect(rels).not.toContain('javascript:')
    const numbering = await zip.file('word/numbering.xml')!.async('string')
    expect(numbering).toMatch(/<w:start w:val="3"\/>/)
  })

  it('writes both appendices and leaves out guidance', () => {
    expect(paragraphs).toContain('Bijlage A. Toets aan de Norm voor Opdrachtgeverschap')
    expect(paragraphs).toContain('6 van de 8 opgaven uitgewerkt, 1 gedeeltelijk, 1 ontbreken.')
    expect(paragraphs).toContain('Status: Ontbreekt')
    expect(paragraphs).toContain('Beschrijf nog hoe opgave 8 wordt geborgd.')
    expect(paragraphs).toContain('Bijlage B. Verantwoording participatie')
    // The participation table: groups down, opgaven across, "people (comments)" in a cell.
    expect(paragraphs).toContain('Groep')
    expect(paragraphs).toContain('Jongeren')
    expect(paragraphs).toContain('2 (3)')
    expect(paragraphs).toContain('Opgave 1. Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden')
    expect(xml).not.toContain(EXAMPLE_GUIDANCE)
    expect(paragraphs).toContain(
      'Een tekst als <script>alert("x")</script> & co blijft tekst.Na een harde regelovergang.',
    )
  })

  it('drops characters XML cannot hold instead of writing a file Word refuses', async () => {
    const content = exampleExportContent()
    content.doc.content![0]!.content = [{ type: 'text', text: 'Titel\u0000met\u0008stuurtekens\uD800' }]
    const docx = await toDocx({ ...content, participation: null })
    const part = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
    expectWellFormed(part)
    expect(part).toContain('Titelmetstuurtekens')
    expect(part).not.toContain('Verantwoording participatie')
  })
})

// LibreOffice is the second application the DOCX must open in. Where it is not installed this is
// skipped (and says so); CI has it through `apt-get install libreoffice-writer-nogui`.
const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p))
describe.skipIf(!soffice)(`toDocx in LibreOffice${soffice ? '' : ' (skipped: LibreOffice is not installed)'}`, () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'regiovisie-docx-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('opens and prints with the title page, numbered headings, page numbers and appendices', async () => {
    writeFileSync(join(dir, 'export.docx'), await toDocx(exampleExportContent()))
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'export.docx'),
      ],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    )
    expect(existsSync(join(dir, 'export.pdf'))).toBe(true)
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'export.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Regiovisie Jeugdhulp Holland')
    expect(text).toContain('Versie ter vaststelling, 24 november 2026')
    expect(text).toMatch(/Pagina 2 van \d+/)
    for (const { opgave } of EXAMPLE_OPGAVEN) expect(text).toMatch(new RegExp(`(^|\\n)Opgave ${opgave}\\.`))
    expect(text).toContain('Kerncijfers')
    expect(text).toContain('Bijlage A. Toets aan de Norm voor Opdrachtgeverschap')
    expect(text).toContain('Bijlage B. Verantwoording participatie')
    expect(readFileSync(join(dir, 'export.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)
})
