import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { bovenregionaal } from './rules/bovenregionaal.ts'
import { governance } from './rules/governance.ts'
import { inkoop } from './rules/inkoop.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { tarieven } from './rules/tarieven.ts'
import { doc, elementState, h, p, prose, statusOf, table } from './testDoc.ts'
import { defers, Flag, markersOf } from './text/markers.ts'
import { normalize } from './text/normalize.ts'
import { splitUnits } from './text/splitUnits.ts'

// Concepts found missing on unseen batch 18 (first sight 78.4% of cells), each with a case that must
// not count. All sentences are written for these tests.

const deferring = (s: string) => defers((re) => re.test(normalize(s)))

describe('a choice or question settled at a later moment is a deferral', () => {
  it.each([
    ['De keuze voor één bekostigingsvorm valt in het voorjaar van 2027.', true],
    ['Het besluit over de verdeelsleutel volgt in 2026.', true],
    ['Hoe wij de afspraken juridisch vastleggen – in de regeling of in een convenant – besluiten wij in 2027.', true],
    ['Hoe de gemeenten de risico’s verdelen, herzien wij in het najaar van 2026.', true],
    ['De keuze voor de outputgerichte variant is in 2024 gemaakt.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(deferring(sentence)).toBe(expected)
  })
})

describe('requests and oughts are no arrangements', () => {
  it.each([
    ['Leg uit hoe de tarieven worden berekend.', true],
    ['Zorg dat jongeren meepraten over de inkoop.', true],
    ['Leggen wij vast hoe de tarieven worden berekend.', false],
  ])('%s → request %s', (sentence, expected) => {
    expect((markersOf(sentence.toLowerCase()) & Flag.question) !== 0).toBe(expected)
  })
  it('"mits zij transparant zijn" restates the norm', () => {
    expect((markersOf('wij betalen reele tarieven, mits zij open zijn over hun kosten.') & Flag.restated) !== 0).toBe(
      true,
    )
  })
})

describe('a footnote mark stays with its sentence, and the footnote is read with it', () => {
  it('does not split "raden.[4] In 2027"', () => {
    const text = 'De visie is vastgesteld door de raden.[4] In 2027 evalueren wij.'
    expect(splitUnits(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'De visie is vastgesteld door de raden.[4]',
      'In 2027 evalueren wij.',
    ])
  })
  const adoption = (footnote: string) =>
    elementState(
      regiovisie,
      'vaststelling-raden',
      doc(p('De regiovisie is door de gemeenteraden vastgesteld.[4] Wij evalueren haar in 2027.'), p(footnote)),
    )
  it('a footnote with the councils and their dates shows adoption by all', () => {
    expect(
      adoption(
        '[4] Raadsbesluiten: Oudeland 4 maart 2025; Nieuwland 11 maart 2025; Hoogland 18 maart 2025; Laagland 25 maart 2025.',
      ),
    ).toBe('found')
  })
  it('a footnote with something else does not', () => {
    expect(adoption('[4] Zie ook de evaluatie van de vorige visie uit 2022.')).toBe('none')
  })
})

describe('weighing variants is not choosing one', () => {
  it('two variants weighed in one paragraph, none chosen: some', () => {
    const d = prose(
      'Sommige gemeenten voelen voor de taakgerichte variant; andere gemeenten hechten aan de outputgerichte variant.',
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('some')
  })
  it('one variant chosen in the same paragraph: found', () => {
    const d = prose('De taakgerichte variant is besproken. Wij kiezen voor de outputgerichte variant.')
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
  })
})

describe('a table row left open', () => {
  const row = (...cells: string[]) => doc(h(2, 'Tarieven'), table(['Wat', 'Afspraak', 'Wie', 'Wanneer'], cells))
  it('"Open | — | Open" agrees nothing', () => {
    expect(
      elementState(
        tarieven,
        'tariefopbouw-transparantie',
        row('Aanbieders tonen hun kostprijsopbouw', 'Open', '—', 'Open'),
        8,
      ),
    ).toBe('none')
  })
  it('a row with an arrangement counts', () => {
    expect(
      elementState(
        tarieven,
        'tariefopbouw-transparantie',
        row(
          'Aanbieders tonen hun kostprijsopbouw',
          'bij inschrijving, in het regionale rekenmodel',
          'Inkoopteam',
          '2026',
        ),
        8,
      ),
    ).toBe('found')
  })
})

describe('words of this round', () => {
  it.each([
    // The document's own region named as "de gemeenten van jeugdregio X" is no other region
    [
      bovenregionaal,
      'functies-bovenregionaal',
      5,
      prose(
        'De zes gemeenten van jeugdregio Heidemeer regelen samen de zware hulp: pleegzorg, crisisopvang en jeugd-ggz.',
      ),
      'none',
    ],
    [
      bovenregionaal,
      'functies-bovenregionaal',
      5,
      prose('Met de regio Duinstreek kopen wij de crisisopvang en de JeugdzorgPlus samen in.'),
      'found',
    ],
    // Contract management by a coordinating region is opgave 5
    [
      administratieveLasten,
      'contractbeheer',
      6,
      prose('Regio Duinstreek is coördinerende regio en voert het contractbeheer voor de JeugdzorgPlus.'),
      'none',
    ],
    // Extending contracts by years
    [inkoop, 'meerjarig', 7, prose('De contracten die in 2025 zouden aflopen, verlengen wij met drie jaar.'), 'found'],
    // Transparency with "hun eigen kosten"
    [
      tarieven,
      'tariefopbouw-transparantie',
      8,
      prose(
        'Aanbieders laten bij de inschrijving zien hoe hun eigen kosten zijn opgebouwd, in het regionale rekenmodel voor de tarieven.',
      ),
      'found',
    ],
    // Binding decisions put off to a revision
    [
      governance,
      'bindende-afspraken',
      4,
      prose('Hoe de vijf gemeenten bindend besluiten en de risico’s verdelen, herzien wij in 2026.'),
      'none',
    ],
  ] as const)('case %#', (rule, id, opgave, d, expected) => {
    expect(elementState(rule, id, d, opgave)).toBe(expected)
  })

  it('a kadernota that defers the choice of variant is partial for opgave 6', () => {
    const d = doc(
      h(2, 'Administratieve lasten'),
      p(
        'Alle gemeenten gebruiken één modelovereenkomst met dezelfde voorwaarden, en het contractbeheer ligt bij het regionale inkoopbureau. De keuze voor één uitvoeringsvariant valt in het najaar van 2026.',
      ),
    )
    expect(statusOf(d, 6)).toBe('partial')
  })
})
