import { describe, expect, it } from 'vitest'
import { checkDocument, checkDocuments } from './checkDocument.ts'
import { NVO_OPGAVEN } from './rulesetOutlines.ts'
import { doc, guidance, h, p, prose } from './testDoc.ts'

/** A template-like document: one heading per opgave with guidance, and the given text under opgave 2. */
function template(opgave2: string[] = []) {
  return doc(
    h(1, 'Regiovisie Jeugd Waterland'),
    ...NVO_OPGAVEN.flatMap(({ opgave, title }) => [
      h(2, `Opgave ${opgave}. ${title}`, { opgave }),
      guidance('Noem de functies en hoe de regio die borgt: capaciteitsafspraken, continuïteit, alle gemeenteraden.'),
      ...(opgave === 2 ? opgave2.map(p) : [p('')]),
    ]),
  )
}
const status = (report: ReturnType<typeof checkDocument>, n: number) =>
  report.opgaven.find((o) => o.opgave === n)?.status

describe('checkDocument', () => {
  it('reports every opgave of a fresh template as missing, with what to add', () => {
    const report = checkDocument(template())
    expect(report.ruleset).toBe('nvo-2020')
    expect(report.complete).toBe(false)
    expect(report.opgaven.map((o) => o.status)).toEqual(Array(8).fill('missing'))
    for (const o of report.opgaven) {
      expect(o.findings.length).toBeGreaterThan(0)
      for (const f of o.findings) expect(f.code).toMatch(new RegExp(`^opgave-${o.opgave}\\.[a-z-]+$`))
      expect(new Set(o.findings.map((f) => f.code)).size).toBe(o.findings.length)
    }
    expect(report.opgaven[1]?.sectionIndex).toBeGreaterThan(0)
  })

  it('moves opgave 2 from missing to partial to addressed as substance is typed', () => {
    const partial = checkDocument(
      template(['Regionaal kopen wij crisishulp, pleegzorg, gezinshuizen en residentiële jeugdhulp in.']),
    )
    expect(status(partial, 2)).toBe('partial')
    const addressed = checkDocument(
      template([
        'Regionaal kopen wij crisishulp, pleegzorg, gezinshuizen en residentiële jeugdhulp in.',
        'Met de crisisaanbieder is afgesproken dat altijd vier crisisbedden vrij zijn; voor pleegzorg en gezinshuizen sluiten wij meerjarige contracten met een omzetgarantie.',
      ]),
    )
    expect(status(addressed, 2)).toBe('addressed')
    expect(status(addressed, 3)).toBe('missing')
    const filler = checkDocument(
      template(Array(6).fill('Dit is gewone tekst zonder afspraken over de jeugdhulp in de regio.')),
    )
    expect(status(filler, 2)).toBe('missing')
  })

  it('credits substance written outside the opgave section, and says where it found it', () => {
    const d = doc(
      h(1, 'Regiovisie'),
      h(2, 'Opgave 6. Administratieve lasten', { opgave: 6 }),
      p(''),
      h(2, 'Bijlage'),
      p('Alle gemeenten passen de outputgerichte uitvoeringsvariant toe.'),
    )
    const o6 = checkDocument(d).opgaven[5]!
    expect(o6.status).toBe('partial')
    const found = o6.findings.find((f) => f.code === 'opgave-6.uitvoeringsvariant')!
    expect(found.severity).toBe('info')
    const e = found.evidence![0]!
    expect(e.quote).toBe('Alle gemeenten passen de outputgerichte uitvoeringsvariant toe.')
    expect(e.section).toBe('Bijlage')
    expect(e.paragraph).toBe(4)
    expect(e.to! - e.from!).toBe(e.quote.length)
  })

  it('says when an opgave is only named, or put off to another document', () => {
    const named = checkDocument(prose('Wij willen de administratieve lasten voor aanbieders beperken.')).opgaven[5]!
    expect(named.status).toBe('missing')
    expect(named.findings[0]?.code).toBe('opgave-6.alleen-genoemd')
    const deferred = checkDocument(
      prose(
        'Het regionale inkoopbureau voert het contractbeheer uit voor alle gemeenten.',
        'Welke uitvoeringsvariant wij kiezen, werken wij uit in de inkoopstrategie.',
      ),
    ).opgaven[5]!
    expect(deferred.status).toBe('partial')
    expect(deferred.findings[0]?.code).toBe('opgave-6.uitgesteld')
    expect(deferred.findings[0]?.message).toContain('de inkoopstrategie')
  })

  it('flags a document about another field, and an unknown or draft rule set', () => {
    const bwmo = prose(
      'Beschermd wonen en maatschappelijke opvang organiseren wij met de centrumgemeente.',
      'De nachtopvang en de vrouwenopvang hebben samen 60 plekken; dak- en thuislozen kunnen er terecht.',
      'Met woningcorporaties maken wij afspraken over uitstroom uit beschermd wonen naar een eigen woning.',
      'Het objectief verdeelmodel en de doordecentralisatie van beschermd wonen vragen een ingroeipad.',
    )
    expect(checkDocument(bwmo).findings?.map((f) => f.code)).toContain('document.ander-domein')
    expect(checkDocument(bwmo, { ruleset: 'bw-mo' }).findings?.map((f) => f.code)).toEqual([
      'document.regelset-concept',
    ])
    const unknown = checkDocument(prose('Tekst.'), { ruleset: 'nvo-1999' })
    expect(unknown.ruleset).toBe('nvo-2020')
    expect(unknown.findings?.[0]?.code).toBe('document.regelset-onbekend')
  })

  it('numbers the Wet 2026 topics 9 to 12', () => {
    const report = checkDocument(prose('Tekst.'), { ruleset: 'wet-2026' })
    expect(report.opgaven.map((o) => o.opgave)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })
})

describe('checkDocuments', () => {
  const kader = doc(
    h(1, 'Beleidskader Jeugd Waterland 2025–2028'),
    p('Welke uitvoeringsvariant wij kiezen, werken wij uit in de inkoopstrategie.'),
    p('Het regionale inkoopbureau voert het contractbeheer uit voor alle gemeenten.'),
  )
  const strategie = doc(
    h(1, 'Inkoopstrategie Jeugd Waterland'),
    p('Alle gemeenten passen de taakgerichte uitvoeringsvariant toe.'),
    p('Alle gemeenten gebruiken één modelovereenkomst met dezelfde voorwaarden.'),
  )

  it('combines the coverage, resolves a deferral to a document checked with it, and says which document covers what', () => {
    const report = checkDocuments([
      { name: 'kader.md', doc: kader },
      { name: 'inkoop.md', doc: strategie },
    ])
    expect(status(report, 6)).toBe('addressed')
    const evidence = report.opgaven[5]!.findings.flatMap((f) => f.evidence ?? [])
    expect(new Set(evidence.map((e) => e.document))).toEqual(new Set(['kader.md', 'inkoop.md']))
    expect(report.documents?.map((d) => [d.name, d.opgaven[5]?.status])).toEqual([
      ['kader.md', 'partial'],
      ['inkoop.md', 'partial'],
    ])
  })

  it('keeps the deferral when the other document is not checked with it', () => {
    expect(status(checkDocuments([{ name: 'kader.md', doc: kader }]), 6)).toBe('partial')
  })
})

describe('plans in the future tense', () => {
  it('count as a decision with a date, not when they only announce preparing something', () => {
    const decided = checkDocument(
      prose('Vanaf 1 januari 2026 gaan wij in alle gemeenten de taakgerichte uitvoeringsvariant toepassen.'),
    )
    expect(decided.opgaven[5]?.findings.find((f) => f.code === 'opgave-6.uitvoeringsvariant')?.severity).toBe('info')
    const preparing = checkDocument(
      prose('In 2026 zullen wij een continuïteitsprotocol opstellen voor crisishulp, pleegzorg en jeugdreclassering.'),
    )
    expect(preparing.opgaven[1]?.status).toBe('missing')
  })
})

describe('the literal prefilter', () => {
  it('gives the same report as running every pattern, on the first and on later checks', () => {
    const d = prose(
      'Met de crisisaanbieder is afgesproken dat er altijd vier crisisbedden vrij zijn voor pleegzorg, gezinshuizen en residentiële jeugdhulp.',
      'Alle gemeenten passen de outputgerichte uitvoeringsvariant toe en gebruiken één modelovereenkomst.',
    )
    const first = JSON.stringify(checkDocument(d))
    for (let i = 0; i < 3; i++) expect(JSON.stringify(checkDocument(d))).toBe(first)
  })
})
