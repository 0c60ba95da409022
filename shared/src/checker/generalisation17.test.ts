import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { governance } from './rules/governance.ts'
import { inkoop } from './rules/inkoop.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { toegang } from './rules/toegang.ts'
import { doc, elementState, h, p, prose, statusOf, table, ul } from './testDoc.ts'
import { Flag, markersOf } from './text/markers.ts'

// Concepts found missing on unseen batches 16 and 17, each with a case that must not count. All
// sentences are written for these tests.

describe('a condition with "nog niet" denies nothing', () => {
  it.each([
    ['De jeugdarts komt ook langs als het kind nog niet bij de huisarts is geweest.', false],
    ['Wanneer een jongere nog geen plek heeft, zoekt het team mee.', false],
    ['Er is nog geen regionale afspraak over de toegang.', true],
    ['De gemeenten hebben nog niet gekozen.', true],
  ])('%s → negated %s', (sentence, negated) => {
    expect((markersOf(sentence.toLowerCase()) & Flag.negated) !== 0).toBe(negated)
  })
})

describe('looking into something as part of an evaluation just named is no deferral', () => {
  const opgave3 = (...paragraphs: string[]) =>
    doc(
      h(2, 'Toegang'),
      p('In elke gemeente werkt een buurtteam als toegang tot de jeugdhulp.'),
      ul(
        'Vraagverheldering: het buurtteam voert één gesprek met het hele gezin.',
        'Zelf helpen: het buurtteam biedt zelf kortdurende begeleiding.',
        'Veiligheid: elk buurtteam heeft een vaste contactpersoon bij Veilig Thuis.',
        'Regie: één regisseur per gezin houdt het overzicht.',
      ),
      p(
        'Specialisten van de jeugd-ggz geven wekelijks consultatie aan het buurtteam; na de behandeling volgt een warme overdracht terug naar het buurtteam.',
      ),
      h(2, 'Evaluatie'),
      ...paragraphs.map(p),
    )
  it('after "evalueren wij", "wij kijken dan of …" is part of the evaluation', () => {
    const report = checkDocument(
      opgave3(
        'In 2028 evalueren wij de werking van de toegang. Wij kijken dan met de buurtteams of de afspraken werken.',
      ),
    )
    expect(report.opgaven.find((o) => o.opgave === 3)?.status).toBe('addressed')
  })
  it('without an evaluation before it, "wij kijken of" still puts off', () => {
    const report = checkDocument(opgave3('Wij kijken nog of de buurtteams ook de regie gaan voeren.'))
    expect(report.opgaven.find((o) => o.opgave === 3)?.status).toBe('partial')
  })
})

describe('a paragraph that says the document holds no arrangement on it', () => {
  const section = (...sentences: string[]) =>
    doc(
      h(2, '3. Lokale toegang'),
      p(sentences.join(' ')),
      h(2, '7. Inkoop'),
      p(
        'Bij einde van de behandeling zorgt de aanbieder met het buurtteam voor een warme overdracht terug naar het buurtteam.',
      ),
    )
  it('cancels what the paragraph names, and evidence for the opgave elsewhere', () => {
    const d = section(
      'Iedere gemeente regelt de toegang met haar eigen buurtteams.',
      'De vijf basisfuncties voor lokale teams kunnen daarbij helpen.',
      'Deze visie bevat hierover geen regionale afspraken.',
    )
    expect(statusOf(d, 3)).toBe('missing')
  })
  it('without the disclaimer the same paragraph is some evidence', () => {
    const d = section(
      'Iedere gemeente regelt de toegang met haar eigen buurtteams.',
      'De vijf basisfuncties voor lokale teams kunnen daarbij helpen.',
    )
    expect(statusOf(d, 3)).toBe('partial')
  })
})

describe('a self-assessment table is no evidence', () => {
  it.each([
    [
      table(
        ['Opgave NvO', 'Status'],
        ['4. Eén aanspreekpunt: de voorzitter van het bestuur treedt namens de regio op', 'gereed'],
      ),
    ],
    [
      doc(
        h(2, 'Zelfscan Norm voor Opdrachtgeverschap'),
        p('De voorzitter van het bestuur treedt namens de regio op: gereed.'),
      ),
    ],
  ])('%#', (d) => {
    expect(elementState(governance, 'aanspreekpunt', d, 4)).toBe('none')
  })
  it('the same sentence as text is evidence', () => {
    expect(
      elementState(governance, 'aanspreekpunt', prose('De voorzitter van het bestuur treedt namens de regio op.'), 4),
    ).toBe('found')
  })
})

describe('words of this round', () => {
  it.each([
    // A term in years after the contracts' start date
    [
      inkoop,
      'meerjarig',
      7,
      prose('De nieuwe overeenkomsten voor verblijf starten op 1 juli 2026 en lopen vijf jaar.'),
      'found',
    ],
    [inkoop, 'meerjarig', 7, prose('De tarieven lopen vijf jaar achter op de kosten.'), 'none'],
    // A provider that is not contracted again
    [
      inkoop,
      'continuiteit-overgang',
      7,
      prose('Wie in zorg is bij een aanbieder die niet meer is gecontracteerd, mag de hulp tot 1 april 2027 afronden.'),
      'found',
    ],
    // The same conditions, said as "equal for every member"
    [
      administratieveLasten,
      'contractvoorwaarden',
      6,
      prose('De leveringsvoorwaarden zijn gelijk voor alle acht gemeenten, zonder lokale uitzonderingen.'),
      'found',
    ],
    [
      administratieveLasten,
      'contractvoorwaarden',
      6,
      prose('De regio sluit een raamovereenkomst per perceel.'),
      'none',
    ],
    // Councils one by one with their dates
    [
      regiovisie,
      'vaststelling-raden',
      1,
      prose(
        'De raden hebben de visie vastgesteld: Oosterburen op 2 maart 2025, Westerhem op 9 maart 2025 en Noordwijde op 16 maart 2025.',
      ),
      'found',
    ],
    // Who speaks for the region, named in the next sentence
    [
      governance,
      'aanspreekpunt',
      4,
      prose(
        'Eén bestuurder praat namens alle gemeenten met de minister. Dat is de voorzitter van het dagelijks bestuur.',
      ),
      'found',
    ],
    [
      governance,
      'aanspreekpunt',
      4,
      prose('Eén bestuurder praat namens alle gemeenten met de minister. Wie dat wordt, is nog niet besloten.'),
      'none',
    ],
    // The specialist named earlier in the list item
    [
      toegang,
      'verbinding-specialistisch',
      3,
      doc(
        ul(
          'Orthopedagogen van de aanbieders zitten elke dinsdag bij het wijkteam om mee te denken. Is de behandeling klaar? Dan neemt het wijkteam het weer over.',
        ),
      ),
      'found',
    ],
  ] as const)('case %#', (rule, id, opgave, d, expected) => {
    expect(elementState(rule, id, d, opgave)).toBe(expected)
  })
})
