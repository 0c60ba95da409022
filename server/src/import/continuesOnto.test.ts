import { describe, expect, it } from 'vitest'
import { continuesOnto, measureLayout, type TextLayout } from './continuesOnto.ts'

// A text wrapped at 78 columns that numbers its paragraphs at depth 2 ("1.1 De gemeenten …").
const WRAPPED: TextLayout = { typical: 74, wrap: 78, numberedParagraphs: new Set([2]) }
// The same, but its numbered lines are section titles ("3.1 Functies die de regio overeind houdt").
const TITLED: TextLayout = { ...WRAPPED, numberedParagraphs: new Set() }

describe('continuesOnto', () => {
  it.each([
    // [why, line, next, layout]
    [
      'a numbered line that fills the wrap width goes on in a year',
      '1.4 Het algemeen bestuur van de GR Jeugd Kleiland heeft de visie op 18 april',
      '2024 vrijgegeven voor besluitvorming. Daarna is de visie vastgesteld door de',
      TITLED,
    ],
    [
      'a numbered line that fills the wrap width goes on in a name',
      '3.4 De jeugdbescherming en jeugdreclassering zijn belegd bij Jeugdbescherming',
      'Zuidklei, met een meerjarige subsidie op basis van een vaste prijs per',
      TITLED,
    ],
    [
      'a numbered paragraph goes on in a figure, where the text numbers its paragraphs',
      '3.2 De regio houdt voor crisisopvang',
      '24 uur per dag een bed vrij bij een van de gecontracteerde aanbieders.',
      WRAPPED,
    ],
    [
      'a numbered paragraph goes on in an amount',
      '2.3 Het bestuur reserveert daarvoor jaarlijks',
      '€ 250.000 voor de kosten van een overname.',
      WRAPPED,
    ],
    ['a title goes on in a lower-case word', '1.3 De jongeren hebben zelf', 'geschreven wat zij vinden.', TITLED],
    ['a title goes on in a bracket', '1.3 De jongeren hebben de tekst zelf geschreven', '(zie hoofdstuk 3).', TITLED],
    [
      'a word broken at the line end goes on',
      '3.3.1.1 Directe personeelskosten met de bij-',
      'behorende lasten;',
      TITLED,
    ],
  ])('joins: %s', (_why, line, next, layout) => {
    expect(continuesOnto(line, next, layout)).toBe(true)
  })

  it.each([
    [
      'a short numbered title keeps a figure under it apart',
      '3.2 Beschikbaarheid',
      '24 uur per dag is er een bed vrij.',
      WRAPPED,
    ],
    [
      'a chapter number keeps a year under it apart',
      '4 Financiën',
      '2025 is het eerste jaar met een begroting.',
      WRAPPED,
    ],
    ['an unnumbered title keeps a figure under it apart', 'Hoofdstuk 2', '2024 was een jaar van groei.', WRAPPED],
    [
      'a longer numbered title keeps a figure apart where the text numbers titles',
      '1.3 Hoe deze visie tot stand kwam',
      '2023 was het jaar waarin jongeren en ouders meeschreven aan deze visie.',
      TITLED,
    ],
    [
      'a short title keeps a capitalised sentence apart',
      '3.2 Beschikbaarheid',
      'De regio houdt een bed vrij.',
      WRAPPED,
    ],
    [
      'a title in capitals that fills the line',
      '4. DE FUNCTIES IN DE VEILIGHEIDSKETEN EN HOE WIJ ZE OVEREIND HOUDEN',
      'De regio',
      { ...WRAPPED, wrap: 70 },
    ],
    [
      'a finished sentence',
      '1.5 De visie geldt van 2025 tot en met 2028.',
      '2026 is het jaar van de evaluatie.',
      WRAPPED,
    ],
    [
      'a line in capitals under a full line is a title',
      'Status: ter kennisname aan de colleges en de gemeenteraden',
      'INLEIDING',
      { ...WRAPPED, wrap: 60 },
    ],
    [
      'a numbered section under a full line',
      '1.1 De vier gemeenten werken sinds 2015 samen bij de inkoop en organisatie van',
      '1.2 Het bestuur',
      WRAPPED,
    ],
    [
      'a bullet under a full line',
      'De afspraken voor de komende jaren zijn de volgende, voor alle vier de gemeenten',
      '- de kosten',
      WRAPPED,
    ],
    ['a blank line', '3.2 De regio houdt voor crisisopvang', '', WRAPPED],
  ])('keeps apart: %s', (_why, line, next, layout) => {
    expect(continuesOnto(line, next, layout)).toBe(false)
  })
})

describe('measureLayout', () => {
  it('finds the wrap width of wrapped text and the depth at which it numbers its paragraphs', () => {
    const layout = measureLayout([
      '1. INLEIDING',
      '',
      '1.1 De vier gemeenten van de jeugdregio werken sinds 2015 samen bij de inkoop',
      'en organisatie van jeugdhulp. Met deze visie leggen zij die samenwerking vast.',
      '',
      '1.2 Kleiland telt 142.000 inwoners, van wie 29.800 jonger dan 18 jaar. In 2023',
      'ontvingen 3.610 jeugdigen jeugdhulp.',
      '',
      '1.3 Beschikbaarheid',
      '24 uur per dag is er een bed vrij.',
    ])
    expect(layout.wrap).toBe(78)
    expect([...layout.numberedParagraphs]).toEqual([2])
  })

  it('sees numbered titles as titles', () => {
    const layout = measureLayout([
      '1 Inleiding',
      'De gemeenten van Proefdal werken samen in de jeugdhulp. Deze visie beschrijft',
      'hoe wij dat de komende vier jaar doen.',
      '1.1 Aanleiding',
      'In 2023 besloten de colleges tot een nieuwe visie.',
      '1.2 Hoe deze visie tot stand kwam',
      'Een schrijfgroep met jongeren en ouders schreef mee.',
    ])
    expect(layout.numberedParagraphs.size).toBe(0)
  })

  it('stays linear on long runs of spaces and dots', () => {
    const started = performance.now()
    const line = `1.1 De${' '.repeat(50_000)}.${' '.repeat(50_000)}x${'. '.repeat(50_000)}`
    const layout = measureLayout([line, line, `${line},`])
    continuesOnto(line, line, layout)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
