import { describe, expect, it } from 'vitest'
import { beschikbaarheid } from './rules/beschikbaarheid.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { toegang } from './rules/toegang.ts'
import { codesOf, doc, elementState, flagsOf, h, p, prose, statusOf, table, ul } from './testDoc.ts'
import { Flag } from './text/markers.ts'

// Concepts found missing on unseen batch 26 (an interview, a list of decisions, a plain-language version,
// a PDF copy and a note that sets options side by side), each with a case that must not count. All
// sentences are written for these tests.

describe('who took part, in plain words', () => {
  it('visiting providers and youth rewriting chapters is taking part', () => {
    const d = prose(
      'Het projectteam is bij alle jeugdhulpaanbieders in de regio langs geweest.',
      'De jongerenraad heeft het hoofdstuk over wachten zelf herschreven.',
      'Met ouders, de gecertificeerde instelling, Veilig Thuis en de huisartsen spraken wij in vier bijeenkomsten.',
    )
    expect(elementState(regiovisie, 'participatie', d, 1)).toBe('found')
    const without = prose(
      'De jongerenraad bestaat uit vijftien jongeren.',
      'Met ouders, de gecertificeerde instelling, Veilig Thuis en de huisartsen spraken wij in vier bijeenkomsten.',
    )
    expect(elementState(regiovisie, 'participatie', without, 1)).toBe('some')
  })

  it('councils that said yes adopted it', () => {
    const yes = 'Alle drie de gemeenteraden hebben ja gezegd tegen deze visie, de laatste op 4 juni 2025.'
    expect(elementState(regiovisie, 'vaststelling-raden', prose(yes), 1)).toBe('found')
    const asked = 'Wij vragen alle drie de gemeenteraden in juni 2025 ja te zeggen tegen deze visie.'
    expect(elementState(regiovisie, 'vaststelling-raden', prose(asked), 1)).not.toBe('found')
  })
})

describe('care that must always be there, in plain words', () => {
  it('a list under "this help is always there" names the functions kept available', () => {
    const d = doc(
      h(2, 'Deze hulp is er altijd'),
      p('De gemeenten spreken af dat deze hulp er altijd is:'),
      ul('opvang bij een crisis', 'wonen in een leefgroep', 'hulp bij psychische problemen', 'pleegzorg'),
    )
    expect(elementState(beschikbaarheid, 'functies', d, 2)).toBe('found')
    const wish = doc(h(2, 'Wat jongeren zeiden'), p('Jongeren noemden:'), ul('opvang bij een crisis', 'pleegzorg'))
    expect(elementState(beschikbaarheid, 'functies', wish, 2)).toBe('none')
  })
})

describe('the team asks the specialist for advice', () => {
  it('advice from the specialist and handing back to the team is the connection', () => {
    const d = prose(
      'Het buurtteam kan de psycholoog van de aanbieder om advies vragen. Is de behandeling klaar, dan neemt het buurtteam de hulp weer over.',
    )
    expect(elementState(toegang, 'verbinding-specialistisch', d, 3)).toBe('found')
    const alone = prose('Ouders kunnen het buurtteam om advies vragen over opvoeden.')
    expect(elementState(toegang, 'verbinding-specialistisch', alone, 3)).toBe('none')
  })
})

describe('restating the norm', () => {
  it.each([
    ['Bij de aanbesteding letten wij op de zorgvuldigheidseisen van de NvO.', true],
    ['Wij beperken de regeldruk, zoals de Norm voor Opdrachtgeverschap vraagt.', true],
    ['Hieronder staat ter informatie wat de norm vraagt:', true],
    ['De regio contracteert voor zes jaar, langer dan de NvO als minimum noemt.', false],
  ])('%s → restated %s', (sentence, expected) => {
    expect((flagsOf(sentence) & Flag.restated) !== 0).toBe(expected)
  })

  it('a heading "<topic>: wat de norm vraagt" restates', () => {
    const d = doc(
      h(2, '5. Samenwerking met andere regio’s: wat de norm vraagt'),
      p('Voor de gesloten jeugdhulp werken regio’s samen in het landsdeel, met één coördinerende regio.'),
    )
    expect(statusOf(d, 5)).toBe('missing')
  })
})

