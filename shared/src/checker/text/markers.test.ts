import { describe, expect, it } from 'vitest'
import { CONCRETE_NORM, deferredTo, Flag, markersOf, NAME } from './markers.ts'
import { normalize } from './normalize.ts'

const flags = (s: string) => markersOf(normalize(s))

describe('sentence markers', () => {
  it.each([
    ['Hoe wij dat organiseren, werken wij uit in het uitvoeringsprogramma.', Flag.deferred],
    ['Het inkoopplan werkt de bekostiging verder uit.', Flag.deferred],
    ['Dit onderdeel is nog nader uit te werken.', Flag.deferred],
    ['Wij gaan onderzoeken welke vorm past.', Flag.deferred],
    ['Voor klinische zorg verwijzen wij naar het beleidsplan.', Flag.deferred],
    ['De afspraken worden in 2027 opnieuw gemaakt.', Flag.deferred],
    ['De keuze hierover volgt later.', Flag.deferred],
    ['Wij willen de regeldruk verminderen.', Flag.intention],
    ['Wij streven naar één aanspreekpunt.', Flag.intention],
    ['Wij nemen de zorgvuldigheidseisen bij de volgende inkoop mee.', Flag.intention],
    ['Een regionaal aanspreekpunt is er nog niet.', Flag.negated],
    ['Er zijn geen afspraken over capaciteit.', Flag.negated],
    ['De NvO vraagt gemeenten één uitvoeringsvariant te kiezen.', Flag.restated],
    ['Sinds 2024 schrijft het Besluit Jeugdwet voor dat de prijs op kostprijselementen is gebaseerd.', Flag.restated],
    ['Reële tarieven, mits aanbieders transparant zijn over hun tariefopbouw.', Flag.restated],
    ['Welke variant past het best bij ons?', Flag.question],
    // An open question that someone decides at a later moment
    [
      'Welke partij de regio extern vertegenwoordigt, beslist het dagelijks bestuur in het najaar van 2026.',
      Flag.deferred,
    ],
    ['Hoe de kosten van crisisplekken worden verdeeld, bepalen de wethouders later.', Flag.deferred],
    // Denials and limits of what the sentence names
    ['Cliëntenraden hebben bij het schrijven geen rol gehad.', Flag.negated],
    ['Het gebiedsteam is bij deze afspraken niet aangesloten.', Flag.negated],
    ['Een vast contactpunt voor de regio bestaat nog niet.', Flag.negated | Flag.deferred],
    // Put off: not arranged yet, agreed later, foreseen, out of scope, waiting for money, a study to come
    ['Over de verdeling van tekorten is nog geen besluit genomen.', Flag.deferred],
    ['De precieze taakverdeling leggen wij in 2027 vast.', Flag.deferred],
    ['Een uitgewerkt afwegingskader verschijnt in 2026.', Flag.deferred],
    ['Nieuwe afspraken met de buurregio zijn voorzien voor 2027.', Flag.deferred],
    ['Logeeropvang valt buiten het bestek van dit stuk.', Flag.deferred],
    ['Een prijsherijking volgt zodra daarvoor budget is.', Flag.deferred],
    ['Als er in 2027 budget is, dan breiden wij uit naar tien crisisbedden.', Flag.deferred],
    ['In 2028 laten wij een tarievenonderzoek uitvoeren.', Flag.deferred],
    ['De details beschrijven wij in een addendum bij deze nota.', Flag.deferred],
    // Preferences and deliberation are no choice yet
    ['Twee gemeenten hebben een voorkeur voor budgetfinanciering.', Flag.intention],
    ['Het bestuur overweegt een centrumregeling.', Flag.intention],
    // A requirement quoted on a line of its own
    ['NvO: één aanspreekpunt namens alle gemeenten', Flag.restated],
    // A passive denial, a study still to come, a plan still to be written under any compound name
    ['Tot die tijd wordt van de aanbieders geen inzicht in hun kosten gevraagd.', Flag.negated],
    ['Een onderzoek naar de kostprijzen wordt in 2029 uitgevoerd.', Flag.deferred],
    ['Hoe het vangnet eruitziet, wordt beschreven in een apart regionaal vangnetplan.', Flag.deferred],
    ['De rolverdeling leggen wij vast in een aparte notitie.', Flag.deferred],
    // Terse notes and documents still to come
    ['Capaciteitsafspraken per functie: uitwerken in het continuïteitsplan 2027.', Flag.deferred],
    ['Overgangsregeling: n.t.b.', Flag.deferred],
    ['Rol van de wijkteams → werkgroep, voorstel Q2 2027', Flag.deferred],
    ['De uitwerking voor de drie kleinste gemeenten volgt in het toegangsprofiel.', Flag.deferred],
    ['Welke hulp wij met andere regio’s regelen, leggen wij niet in deze visie vast.', Flag.deferred],
    ['Of aanbieders hun kostprijs moeten tonen, is in het bestuur niet besloten.', Flag.negated],
    // An evaluation next to a real deferral still defers
    ['De uitwerking volgt later, net als de evaluatie.', Flag.deferred],
    // Announcements in the passive, with the auxiliary after the adverb, and studies still to be done
    ['In de loop van 2027 zal per functie nader worden uitgewerkt hoe de continuïteit wordt geborgd.', Flag.deferred],
    ['De basisfuncties dienen als referentiekader bij een in 2026 uit te voeren onderzoek.', Flag.deferred],
    ['Afspraken over consultatie worden in 2025 opgesteld in een samenwerkingsconvenant.', Flag.deferred],
    ['Een continuïteitsplan wordt in 2026 ontwikkeld.', Flag.deferred],
    // A passive future without detail is a soft intention; considering something is no choice
    ['Ook de rol van de huisartsen zal daarbij worden betrokken.', Flag.softIntention],
    ['Daarbij zullen capaciteitsafspraken en een fonds in beschouwing worden genomen.', Flag.intention],
    // Recognising a need or a problem is not an arrangement
    ['Er wordt onderkend dat er verbeterpotentieel bestaat bij het op- en afschalen.', Flag.intention],
    ['De regio is zich bewust van de signalen van aanbieders dat de tarieven onder druk staan.', Flag.intention],
    ['De regio onderschrijft het belang van minder administratieve lasten.', Flag.intention],
    // A slogan says what the region values, not what it arranged
    ['✔ Korte lijnen, warme overdracht', Flag.intention],
    ['Goede aansluiting op de specialistische hulp, met de basisfuncties als inspiratie', Flag.intention],
    // "In line with the norm" restates it
    ['Conform de NvO hanteert de regio het uitgangspunt van reële tarieven.', Flag.restated],
  ])('%s', (sentence, flag) => {
    expect(flags(sentence) & flag).toBe(flag)
  })

  it.each([
    'De teams werken met aanbieders uit de hele regio.',
    'Het sociale team brengt met het gezin alle leefgebieden in beeld.',
    'Gemeenten stellen geen aanvullende eisen.',
    'Geen jeugdige wordt geweigerd vanwege de zwaarte van de problematiek.',
    'De kostprijs bevat de elementen die het Besluit Jeugdwet voorschrijft.',
    'Alle gemeenten passen de taakgerichte variant toe.',
    'Huisartsen verwijzen naar de gecontracteerde jeugdhulp na overleg met het wijkteam.',
    // "niet" and "geen" in comparisons, rules, guarantees and conditions
    'Niemand wacht langer dan vier weken: er is geen wachtlijst voor de crisisopvang.',
    'Een kind hoeft zijn verhaal niet opnieuw te vertellen als het van team wisselt.',
    'Een gemeente mag niet eenzijdig uit het gezamenlijke contract stappen.',
    'Het partnerschap is niet vrijblijvend: alle zes gemeenten zijn eraan gebonden.',
    'Als een aanbieder niet meer kan leveren, neemt de andere partner de zorg over.',
    'Ouders hebben voor het gezinsteam geen verwijzing nodig.',
    'Jeugdigen van een aanbieder die geen nieuw contract krijgt, ronden hun hulp daar af.',
    'De aanbieders zijn niet alleen uitvoerder maar ook mede-eigenaar van de opgave.',
    // A planned evaluation is not putting something off
    'In 2028 evalueren wij de visie met de jongerenraad en de aanbieders.',
    'Na twee jaar bekijken wij met de gebiedsteams hoe de werkwijze bevalt.',
    'Het bestuur monitort elk kwartaal de wachttijden per zorgvorm.',
    // A trailing contrast names what is not done, it does not deny what is
    'Wij bekostigen per afgesloten traject, niet per dagdeel.',
    // A rule for when something happens is the arrangement, not looking into it
    'Wijkt de werkelijke kostprijs meer dan 10% af van het tarief, dan gaan de gemeente en de aanbieder in gesprek.',
    'Als een aanbieder dreigt te stoppen, dan bekijken wij met de andere partners wie de zorg overneemt.',
    // A long trailing contrast
    'De gemeenten delen de kosten naar het aantal inwoners, niet naar wie er toevallig dat jaar veel gebruik van maakt.',
    // A line with a verb or a figure is a statement, whatever praise it opens with
    'Korte lijnen: de gebiedsteams kunnen elke aanbieder binnen een week consulteren.',
    'Goede hulp vraagt om een prijs die de werkelijke kosten dekt.',
    'Warme overdracht binnen 10 werkdagen na het einde van de behandeling',
    // A rule for when the budget runs out is an arrangement
    'Als het budget op is, dan besluit het algemeen bestuur over bijsturing.',
    // Who decides, without a moment still to come, is the rule for deciding
    'Welke aanbieder een crisisplek krijgt, bepaalt het regionale bureau binnen 24 uur.',
    // What follows from something is no deferral
    'Daaruit volgen vijf ambities voor 2030:',
    // A step of a planning in the present tense is no study still to be done
    'De inkoopstrategie wordt op 1 maart 2026 vastgesteld door het algemeen bestuur.',
    'Het onderzoek naar de kostprijzen is in 2024 uitgevoerd door een extern bureau.',
  ])('counts as a statement: %s', (sentence) => {
    expect(flags(sentence) & (Flag.deferred | Flag.intention | Flag.negated | Flag.restated | Flag.question)).toBe(0)
  })

  it('marks concrete detail: numbers, dates, amounts; and names on the original text', () => {
    expect(CONCRETE_NORM.test(normalize('De contracten lopen vijf jaar.'))).toBe(true)
    expect(CONCRETE_NORM.test(normalize('Wij werken samen.'))).toBe(false)
    expect(NAME.test('Het bureau voert het beheer uit voor de Regio Waterland.')).toBe(true)
    expect(NAME.test('Wij werken samen.')).toBe(false)
  })

  it('names the document a deferral points to', () => {
    expect(deferredTo(normalize('Dit werken wij uit in de inkoopstrategie.'))).toBe('inkoopstrategie')
    expect(deferredTo(normalize('Dit werken wij later uit.'))).toBeUndefined()
  })
})

describe('recorded in contracts still to come', () => {
  it.each([
    ['Hoeveel plekken er blijven, leggen wij vast in de nieuwe contracten vanaf 2028.', true],
    ['De capaciteit wordt geregeld in de volgende overeenkomsten met de aanbieders.', true],
    ['De capaciteit is vastgelegd in de contracten met drie aanbieders.', false],
    ['In de nieuwe contracten staan twaalf crisisplekken.', false],
  ])('%s → deferred %s', (sentence, expected) => {
    expect((flags(sentence) & Flag.deferred) !== 0).toBe(expected)
  })
})
