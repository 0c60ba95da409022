import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { tarieven } from './rules/tarieven.ts'
import { doc, elementState, h, p, prose } from './testDoc.ts'
import { defers, Flag, markersOf } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

// Concepts found missing on unseen batch 24 (first sight 78.8% of cells), each with a case that must
// not count. All sentences are written for these tests.

describe('what is not agreed yet', () => {
  it('a paragraph labelled "Voorstel." is still to be decided', () => {
    const d = prose(
      'Voorstel. Alle gemeenten werken met de outputgerichte uitvoeringsvariant. Besluit: bestuur, juni 2026.',
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('none')
  })
  it('the same sentence without the label is a choice', () => {
    const d = prose('Alle gemeenten werken met de outputgerichte uitvoeringsvariant.')
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
  })
  it.each([
    ['Voor de klinische zorg maken wij in de loop van 2026 nieuwe capaciteitsafspraken.', true],
    ['Voor de klinische zorg maakten wij in 2024 capaciteitsafspraken.', false],
  ])('%s → deferred %s', (sentence, expected) => {
    expect(defers((re) => re.test(normalize(sentence)))).toBe(expected)
  })
})

describe('what is history', () => {
  it('"Tot eind 2025 werkte …" tells the past', () => {
    expect((markersOf(normalize('Tot eind 2025 werkte Oosterend nog met uurtarieven.')) & Flag.past) !== 0).toBe(true)
  })
  it('findings of an evaluation are about the period evaluated', () => {
    const d = doc(h(2, '3. Bevindingen'), p('De regio kocht de hulp in met de taakgerichte uitvoeringsvariant.'))
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('none')
  })
  it('a look back in the paragraph does not make a choice a weighing', () => {
    const d = prose(
      'Vanaf 2026 werken alle vier gemeenten met de outputgerichte uitvoeringsvariant. Tot eind 2025 werkte Oosterend nog inspanningsgericht.',
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
  })
})

describe('tariffs', () => {
  it.each([
    ['Aanbieders hoeven hun kostprijsopbouw niet aan de regio te overleggen.', 'none'],
    ['Aanbieders overleggen hun kostprijsopbouw bij de inschrijving aan de regio.', 'found'],
  ])('transparency: %s → %s', (sentence, expected) => {
    expect(elementState(tarieven, 'tariefopbouw-transparantie', prose(`Over de tarieven: ${sentence}`), 8)).toBe(
      expected,
    )
  })
  it('taking over another region’s tariffs is a stated method', () => {
    expect(
      elementState(
        tarieven,
        'tariefmethode',
        prose('Voor de tarieven volgen wij de prijzen die de regio Duinrand met aanbieders afsprak.'),
        8,
      ),
    ).toBe('found')
  })
})
