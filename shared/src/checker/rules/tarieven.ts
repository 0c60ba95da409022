import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { PRICE } from '../lexicon.ts'
import { concepts, terms, withPattern } from '../vocabulary.ts'

/** How tariffs are set: a cost study or model, or another stated method (benchmark, market consultation). */
const METHOD =
  /\bkostprijsonderzoek\w*|\bkostprijsmodel\w*|\brekenmodel\w*|\bkostprijsonderbouwing\w*|\bkostprijsberekening\w*|\bintegrale kostprijs\b|\breele (kost)?prijs\w*\b[^.;]{0,60}\b(opgebouwd|berekend|bepaald)\b|\b(tarie\w*|prijs\w*|prijzen)\b[^.;]{0,60}\b(gebaseerd op|op basis van|berekend|bepaald|vastgesteld|vast op basis|opgebouwd uit|opgebouwd|volgens)\b|\bbudget\w*\b[^.;]{0,120}\b(gebaseerd op|op basis van|berekend|bepaald|vastgesteld|opgebouwd uit|volgens)\b[^.;]{0,30}\b(kost\w*|reele|rekenmodel\w*|onderzoek\w*|cao)\b|\b(stellen|bepalen|berekenen) [^.;]{0,40}\b(tarie\w*|prijs\w*|prijzen)\b[^.;]{0,40}\b(vast|op basis|met|volgens)\b|\bbenchmark\w*|\b(volgen|volgt|hanteren|hanteert|nemen|neemt) (wij |we )?(\S+ )?(tarieven|prijzen) (over )?(van|die)\b|\bvergelijking met (de )?tarieven\b|\b(uitgerekend|berekend|berekende|berekenden|rekende|rekenden|doorgerekend|uitrekenen|berekenen|onderzocht)\b[^.;]{0,40}\bwat (\S+ ){1,8}?(echt |werkelijk )?(kost|kosten)\b|\b(rekenen|rekent|rekende|rekenden)\b[^.;]{0,30}\buit\b[^.;]{0,20}\bwat (\S+ ){1,8}?(echt |werkelijk )?(kost|kosten)\b|\b(vormen|vormt|zijn|is|waren|was) de (grond)?(basis|grondslag) (voor|van|onder) de (tarieven|prijzen)\b/

/** Cost elements (AMvB reële prijs, Stb. 2024, 69; domain.md opgave 8), each a key; terms: see `vocabulary.ts`. */
const COST_ELEMENTS: Readonly<Record<string, RegExp>> = {
  ...concepts({
    personeel: [
      'beroepskracht*',
      'personele/personeel kosten/deel',
      'salaris*',
      'cao*',
      'loonkosten',
      'inschaling',
      'werkgeverslasten',
      'productiviteit*',
      'productieve uren',
      'clientgebonden/niet-clientgebonden uren/tijd',
      'uren per fte',
    ],
    clientgebonden: ['(overige) clientgebonden kosten', 'materiele kosten/deel', 'materialen', 'vervoer*'],
    indexatie: [
      'indexatie*',
      'indexering*',
      'indexeren',
      'indexeert',
      'geindexeerd',
      'ova',
      'prijsindex*',
      'cpi',
      'loon- en prijs*',
    ],
    huisvesting: ['huisvesting*', 'kapitaallasten'],
  }),
  // A mark-up in the cost price ("een opslag van 18%"), not an extra paid on the tariff for more work
  // ("30 extra intakes per maand, met een opslag op het tarief").
  overhead: withPattern(terms('overhead*'), /\bopslag\w*\b(?! (?:op|bovenop) (?:het |de |hun )?(?:tarie|prijs))/),
  // A surcharge for risk also comes as "opslag voor risico": structure beside the words.
  risico: withPattern(
    terms(
      'risico-opslag*',
      'risicoopslag*',
      'risico opslag*',
      'ondernemersrisico',
      'continuiteitsopslag',
      'risico- en continuiteit*',
    ),
    /\bopslag [^.;]{0,20}\brisico\b/,
  ),
}

