import { describe, expect, it } from 'vitest'
import { doc, guidance, h, p, table } from '../checker/testDoc.ts'
import { getDocumentSchema } from '../schema/index.ts'
import { analyzeReadability } from './analyzeReadability.ts'

const PLAIN =
  'Je krijgt hulp dicht bij huis. Het wijkteam luistert eerst. Samen kijk je wat je nodig hebt. Ben je 18? Dan stopt je hulp niet zomaar. Je maakt op tijd een plan. Je ouders mogen meepraten. Zo hoef je je verhaal maar één keer te vertellen.'
const DENSE =
  'In het kader van het regionale opdrachtgeverschap wordt de continuïteit van de specialistische jeugdhulp door de gezamenlijke gemeenten geborgd via een integrale inkoopstrategie, waarbij de toegang en de transformatie van het zorglandschap in samenhang worden bezien. De uitvoeringsvariant wordt in de komende periode nader uitgewerkt in afstemming met de ketenpartners in het sociaal domein.'

/** The one section's report of a document with a heading and these paragraphs. */
const sectionOf = (...paragraphs: string[]) =>
  analyzeReadability(doc(h(2, 'Opgave 3. Toegang', { opgave: 3 }), ...paragraphs.map(p))).sections[0]!

describe('analyzeReadability', () => {
  it.each([
    { name: 'short sentences', text: 'Wij helpen. Jij kiest. Zo gaat het.', sentences: 3, words: 7, long: 0 },
    {
      name: 'one sentence of 21 words is long',
      text: 'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig eenentwintig.',
      sentences: 1,
      words: 21,
      long: 1,
    },
    {
      name: 'one sentence of exactly 20 words is not',
      text: 'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig.',
      sentences: 1,
      words: 20,
      long: 0,
    },
    { name: 'numbers count as words', text: 'In 2026 komen 3 plekken bij.', sentences: 1, words: 6, long: 0 },
  ])('counts $name', ({ text, sentences, words, long }) => {
    const { stats } = sectionOf(text)
    expect(stats).toMatchObject({ sentences, words, longSentences: long })
  })

  it('calls a plain text "good" and gives no reasons', () => {
    const section = sectionOf(PLAIN)
    expect(section.level).toBe('good')
    expect(section.reasons).toEqual([])
    expect(section.hardest).toEqual([])
    expect(section.opgave).toBe(3)
  })

  it('calls dense policy prose "hard", says why, lists its hardest sentence first and offers plain words', () => {
    const section = sectionOf(DENSE)
    expect(section.level).toBe('hard')
    expect(section.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['sentenceLength', 'longSentences', 'longWords', 'passive', 'jargon']),
    )
    expect(section.hardest[0]!.text).toMatch(/^In het kader van het regionale opdrachtgeverschap/)
    expect(section.hardest[0]!.passive).toBe(true)
    expect(section.hardest[0]!.jargon).toEqual(
      expect.arrayContaining(['opdrachtgeverschap', 'specialistische jeugdhulp', 'integraal', 'toegang']),
    )
    const alternatives = new Map(section.jargon.map((j) => [j.term, j.plain]))
    expect(alternatives.get('uitvoeringsvariant')).toBeTruthy()
    expect(alternatives.get('sociaal domein')).toBeTruthy()
    expect(alternatives.has('domein')).toBe(false)
  })

  it('gives each hard sentence the positions of its text in the document, for selecting it', () => {
    const json = doc(h(2, 'Toegang'), guidance('Schrijf hier.'), p(PLAIN), p(`Eerst dit. ${DENSE}`))
    const report = analyzeReadability(json)
    const node = getDocumentSchema().nodeFromJSON(json)
    const hardest = report.sections[0]!.hardest
    expect(hardest.length).toBeGreaterThan(0)
    for (const s of hardest) expect(node.textBetween(s.from, s.to)).toBe(s.text)
    expect(report.sections[0]!.from).toBe(1)
  })

  it('judges nothing in a section without text, and lists jargon in a table without scoring it', () => {
    const report = analyzeReadability(
      doc(
        h(2, 'Leeg'),
        guidance('Schrijf hier.'),
        p(''),
        h(2, 'Tabel'),
        table(['Onderwerp', 'Wie'], ['Transformatie', 'Regio']),
      ),
    )
    expect(report.sections.map((s) => s.level)).toEqual([null, null])
    expect(report.sections[1]!.jargon).toEqual([expect.objectContaining({ term: 'transformatie', count: 1 })])
    expect(report.sections[1]!.stats.jargon).toBe(0)
    expect(report.level).toBeNull()
  })

  it('adds the sections up for the whole document', () => {
    const report = analyzeReadability(doc(h(2, 'Een'), p(PLAIN), h(2, 'Twee'), p(DENSE)))
    const [a, b] = report.sections
    expect(report.total.sentences).toBe(a!.stats.sentences + b!.stats.sentences)
    expect(report.total.words).toBe(a!.stats.words + b!.stats.words)
    expect(report.sections.map((s) => s.level)).toEqual(['good', 'hard'])
  })

  it('reads a hostile 200,000-character paragraph in bounded time', () => {
    const cases = [
      DENSE.repeat(Math.ceil(200_000 / DENSE.length)).slice(0, 200_000),
      'transformatie integraal wordt geregeld '.repeat(6000).slice(0, 200_000),
      'a'.repeat(200_000),
      'm.b.t. '.repeat(30_000).slice(0, 200_000),
      'ë-'.repeat(100_000),
    ]
    for (const text of cases) {
      const json = doc(h(2, 'Opgave 1'), p(text))
      analyzeReadability(json) // warm up: the bound is about the scan, not the first compile
      const start = Date.now()
      const report = analyzeReadability(json)
      const ms = Date.now() - start
      expect(report.sections[0]!.stats.words).toBeGreaterThan(0)
      expect(report.sections[0]!.hardest.length).toBeLessThanOrEqual(3)
      // Some 40 ms on an idle machine (a quadratic scan took seconds); generous, since CI shares the
      // cores with other tests and a run with several suites at once took over 500 ms.
      expect(ms).toBeLessThan(2000)
    }
  })
})
