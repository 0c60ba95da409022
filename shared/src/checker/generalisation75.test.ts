import { describe, expect, it } from 'vitest'
import { administratieveLasten } from './rules/administratieveLasten.ts'
import { beschikbaarheid } from './rules/beschikbaarheid.ts'
import { bovenregionaal } from './rules/bovenregionaal.ts'
import { governance } from './rules/governance.ts'
import { inkoop } from './rules/inkoop.ts'
import { inkoopbeleid } from './rules/inkoopbeleid.ts'
import { regionaleVormen } from './rules/regionaleVormen.ts'
import { regiovisie } from './rules/regiovisie.ts'
import { tarieven } from './rules/tarieven.ts'
import { wachttijden } from './rules/wachttijden.ts'
import { codesOf, defersSentence, doc, elementState, flagsOf, h, p, statusOf, table, ul } from './testDoc.ts'
import { Flag } from './text/markers.ts'

// Concepts found missing on unseen batches 75 to 78 (a speech, a convenant in articles, a rekenkamer
// chapter, a strategy in translated Dutch, among others), each with a case that must not count. All
// sentences are written for these tests.

describe('the procurement planning in the words of a convenant (batch 75)', () => {
  it('starting the preparation of the next procurement is a step of the planning', () => {
    const d = doc(
      h(2, 'Artikel 5 – Inkoop'),
      p('De gemeenten beginnen uiterlijk in maart 2028 met de voorbereiding van de komende aanbesteding.'),
      p('De gunning is uiterlijk op 1 mei 2029 rond.'),
    )
    expect(elementState(inkoop, 'planning', d, 7)).toBe('found')
    const once = doc(h(2, 'Artikel 5 – Inkoop'), p('De gunning is uiterlijk op 1 mei 2029 rond.'))
    expect(elementState(inkoop, 'planning', once, 7)).not.toBe('found')
  })
})

describe('the one contact point (batch 75)', () => {
  it('"Als voorzitter ben ik dat, namens alle gemeenten" names who the contact point just announced is', () => {
    const d = doc(
      h(2, 'Samenwerking'),
      p(
        'Naar buiten toe heeft de regio één aanspreekpunt. Als wethouder van de centrumgemeente ben ik dat, namens alle negen gemeenten.',
      ),
    )
    expect(elementState(governance, 'aanspreekpunt', d, 4)).toBe('found')
    const nobody = doc(h(2, 'Samenwerking'), p('Naar buiten toe heeft de regio één aanspreekpunt.'))
    expect(elementState(governance, 'aanspreekpunt', nobody, 4)).not.toBe('found')
  })

  it('a provider called "Stichting Boegbeeld" is no figurehead of the region; "het boegbeeld van de regio" is', () => {
    const name = doc(h(2, 'Partijen'), ul('Stichting Boegbeeld, aanbieder van gezinshuizen, gevestigd te Oosterhaven;'))
    expect(elementState(governance, 'aanspreekpunt', name, 4)).toBe('none')
    const role = doc(
      h(2, 'Bestuur'),
      p('De voorzitter van het algemeen bestuur is het boegbeeld van de regio naar buiten.'),
    )
    expect(elementState(governance, 'aanspreekpunt', role, 4)).toBe('found')
  })
})

describe('an open question with a year, verb first (batch 75)', () => {
  it('"Partijen bespreken in 2027 of …" puts it off; "bespreken elk jaar de cijfers" does not', () => {
    expect(defersSentence('De gemeenten bespreken in 2027 of en hoe aanbieders hun kostprijs openbaar maken.')).toBe(
      true,
    )
    expect(defersSentence('Partijen besluiten in 2027 welke aanbieder de crisisdienst overneemt.')).toBe(true)
    expect(defersSentence('De gemeenten bespreken elk jaar in mei de cijfers met de aanbieders.')).toBe(false)
  })
})