// (also as one word: "dat wij als aanbieders onze boeken openleggen")
const TRANSPARENCY =
  /\bopen[- ]?boek\w*|\b(boeken|kosten|kostprijs\w*|cijfers|administratie)\b[^.;]{0,20}\bopen(leggen|legt|legden|gelegd)\b|\b(laten|laat) (\S+ ){0,6}?zien\b[^.;]{0,40}\b(kosten|kostprijs\w*|tarie\w*|kostenopbouw|opbouw)\b|\binzicht (geven|geeft|verschaffen|verschaft|bieden|biedt)\b[^.;]{0,40}\b(opbouw|kostprijs\w*|tarie\w*|kosten)\b|\b(leggen|legt)\b[^.;]{0,60}\b(kosten|kostprijs\w*|cijfers|boeken)\b[^.;]{0,30}\bopen\b|\bopen calculatie\w*|\b(leggen|legt)\b[^.;]{0,60}\b(kostprijs|calculatie|kostenopbouw|opbouw)\w*\b[^.;]{0,40}\b(voor|over)\b|\bkostprijsopbouw\w*|\btariefopbouw\w*|\binzage\b|\btransparan\w*|\b(leveren|levert|tonen|toont|geven|geeft|overleggen|aanleveren|onderbouwen|maken|verantwoorden|verantwoordt|(leggen|legt)( \w+)? verantwoording af)\b[^.;]{0,90}\b(kostprijs\w*|kostenopbouw|kosten per|opbouw|onderbouwing|jaarrekening|werkelijke kosten)\b|\b(laat|laten|tonen|toont)\b[^.;]{0,60}\bhoe (hun|haar|zijn|de|het) (eigen |werkelijke )?(kost)?(prijs|prijzen|tarief|tarieven|kosten) (is |zijn |wordt |worden )?(opgebouwd|samengesteld|berekend)\b|\b(laat|laten|liet|lieten)\b[^.;]{0,50}\b(cijfers|kosten|kostprijs\w*|boeken|kostenopbouw)\b[^.;]{0,10}\bzien\b|\b(laat|laten|liet|lieten)\b[^.;]{0,50}\bzien (wat|hoe(veel)?)\b[^.;]{0,40}\b(kosten|kostprijs\w*|cijfers|uitgaven)\b/
/** Providers not required to show their costs (a rule that denies it, not a guarantee to clients). */
const NOT_ASKED =
  /\b(hoeft|hoeven)\b[^.;]{0,60}\bniet\b[^.;]{0,40}\b(te )?(overleggen|tonen|laten zien|aanleveren|leveren|geven|verantwoorden|openbaar maken|inzichtelijk maken)\b|\bniet verplicht\b|\b(wordt|worden) (hen |hun )?niet gevraagd\b/
const OPENNESS =
  /\btransparan\w*|\bopen\b[^.;]{0,20}\bover hoe\b|\binzicht\b|\binzage\b|\bopen[- ]?boek\w*|\b(laat|laten|tonen|toont)\b[^.;]{0,60}\bhoe (hun|haar|zijn)\b/
const PROVIDER =
  /\b\w*aanbieder\w*|\buw (eigen )?(kostprijs|kostenopbouw|tariefopbouw|organisatie|inschrijving)\w*|\bwie (\S+ ){0,2}?gecontracteerd (is|wordt)\b|\bpartners?\b|\b(contract|zorg|kern)partners?\b|\bconsorti\w*|\binschrijver\w*|\bzij\b|\bhoofdaannemer\w*|\b(zorg|hulp|jeugdhulp)organisatie\w*/

/** Sharing shortfalls and surpluses among the municipalities (opgave 4), and the words for a price itself. */
const COST_SHARING = /\bverdeelsleutel\w*|\btekorten?\b|\boverschot\w*|\bverevening\w*/
const PRICE_WORD = /\b\w*tarie\w*|\bprijs\w*|\bprijzen\b|\bkostprijs\w*/

/**
 * Tariffs set by the law's requirements only ("vastgesteld met inachtneming van de in de Jeugdwet en het
 * Besluit Jeugdwet gestelde eisen"): the norm restated, no method of the region's own…
 */
const BY_LAW_ONLY =
  /\b(met inachtneming van|conform|volgens|overeenkomstig|in lijn met|op grond van|binnen)\b[^.;]{0,60}\b(jeugdwet|besluit jeugdwet|amvb|wet|wettelijke (eisen|regels|kaders?)|norm voor opdrachtgeverschap|nvo)\b/
/** … unless it names one. */
const OWN_METHOD = /\bkostprijs\w*|\brekenmodel\w*|\bbenchmark\w*|\bonderzoek\w*|\bcalculatie\w*/

