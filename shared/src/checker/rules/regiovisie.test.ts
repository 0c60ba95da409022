import { describe, expect, it } from 'vitest'
import { doc, elementState, h, p, prose, table, ul } from '../testDoc.ts'
import { regiovisie } from './regiovisie.ts'

describe('opgave 1, vaststelling-raden: adopted by all gemeenteraden', () => {
  it.each([
    ['Op 3 maart 2025 hebben alle negen gemeenteraden deze regiovisie vastgesteld.', 'found'],
    ['De raden van de vier gemeenten stelden de visie in juni 2024 vast.', 'found'],
    ['Deze visie is door alle gemeenteraden vastgesteld (raadsbesluiten van 12 tot 28 mei 2025).', 'found'],
    ['De colleges hebben op 4 april 2025 met de visie ingestemd.', 'some'],
    ['Het dagelijks bestuur van de GR heeft de visie op 1 juli vastgesteld; de raden zijn geïnformeerd.', 'some'],
    ['In het najaar wordt de visie ter vaststelling aan alle gemeenteraden voorgelegd.', 'none'],
    ['Wij leggen de visie na de zomer voor aan de vijf raden.', 'none'],
    // Adopted, but not by all: some evidence, and it outweighs a sentence that claims all
    ['Drie van de vijf gemeenteraden hebben de visie inmiddels vastgesteld.', 'some'],
    // A goal described with an attributive participle is no decision
    ['Ons doel: een door alle zes gemeenteraden vastgestelde koers voor 2025 tot en met 2029.', 'none'],
    ['De visie sluit aan op het Jeugdbeleidsplan, dat door alle raden in 2022 is vastgesteld.', 'none'],
    ['De NvO vraagt dat de regiovisie door alle gemeenteraden wordt vastgesteld.', 'none'],
    ['Vastgesteld door alle raden', 'none'],
    ['De regiovisie is in alle 14 Twentse gemeenteraden vastgesteld.', 'found'],
    [
      'De gemeenteraden van Almelo, Borne, Dinkelland, Enschede en Hengelo hebben de visie in 2022 vastgesteld.',
      'found',
    ],
  ])('%s → %s', (sentence, state) => {
    expect(elementState(regiovisie, 'vaststelling-raden', prose(sentence))).toBe(state)
  })

  it('reads dated lines under a lead line of the same paragraph as decisions per council', () => {
    const lines = doc(
      p('De raden hebben de visie op deze data vastgesteld:\nAmstelveld   12 mei 2025\nBeekdorp   19 mei 2025'),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', lines)).toBe('found')
  })

  it('reads "deden dat" as the adoption named just before', () => {
    const pro = prose('U heeft de regiovisie vorig jaar vastgesteld. Alle vijf gemeenteraden deden dat in maart 2025.')
    expect(elementState(regiovisie, 'vaststelling-raden', pro)).toBe('found')
  })

  it('takes a title-page line with a date, even when it came in as a heading, but not the norm in a heading', () => {
    expect(
      elementState(regiovisie, 'vaststelling-raden', doc(h(2, 'Vastgesteld door de zes gemeenteraden, mei 2025'))),
    ).toBe('found')
    expect(elementState(regiovisie, 'vaststelling-raden', doc(h(2, 'Vastgesteld door alle gemeenteraden')))).toBe(
      'none',
    )
  })

  it('knows the document by its own title: "de Kadernota Jeugd" adopted is this document when that is its title', () => {
    const own = doc(
      h(1, 'Kadernota Jeugd Waterland 2026–2029'),
      p('Alle zeven gemeenteraden hebben de Kadernota Jeugd in januari 2026 vastgesteld.'),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', own)).toBe('found')
    const other = doc(
      h(1, 'Regiovisie Jeugd Waterland'),
      p('Alle zeven gemeenteraden hebben de kadernota in januari 2026 vastgesteld.'),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', other)).toBe('none')
  })

  it('does not take a planning "vastgesteld door het AB" with a date per step for council decisions', () => {
    const planning = doc(
      p('Het bestuur heeft de volgende planning vastgesteld.'),
      table(['Stap', 'Uiterlijk'], ['Marktconsultatie', '3 maart 2026'], ['Gunning', '1 september 2026']),
    )
    // The board's own decision is some evidence; the dated steps are not decisions of councils.
    expect(elementState(regiovisie, 'vaststelling-raden', planning)).toBe('some')
  })

  it('lets a council that has not decided outweigh a sentence that claims all', () => {
    const mixed = doc(
      h(2, 'Besluitvorming'),
      p('Op 2 april 2025 hebben alle vier gemeenteraden de regiovisie vastgesteld.'),
      table(['Gemeente', 'Raadsbesluit'], ['Amstelveld', '12 maart 2025'], ['Beekdorp', 'aangehouden']),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', mixed)).toBe('some')
  })

  it('reads a row held over first and adopted since as adopted', () => {
    const since = doc(
      h(2, 'Besluitvorming in de gemeenteraden'),
      table(
        ['Gemeente', 'Datum raadsbesluit'],
        ['Amstelveld', '12 mei 2025'],
        ['Beekdorp', '3 juni 2025 (in mei aangehouden, in juni alsnog vastgesteld)'],
      ),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', since)).toBe('found')
  })

  it('does not take any dated table in the section on opgave 1 for adoption', () => {
    const sessions = doc(
      h(2, 'Opgave 1. Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden', { opgave: 1 }),
      table(['Bijeenkomst', 'Datum'], ['Jongerenpanel', '12 maart 2025'], ['Aanbieders', '19 maart 2025']),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', sessions)).toBe('none')
  })

  it('reads a table with a council decision per municipality', () => {
    const dated = doc(
      h(2, 'Besluitvorming in de gemeenteraden'),
      table(['Gemeente', 'Datum raadsbesluit'], ['Amstelveld', '12 mei 2025'], ['Beekdorp', '19 mei 2025']),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', dated)).toBe('found')
    const open = doc(
      h(2, 'Besluitvorming in de gemeenteraden'),
      table(['Gemeente', 'Datum raadsbesluit'], ['Amstelveld', '12 mei 2025'], ['Beekdorp', 'aangehouden']),
    )
    expect(elementState(regiovisie, 'vaststelling-raden', open)).toBe('some')
  })
})

describe('opgave 1, participatie: drawn up with the stakeholder groups', () => {
  it('finds all groups consulted, from a list introduced by how the vision came about', () => {
    const d = doc(
      p('Voor deze visie spraken wij tussen januari en mei met:'),
      ul(
        'de jeugdraad en twee klassen van het mbo (jongeren);',
        'een ouderpanel van twaalf ouders;',
        'zorgaanbieders in drie sessies;',
        'de gecertificeerde instellingen en Veilig Thuis;',
        'wijkcoaches en jeugdartsen;',
        'huisartsen, scholen en de politie.',
      ),
    )
    expect(elementState(regiovisie, 'participatie', d)).toBe('found')
  })

  it.each([
    ['Wij hebben in twee bijeenkomsten met aanbieders en huisartsen gesproken.', 'some'],
    ['Ook willen wij jongeren en ouders later betrekken.', 'none'],
    ['Jongeren, ouders en aanbieders zijn belangrijk voor ons.', 'none'],
  ])('%s → %s', (sentence, state) => {
    expect(elementState(regiovisie, 'participatie', prose(sentence))).toBe(state)
  })
})

describe('opgave 1, looptijd', () => {
  it.each([
    [doc(h(1, 'Regiovisie Jeugd Waterland 2025–2028'), p('Inleiding.')), 'found'],
    [prose('Deze visie geldt voor de periode 2026 tot en met 2029.'), 'found'],
    [prose('De contracten lopen van 2025 tot 2029.'), 'none'],
    [prose('Wij werken al sinds 2015 samen.'), 'none'],
  ])('%#', (d, state) => {
    expect(elementState(regiovisie, 'looptijd', d)).toBe(state)
  })
})