describe('a review of the vision: what the norm asks, and what the auditor found (batch 75)', () => {
  it('a paragraph opening "Wat de norm vraagt." restates the norm in every sentence', () => {
    const requirement =
      'De regio kiest één aanspreekpunt dat namens de regio optreedt, de voorzitter van het dagelijks bestuur.'
    const asked = doc(h(2, '4.2 Governance'), p(`Wat de norm vraagt. ${requirement}`))
    expect(elementState(governance, 'aanspreekpunt', asked, 4)).toBe('none')
    const own = doc(h(2, '4.2 Governance'), p(requirement))
    expect(elementState(governance, 'aanspreekpunt', own, 4)).toBe('found')
  })

  it('a run-in "Bevindingen." reports what the vision says now; a chapter "Bevindingen" of an evaluation looks back', () => {
    const audit = doc(
      h(2, '4.4 Administratieve lasten'),
      p(
        'Bevindingen. De visie kiest voor de outputgerichte uitvoeringsvariant voor alle jeugdhulp in de zeven gemeenten.',
      ),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', audit, 6)).toBe('found')
    const evaluation = doc(
      h(2, '2. Bevindingen: uitvoering'),
      p('De regio koos in 2019 voor de outputgerichte uitvoeringsvariant voor alle jeugdhulp in de zeven gemeenten.'),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', evaluation, 6)).not.toBe('found')
  })
})

describe('functions named for other opgaven (batches 75 and 76)', () => {
  it('a speech naming the GI among the sessions, and jeugd-ggz beside the local teams, names no function kept available', () => {
    const speech = (...paragraphs: string[]) => doc(h(1, 'Toespraak'), ...paragraphs.map(p))
    const passing = speech(
      'Wij hebben vier werksessies gehouden met de aanbieders, en een aparte met de gecertificeerde instellingen. Dat organiseren we regionaal.',
      'In de buurtteams werken nu praktijkondersteuners jeugd-ggz. Dat organiseren we regionaal.',
      'Voor JeugdzorgPlus zijn wij als regio te klein om het alleen te doen. Dat organiseren we regionaal.',
    )
    expect(elementState(beschikbaarheid, 'functies', passing, 2)).toBe('none')
    const kept = speech(
      'De gecertificeerde instellingen, de jeugd-ggz en JeugdzorgPlus houden wij regionaal beschikbaar met meerjarige contracten.',
    )
    expect(elementState(beschikbaarheid, 'functies', kept, 2)).toBe('found')
  })

  it('bridging care and a capacity dashboard in a section on waiting times do not secure availability', () => {
    const waiting = doc(
      h(2, '3. Wachttijden'),
      h(3, '3.1 Wat wij doen'),
      ul(
        'Overbruggingshulp: wie langer dan vier weken wacht, krijgt een vaste contactpersoon.',
        'Aanbieders melden elke maand hun beschikbare capaciteit aan het regionale dashboard.',
      ),
    )
    expect(elementState(beschikbaarheid, 'borging', waiting, 2)).toBe('none')
    const kept = doc(
      h(2, '3. Beschikbaarheid van crisishulp'),
      ul('Met de twee crisisaanbieders hebben wij een meerjarige beschikbaarheidsafspraak van zes plekken.'),
    )
    expect(elementState(beschikbaarheid, 'borging', kept, 2)).not.toBe('none')
  })
})

describe('a work agenda of actions with a column "Gereed" (batch 75)', () => {
  const agenda = (heading: string, ...rows: string[][]) =>
    doc(h(2, heading), table(['Actie', 'Trekker', 'Gereed'], ...rows))

  it('a row "doorlopend" is in place now; a row with a date still to come is not', () => {
    const running = agenda('B. Kwetsbare functies', [
      'Crisishulp: 7 crisisplekken bij twee aanbieders met een meerjarige beschikbaarheidsafspraak',
      'Contractmanager crisis',
      'doorlopend',
    ])
    expect(elementState(beschikbaarheid, 'borging', running, 2)).toBe('found')
    const ahead = agenda('B. Kwetsbare functies', [
      'Onderzoeken hoeveel crisisplekken de regio nodig heeft',
      'Beleidsadviseur',
      '1 oktober 2027',
    ])
    expect(elementState(beschikbaarheid, 'borging', ahead, 2)).toBe('none')
  })

  it('a dated row that states the arrangement counts for opgave 6 and for the measures against waiting; one that prepares it does not', () => {
    const states = agenda('D. Administratieve lasten', [
      'Eén modelovereenkomst met dezelfde contractvoorwaarden voor alle zes gemeenten, ook voor lokale contracten',
      'Team inkoop',
      '1 januari 2027',
    ])
    expect(elementState(administratieveLasten, 'contractvoorwaarden', states, 6)).toBe('found')
    const prepares = agenda('D. Administratieve lasten', [
      'Voorstel voorbereiden voor dezelfde contractvoorwaarden voor alle zes gemeenten',
      'Team inkoop',
      '1 januari 2027',
    ])
    expect(elementState(administratieveLasten, 'contractvoorwaarden', prepares, 6)).toBe('none')
    const waiting = agenda(
      'A. Wachttijden terugdringen',
      [
        'Een regionale zorgbemiddelaar bemiddelt voor elke jeugdige die langer wacht dan de norm',
        'Bureau Jeugd',
        '1 maart 2027',
      ],
      ['Overbruggingshulp voor elk kind dat langer dan zes weken op de wachtlijst staat', 'Jeugdteams', '1 juni 2027'],
    )
    expect(elementState(wachttijden, 'aanpak', waiting, 9)).toBe('found')
  })

  it('"borging van het inkoopkader … wordt in 2027 uitgewerkt" puts off opgave 10, not the availability of functions', () => {
    const d = doc(
      h(2, 'B. Beschikbaarheid'),
      p(
        'Voor crisishulp houden twee aanbieders samen 6 crisisplekken vrij, met een meerjarig contract en een continuïteitsprotocol.',
      ),
      p('Specialistische jeugd-ggz en gezinshuizen kopen wij regionaal in met capaciteitsafspraken.'),
      h(2, 'C. Inkoop 2029'),
      table(
        ['Actie', 'Trekker', 'Gereed'],
        [
          'Borging van het regionale inkoopkader: hoe wij het kader juridisch vastleggen, wordt in 2027 uitgewerkt',
          'Dagelijks bestuur',
          '1 oktober 2027',
        ],
      ),
    )
    expect(statusOf(d, 2)).toBe('addressed')
  })
})

describe('what a motion and minutes ask for is not arranged (batches 76 and 78)', () => {
  it('the items under "verzoekt het college" are requests', () => {
    const items = [
      'zich in het algemeen bestuur in te zetten voor de aanwijzing van één regionaal aanspreekpunt dat namens de regio optreedt;',
    ]
    const motion = doc(h(2, 'Motie'), p('verzoekt het college'), ul(...items))
    expect(elementState(governance, 'aanspreekpunt', motion, 4)).toBe('none')
    const decided = doc(
      h(2, 'Besluit'),
      p('De voorzitter van het dagelijks bestuur is het aanspreekpunt:'),
      ul(...items),
    )
    expect(elementState(governance, 'aanspreekpunt', decided, 4)).toBe('found')
  })

  it('a numbered advice in the imperative asks; "zal … toevoegen" puts off', () => {
    expect(flagsOf('3. Neem een overgangsregeling op voor jeugdigen zonder nieuw contract.') & Flag.question).not.toBe(
      0,
    )
    expect(flagsOf('2. Vul hoofdstuk 5 in met de functies die beschikbaar blijven.') & Flag.question).not.toBe(0)
    expect(flagsOf('3. De overgangsregeling geldt een jaar.') & Flag.question).toBe(0)
    expect(defersSentence('De projectleider zegt dat de werkgroep een overgangsregeling zal toevoegen.')).toBe(true)
    expect(defersSentence('De werkgroep heeft een overgangsregeling toegevoegd.')).toBe(false)
  })
})

describe('adoption and participation in other words (batch 77)', () => {
  it('"vastgesteld (in december aangehouden …)" in a council row is adopted after all', () => {
    const rows = (last: string) =>
      doc(
        h(2, 'Vaststelling'),
        p('De gemeenteraden hebben de regiovisie vastgesteld:'),
        table(
          ['Gemeente', 'Datum raadsbesluit', 'Uitkomst'],
          ['Aldeweer', '03-03-2026', 'vastgesteld'],
          ['Bosdam', '07-04-2026', last],
        ),
      )
    expect(
      elementState(
        regiovisie,
        'vaststelling-raden',
        rows('vastgesteld (in maart aangehouden wegens vragen over de kosten)'),
      ),
    ).toBe('found')
    expect(elementState(regiovisie, 'vaststelling-raden', rows('aangehouden wegens vragen over de kosten'))).not.toBe(
      'found',
    )
  })

  it('"heeft de koers mee geschreven" is taking part', () => {
    const d = doc(
      h(2, 'Zo is de visie gemaakt'),
      p('De jongerenraad heeft de koers mee geschreven. Ouders spraken we op vier avonden.'),
      p('Aanbieders, de gecertificeerde instelling en Veilig Thuis gaven hun reactie in werkateliers.'),
    )
    expect(elementState(regiovisie, 'participatie', d)).toBe('found')
  })
})

describe('paraphrase and layout in batches 76 and 78', () => {
  it('binding decisions under "Governance, aanspreekpunt en bovenregionaal" are the region\u2019s own; under "Bovenregionaal" they are not', () => {
    const under = (heading: string) =>
      doc(
        h(2, heading),
        p('Besluiten van het algemeen bestuur over de regionale jeugdhulp zijn bindend voor alle zeven gemeenten.'),
      )
    expect(
      elementState(governance, 'bindende-afspraken', under('6. Governance, aanspreekpunt en bovenregionaal'), 4),
    ).toBe('found')
    expect(elementState(governance, 'bindende-afspraken', under('6. Bovenregionale samenwerking'), 4)).toBe('none')
  })

  it('how two merging regions worked before is not weighing two variants', () => {
    const d = doc(
      h(2, 'Uitvoering'),
      p(
        'Vroeg werkte taakgericht, Laat outputgericht. Vanaf 1 januari 2027 passen alle acht gemeenten de outputgerichte uitvoeringsvariant toe.',
      ),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
    const weighing = doc(
      h(2, 'Uitvoering'),
      p(
        'Vroeg werkt taakgericht, Laat outputgericht. Alle acht gemeenten passen de outputgerichte uitvoeringsvariant toe.',
      ),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', weighing, 6)).not.toBe('found')
  })

  it('"één regionale wachtlijst per zorgvorm" is a measure against waiting', () => {
    const d = doc(
      h(2, 'Wachttijden'),
      p('Maatregelen:'),
      ul(
        'één regionale wachtlijst per zorgvorm;',
        'overbruggingshulp voor ieder kind dat langer dan vier weken wacht.',
      ),
    )
    expect(elementState(wachttijden, 'aanpak', d, 9)).toBe('found')
  })

  it('finishing care with a provider "die niet in het consortium zit" is continuity when contracts change', () => {
    const d = doc(
      h(2, 'Inkoop'),
      p(
        'Kinderen die hulp krijgen van een aanbieder die niet in het consortium zit, kunnen die hulp tot een jaar na de start afmaken.',
      ),
    )
    expect(elementState(inkoop, 'continuiteit-overgang', d, 7)).toBe('found')
  })
})

describe('a quick-scan "Opgave | Wat staat er | Wat ontbreekt nog" (batch 78)', () => {
  const scan = (heading: string, header: string[]) =>
    doc(
      h(2, heading),
      table(
        header,
        [
          '6. Administratieve lasten',
          'Alle zes gemeenten passen de outputgerichte uitvoeringsvariant toe, met één modelovereenkomst voor alle gemeenten.',
          'Niets.',
        ],
        ['6b. Contractbeheer', 'Niets.', 'Het contractbeheer voor alle zes gemeenten ligt bij het regionale bureau.'],
      ),
    )

  it('what the scan found in the document counts, also under a heading "Opgaven uit de NvO"', () => {
    const d = scan('Opgaven uit de Norm voor Opdrachtgeverschap', ['Opgave', 'Wat staat er', 'Wat ontbreekt nog'])
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
    const restated = scan('Opgaven uit de Norm voor Opdrachtgeverschap', [
      'Opgave',
      'Wat de norm vraagt',
      'Toelichting',
    ])
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', restated, 6)).toBe('none')
  })

  it('the column of what is missing is no evidence', () => {
    const d = scan('Scan', ['Opgave', 'Wat staat er', 'Wat ontbreekt nog'])
    expect(elementState(administratieveLasten, 'contractbeheer', d, 6)).toBe('none')
    const explained = scan('Scan', ['Opgave', 'Wat staat er', 'Toelichting'])
    expect(elementState(administratieveLasten, 'contractbeheer', explained, 6)).toBe('found')
  })
})

describe('working with other regions in plain words (batch 75)', () => {
  it('"de regio X koopt de plekken in voor ons alle drie" and "één crisisteam werkt voor beide regio\u2019s" are arrangements; "kocht … in" was one', () => {
    const plain = doc(
      h(2, 'Samen met andere regio\u2019s'),
      ul(
        'Gesloten jeugdhulp: die plekken regelen we met de regio\u2019s Hoogwater en Laagland. De regio Hoogwater koopt de plekken in voor ons alle drie.',
      ),
    )
    expect(elementState(bovenregionaal, 'afspraken-bovenregionaal', plain, 5)).toBe('found')
    const team = doc(
      h(2, 'Samen met andere regio\u2019s'),
      ul('Crisishulp in de nacht: één crisisteam werkt voor beide regio\u2019s, met de regio Laagland.'),
    )
    expect(elementState(bovenregionaal, 'afspraken-bovenregionaal', team, 5)).toBe('found')
    const before = doc(
      h(2, 'Samen met andere regio\u2019s'),
      ul('Tot 2026 kocht de regio Hoogwater de plekken voor gesloten jeugdhulp in voor ons alle drie.'),
    )
    expect(elementState(bovenregionaal, 'afspraken-bovenregionaal', before, 5)).toBe('none')
  })
})

describe('a formal kader in long sentences (batch 79)', () => {
  it('"ten aanzien van de vraag welk …", "in afwachting waarvan" and "nader worden geregeld" put off; "nader toegelicht" does not', () => {
    expect(
      defersSentence(
        'Ten aanzien van de vraag welke bestuurder de regio vertegenwoordigt, wordt door het bestuur een voorstel voorbereid.',
      ),
    ).toBe(true)
    expect(
      defersSentence('De contacten lopen via het bestuur als geheel, in afwachting waarvan niets verandert.'),
    ).toBe(true)
    expect(
      defersSentence('De vertegenwoordiging zal bij de volgende wijziging van de regeling nader worden geregeld.'),
    ).toBe(true)
    expect(
      defersSentence('De vertegenwoordiging is in artikel 12 van de regeling geregeld en wordt hieronder toegelicht.'),
    ).toBe(false)
  })

  it('forms of care named for who was consulted, for what a kader covers or for national arrangements are not regionally contracted', () => {
    const d = doc(
      h(2, '1. Reikwijdte'),
      p(
        '1.2 Dit kader heeft betrekking op de jeugdhulp, de jeugdbescherming en de jeugdreclassering die regionaal worden ingekocht.',
      ),
      p('1.3 Daarbij zijn de regionaal gecontracteerde aanbieders van crisishulp en pleegzorg geconsulteerd.'),
      p('1.4 Voor zeer specialistische jeugd-ggz gebruiken wij regionaal het landelijk transitiearrangement.'),
    )
    expect(elementState(regionaleVormen, 'vormen', d, 11)).toBe('none')
    const listed = doc(
      h(2, '5. Inkoop'),
      p('Vanaf 2027 contracteren de acht gemeenten via de GR regionaal: crisishulp, pleegzorg en jeugdbescherming.'),
    )
    expect(elementState(regionaleVormen, 'vormen', listed, 11)).toBe('found')
  })
})

describe('a scenario looking back from 2030 (batch 79)', () => {
  it('"welke regio coördineert … en hoeveel plekken er komen, bepalen de drie regio\u2019s in 2027" puts off opgave 5, not opgave 2', () => {
    const d = doc(
      h(2, 'Hulp die verder reikt'),
      p(
        'Voor gesloten jeugdhulp zijn wij te klein. Die hulp organiseren wij samen met de regio\u2019s Noordwaard en Oostwaard.',
      ),
      p(
        'Welke regio coördineert, hoe de kosten worden verdeeld en hoeveel plekken er komen, bepalen de drie regio\u2019s in de loop van 2027.',
      ),
    )
    expect(codesOf(d, 5)).toContain('opgave-5.uitgesteld')
    expect(codesOf(d, 2)).not.toContain('opgave-2.uitgesteld')
  })

  it('a way of paying denied beside the variant names no second variant', () => {
    const d = doc(
      h(2, 'Eén manier van inkopen'),
      p(
        'Alle negen gemeenten werken vanaf 2027 met de taakgerichte uitvoeringsvariant: de consortia krijgen een jaarbudget en declareren niet per cliënt of per uur.',
      ),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', d, 6)).toBe('found')
    const two = doc(
      h(2, 'Eén manier van inkopen'),
      p(
        'Wij werken met de inspanningsgerichte variant voor ambulante hulp en met de outputgerichte variant voor verblijf.',
      ),
    )
    expect(elementState(administratieveLasten, 'uitvoeringsvariant', two, 6)).not.toBe('found')
  })
})

describe('a spoken list of who took part (batch 79)', () => {
  it('"We hebben veel gesprekken gevoerd. Met de aanbieders. Met Veilig Thuis." counts each fragment; a fragment after anything else does not', () => {
    const spoken = doc(
      h(2, 'Transcript'),
      p(
        'We hebben het afgelopen jaar veel gesprekken gevoerd. Met de aanbieders. Met de gecertificeerde instelling. Met Veilig Thuis Noordwaard. Met de jongerenraad en met een ouderpanel.',
      ),
    )
    expect(elementState(regiovisie, 'participatie', spoken)).toBe('found')
    const other = doc(
      h(2, 'Transcript'),
      p(
        'Het schrijven deed een werkgroep. Met de aanbieders. Met de gecertificeerde instelling. Met Veilig Thuis Noordwaard.',
      ),
    )
    expect(elementState(regiovisie, 'participatie', other)).toBe('none')
  })
})

describe('a formal kader: transition and transparency in long sentences (batch 79)', () => {
  it('"zullen niet … van verblijfplaats wisselen" guarantees; it does not deny the transition', () => {
    const d = doc(
      h(2, '5. Inkoop'),
      p(
        '5.4 Jeugdigen die hulp ontvangen van een aanbieder met wie geen nieuwe overeenkomst wordt gesloten, ronden die hulp daar af tot uiterlijk 30 juni 2028, terwijl jeugdigen in verblijf niet uitsluitend door de nieuwe inkoop van verblijfplaats zullen wisselen.',
      ),
    )
    expect(elementState(inkoop, 'continuiteit-overgang', d, 7)).toBe('found')
    expect(flagsOf('Jeugdigen in verblijf zullen niet van verblijfplaats wisselen.') & Flag.negated).toBe(0)
    expect(flagsOf('Er is geen overgangsregeling voor jeugdigen in verblijf.') & Flag.negated).not.toBe(0)
  })

  it('"van aanbieders wordt verlangd dat zij inzicht verschaffen in de opbouw van hun kostprijs" is transparency', () => {
    const d = doc(
      h(2, '6. Tarieven'),
      p(
        '6.3 Van aanbieders wordt verlangd dat zij jaarlijks inzicht verschaffen in de opbouw van hun kostprijs volgens het rekenmodel van de regio.',
      ),
    )
    expect(elementState(tarieven, 'tariefopbouw-transparantie', d, 8)).toBe('found')
  })
})

describe('waiting times on a web page in plain words (batch 82)', () => {
  it('"plek zoeken bij een ander" is a measure and "houden hun wachttijden op dezelfde manier bij" is one way of registering', () => {
    const d = doc(
      h(2, 'Wachten op hulp'),
      ul(
        'Hulp tijdens het wachten. Wacht je langer dan 4 weken? Dan helpt het jeugdteam je.',
        'Plek zoeken bij een ander. Heeft een andere aanbieder eerder plek? Dan mag je daarheen.',
        'Eén overzicht. Vanaf 1 maart 2027 houden alle aanbieders hun wachttijden op dezelfde manier bij.',
      ),
    )
    expect(elementState(wachttijden, 'aanpak', d, 9)).toBe('found')
    expect(elementState(wachttijden, 'inzicht', d, 9)).not.toBe('none')
    const other = doc(h(2, 'Wachten op hulp'), ul('Wij houden rekening met de wensen van ouders.'))
    expect(elementState(wachttijden, 'inzicht', other, 9)).toBe('none')
  })
})

describe('minutes of a council debate (batch 81)', () => {
  it('"… laten zien volgens dat model" is no intention; "zien dat het anders moet" still is', () => {
    expect(
      flagsOf('Aanbieders moeten bij de inschrijving hun kostprijsopbouw laten zien volgens dat model.') &
        Flag.intention,
    ).toBe(0)
    expect(flagsOf('Wij zien dat de tarieven omhoog moeten.') & Flag.intention).not.toBe(0)
  })

  it('"wordt elke drie jaar geëvalueerd" is no contract term; "de contracten lopen drie jaar" is', () => {
    const often = doc(
      h(2, 'Inkoop'),
      p('De verdeelsleutel geldt voor alle regionale contracten en wordt elke drie jaar geëvalueerd.'),
    )
    expect(elementState(inkoop, 'meerjarig', often, 7)).toBe('none')
    const term = doc(h(2, 'Inkoop'), p('De regionale contracten lopen drie jaar, met een optie tot verlenging.'))
    expect(elementState(inkoop, 'meerjarig', term, 7)).toBe('found')
  })
})

describe('a collegeadvies on which forms are contracted regionally (batch 80)', () => {
  it('"Of X ook regionaal worden ingekocht, besluit het bestuur bij de vaststelling van het inkoopplan" puts off; waiting times name no contracted form', () => {
    expect(
      defersSentence(
        'Of pleegzorg en gezinshuizen ook regionaal worden ingekocht, besluit het algemeen bestuur bij de vaststelling van het inkoopplan.',
      ),
    ).toBe(true)
    const waiting = doc(
      h(2, 'Argumenten'),
      p(
        'In 2025 wachtten kinderen gemiddeld 12 weken op jeugd-ggz, 15 weken op een gezinshuis en 9 weken op pleegzorg. Dat regelen we regionaal.',
      ),
    )
    expect(elementState(regionaleVormen, 'vormen', waiting, 11)).toBe('none')
  })
})

describe('a status e-mail (batch 82)', () => {
  it('"omdat de Jeugdautoriteit ernaar vraagt: …" gives a reason, it restates no norm; "de Jeugdautoriteit vraagt dat …" does', () => {
    expect(
      flagsOf('Omdat de Jeugdautoriteit ernaar vraagt: de visie is opgesteld met het jongerenpanel en de aanbieders.') &
        Flag.restated,
    ).toBe(0)
    expect(
      flagsOf('De Jeugdautoriteit vraagt dat de visie is opgesteld met jongeren en aanbieders.') & Flag.restated,
    ).not.toBe(0)
  })
})

describe('an update memo on the councils still to decide (batch 82)', () => {
  it('a council waiting for an explanation of the solidarity share puts off adoption, not governance', () => {
    const d = doc(
      h(2, 'Samenwerking'),
      p(
        'De vijf gemeenten werken samen in een gemeenschappelijke regeling, een bedrijfsvoeringsorganisatie. Besluiten van het bestuur over de regionale inkoop zijn bindend voor alle vijf gemeenten. Tekorten verdelen wij voor de helft naar inwonertal en voor de helft naar gebruik. De voorzitter van het bestuur is het aanspreekpunt en spreekt namens de vijf gemeenten.',
      ),
      h(2, 'Wat wordt er van u gevraagd'),
      ul(
        'Oosterend: het college stuurt vóór 1 december een nadere toelichting op de solidariteitsbijdrage aan de raad, zodat het voorstel in januari 2027 opnieuw kan worden geagendeerd.',
      ),
    )
    expect(statusOf(d, 4)).toBe('addressed')
  })
})

describe('"ambitie – resultaat – indicator" blocks (batch 81)', () => {
  it('a paragraph opening "Ambitie." is a wish in every sentence', () => {
    const own =
      'De zes gemeenten werken samen op een manier die niet vrijblijvend is: besluiten van het bestuur binden alle zes gemeenten.'
    const wish = doc(h(3, 'Een samenwerking die bindt'), p(`Ambitie. ${own}`))
    expect(elementState(governance, 'bindende-afspraken', wish, 4)).toBe('none')
    const agreed = doc(h(3, 'Een samenwerking die bindt'), p(own))
    expect(elementState(governance, 'bindende-afspraken', agreed, 4)).toBe('found')
  })

  it('"de afstemming is geborgd doordat … de verordeningen naar het kader verwijzen" after an item naming the inkoopkader', () => {
    const d = doc(
      h(3, 'Inkopen in samenhang'),
      p('Resultaat.'),
      ul(
        'Het regionale inkoopkader geldt voor alle jeugdhulp, ook voor wat een gemeente zelf inkoopt.',
        'De afstemming is geborgd doordat de zes verordeningen jeugdhulp naar het kader verwijzen en het inkoopbureau elke lokale aanbesteding vooraf toetst.',
      ),
    )
    expect(elementState(inkoopbeleid, 'borging', d, 10)).toBe('found')
  })
})

describe('functions named in what a kader covers, who was consulted, or the national arrangement (batch 79)', () => {
  it('names no function kept available for opgave 2', () => {
    const kader = (...paragraphs: string[]) => doc(h(2, '1. Reikwijdte'), ...paragraphs.map(p))
    const passing = kader(
      '1.2 Dit kader heeft betrekking op de jeugdbescherming en de jeugdreclassering. Dat organiseren we regionaal.',
      '1.3 In twee consultatiebijeenkomsten zijn de aanbieders van pleegzorg gehoord. Dat organiseren we regionaal.',
      '1.4 Voor JeugdzorgPlus gebruiken wij het landelijk transitiearrangement. Dat organiseren we regionaal.',
    )
    expect(elementState(beschikbaarheid, 'functies', passing, 2)).toBe('none')
    const kept = kader(
      'De jeugdbescherming, pleegzorg en JeugdzorgPlus houden wij regionaal beschikbaar met meerjarige contracten.',
    )
    expect(elementState(beschikbaarheid, 'functies', kept, 2)).toBe('found')
  })
})