/** Why costs rose: "Dat komt vooral door loon- en prijsstijgingen", "de kosten stegen door de cao". */
const COST_CAUSE =
  /^(dat|dit|die stijging|de stijging|de toename)\b[^.;]{0,20}\b(komt|komen|kwam|kwamen)\b (\S+ ){0,3}?door\b|\b(gestegen|stegen|stijgen|stijgt|toegenomen|namen toe|nemen toe)\b (\S+ ){0,4}?door\b/

/** A cost price study that was carried out. */
const STUDY_DONE =
  /\bkostprijsonderzoek\w*\b[^.;]{0,40}\b(uitgevoerd|gedaan|verricht)\b|\b(uitgevoerd|gedaan|verricht)\b[^.;]{0,40}\bkostprijsonderzoek/

const method: ElementRule = {
  id: 'tariefmethode',
  label: 'de methode waarmee de tarieven worden vastgesteld',
  todo: 'Beschrijf met welke methode de tarieven worden vastgesteld, bij voorkeur een kostprijsonderzoek of rekenmodel dat met aanbieders is opgesteld. “De kosten stijgen” is geen tariefmethode.',
  topic: /\breele (tarieven|prijs|prijzen)\b|\btarieven\b|\bkostprijs\w*/,
  needs: METHOD,
  match(c: Corpus, u: Unit) {
    // "transparant over hoe hun tarief is opgebouwd" is about openness, not how the region sets tariffs.
    if (!c.has(u, METHOD) || !c.context(u, PRICE)) return null
    // (unless a study was done: "In 2025 is een kostprijsonderzoek uitgevoerd …; aanbieders leveren hun kostprijsopbouw aan")
    if (c.has(u, OPENNESS) && !c.has(u, STUDY_DONE)) return null
    if (c.has(u, BY_LAW_ONLY) && !c.has(u, OWN_METHOD)) return null
    // Sharing a budget's shortfalls ("tekorten … verdeeld volgens een verdeelsleutel") is governance, not a price.
    if (c.has(u, COST_SHARING) && !c.has(u, PRICE_WORD)) return null
    return 'methode'
  },
  judge: byKeys(1),
}

const elements: ElementRule = {
  id: 'kostprijselementen',
  label: 'de kostprijselementen (personeel, cliëntgebonden kosten, overhead, indexatie)',
  todo: 'Noem de kostprijselementen waaruit het tarief is opgebouwd: kosten van beroepskrachten (salaris volgens cao, productiviteit), overige cliëntgebonden kosten, overhead en indexatie (bijvoorbeeld met de OVA).',
  topic: /\bkostprijselement\w*|\bkostprijs\b/,
  needs: COST_ELEMENTS,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, COST_ELEMENTS)
    // (not why costs went up: "Dat komt vooral door zwaardere trajecten en door loon- en prijsstijgingen")
    if (!keys.length || c.has(u, COST_CAUSE)) return null
    return c.context(u, PRICE) ? keys : null
  },
  judge: byKeys(3, 1),
}

const transparency: ElementRule = {
  id: 'tariefopbouw-transparantie',
  label: 'transparantie van aanbieders over hun tariefopbouw',
  // Transparency asked of providers with no tariff of the region's own is the norm's second half restated
  // ("reële tarieven, mits aanbieders transparant zijn over hun tariefopbouw").
  alone: false,
  todo: 'Leg vast hoe aanbieders transparant zijn over hun tariefopbouw, bijvoorbeeld een kostprijsopbouw bij inschrijving of een jaarlijks open-boekgesprek.',
  topic: /\btransparan\w*|\btariefopbouw\b|\bkostprijsopbouw\w*|\bkostenopbouw\b|\bopen[- ]?boek\w*/,
  needs: TRANSPARENCY,
  match(c: Corpus, u: Unit) {
    if (!c.has(u, TRANSPARENCY) || !c.context(u, PRICE) || !c.has(u, PROVIDER)) return null
    // "Aanbieders hoeven hun kostprijsopbouw niet te overleggen": no transparency asked.
    if (c.has(u, NOT_ASKED)) return null
    return 'transparantie'
  },
  judge: byKeys(1),
}

export const tarieven: OpgaveRule = {
  id: 'tarieven',
  title: 'Reële tarieven',
  topic: /\breele (tarieven|prijs|prijzen)\b|\b\w*tarie\w*|\beerlijke prijs\b/,
  elements: [method, elements, transparency],
}