describe('options set side by side are not the choice', () => {
  it('"Variant A – …" is an option; the decision after it is the choice', () => {
    const option = 'Variant A – meerjarige contracten met vaste capaciteitsafspraken voor zes crisisplekken.'
    const d = doc(h(2, 'Beschikbaarheid'), p(option))
    expect(elementState(beschikbaarheid, 'borging', d, 2)).toBe('none')
  })

  it('a table of variants is no deferral when a decision follows', () => {
    const d = doc(
      h(2, 'Uitvoeringsvariant'),
      table(
        ['Variant', 'Kenmerk', 'Beoordeling'],
        ['Inspanningsgericht', 'uren en dagdelen', 'veel controle'],
        ['Taakgericht', 'een budget per aanbieder', 'nog geen ervaring mee'],
      ),
      p(
        'Besluit: alle gemeenten bekostigen vanaf 2026 outputgericht, met één modelovereenkomst en dezelfde contractvoorwaarden; het contractbeheer ligt bij het regionale inkoopbureau. Wij gebruiken de iJw-standaarden.',
      ),
    )
    expect(codesOf(d, 6)).not.toContain('opgave-6.uitgesteld')
  })

  it('a choice that follows at a named meeting is put off', () => {
    const d = doc(
      h(2, 'Functies die er altijd moeten zijn'),
      p('Het gaat om crisishulp, pleegzorg, gezinshuizen en residentiële jeugdhulp.'),
      p('De keuze tussen de varianten volgt in het bestuurlijk overleg van maart 2026.'),
    )
    expect(codesOf(d, 2)).toContain('opgave-2.uitgesteld')
  })
})

describe('still open', () => {
  it.each([
    ['Nog open: of aanbieders hun kostprijs jaarlijks moeten laten zien.', true],
    ['De keuze laat het bestuur over aan de besluitvorming na de evaluatie.', true],
    ['De afspraken over de kosten liggen vast in het convenant van 2024.', false],
    ['De afspraken over de kosten leggen wij vast in het convenant.', true],
  ])('%s → deferred %s', (sentence, expected) => {
    expect((flagsOf(sentence) & Flag.deferred) !== 0).toBe(expected)
  })

  it('a deferral of what the sentence before names is not an overview of the document', () => {
    const d = doc(
      h(2, 'Het jeugdhulplandschap'),
      p(
        'Crisishulp, pleegzorg en residentiële jeugdhulp organiseren de gemeenten regionaal, met capaciteitsafspraken.',
      ),
      p(
        'De gemeenten willen de beschikbaarheid van deze functies borgen. Hoe precies (met welke afspraken bij uitval van een aanbieder), werken wij uit in het inkoopplan dat het algemeen bestuur in 2026 vaststelt.',
      ),
    )
    expect(codesOf(d, 2)).toContain('opgave-2.uitgesteld')
  })

  it('the other members following on a date is a roll-out, not a deferral', () => {
    const d = doc(
      h(2, 'Toegang'),
      p(
        'In vier gemeenten werkt een jeugdconsulent van het wijkteam in de huisartsenpraktijk; de andere twee gemeenten volgen in 2026.',
      ),
    )
    expect(codesOf(d, 3)).not.toContain('opgave-3.uitgesteld')
  })
})

describe('councils that have yet to decide', () => {
  it('"daar is nog geen besluit" after a council still to meet outweighs the ones that said yes', () => {
    const d = prose(
      'De raden van Aldeweer, Bosdam, Cranendonk en Dijkhuizen hebben al ja gezegd.',
      'In Eemwoude bespreekt de raad het plan in mei 2026. Daar is nog geen besluit.',
    )
    expect(elementState(regiovisie, 'vaststelling-raden', d, 1)).toBe('some')
    const all = prose('De raden van Aldeweer, Bosdam, Cranendonk, Dijkhuizen en Eemwoude hebben ja gezegd.')
    expect(elementState(regiovisie, 'vaststelling-raden', all, 1)).toBe('found')
  })
})

describe('a writer’s note', () => {
  it('"TODO" puts off what it names', () => {
    expect((flagsOf('TODO variant kiezen voor de vrijgave') & Flag.deferred) !== 0).toBe(true)
    expect((flagsOf('Wij kiezen de outputgerichte variant.') & Flag.deferred) !== 0).toBe(false)
  })
})
