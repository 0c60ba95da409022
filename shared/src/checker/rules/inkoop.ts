import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { MOMENT } from '../lexicon.ts'
import { NUMBER_WORDS } from '../text/markers.ts'
import { DATED_CELL, DATED_START, datedLine } from '../text/structure.ts'
import { terms } from '../vocabulary.ts'

/** Steps of a procurement, each a key so that a planning with several steps can be recognised. */
const STEPS: Readonly<Record<string, RegExp>> = {
  consultatie: terms(
    'marktconsultatie*',
    'marktverkenning*',
    'marktdialoog*',
    'dialoogtafel*',
    'dialoogsessie*',
    'consultatiesessie*',
    'inkoopgesprek*',
    'informatiebijeenkomst*',
    'gesprekken met (de) aanbieders',
    'consultatie',
  ),
  strategie:
    /\b(besluit|vaststelling) (over de )?inkoopstrategie\b|\b(besluit|vaststelling)\w* [^.;|]{0,40}\binkoop(document|stuk|strategie)\w*|\binkoopstrategie [^.;|]{0,20}vastgesteld\b/,
  publicatie:
    /\bpublicatie\w*|\bgepubliceerd\b|\bpubliceren\b|\baankondiging\w*|\b(aanbesteding|inkoopprocedure|procedure|uitvraag) (start|begint|gaat van start|opent)\b|\b(aanbesteding|inkoopprocedure|procedure|uitvraag)\b[^.;]{0,40}\b(gestart|begonnen|van start gegaan)\b/,
  inschrijving: terms('inschrijving*', 'inschrijftermijn*', 'nota van inlichtingen', 'inschrijven'),
  gunning:
    /\bgunning\w*|\bbekendmaking\w* [^.;|]{0,30}\b(gecontracteerde|geselecteerde|gegunde)\b|\bgegund\b|\bgunnen\b|\bcontractering\b|\b(overeenkomsten|contracten)\b[^.;|]{0,40}\b(getekend|ondertekend|gesloten)\b|\b(weten|horen) [^.;]{0,30}\b(of|welke) [^.;]{0,30}\bmee (mogen|kunnen) doen\b|\b(weten|horen) [^.;]{0,30}\bof (ze|zij|zij) (een |een nieuw )?(contract|overeenkomst)\w* (krijgen|krijgt)\b/,
  implementatie: terms('implementatie*', 'overdracht', 'voorbereidingstijd'),
  // "De voorbereiding van de volgende inkoop begint in januari 2027"
  // … or "Partijen starten de voorbereiding van de opvolgende inkoop uiterlijk op 1 januari 2029"
  voorbereiding:
    /\bvoorbereiding\w* (van )?(de )?((op)?volgende |nieuwe |komende )?(inkoop|aanbesteding|contractering)\b[^.;|]{0,30}\b(begint|start|starten|beginnen)\b|\b(start|starten|begint|beginnen) (\S+ ){0,5}?(met )?de voorbereiding\w* (van|voor) (de )?((op)?volgende|nieuwe|komende) (inkoop|aanbesteding|contractering)\b/,
  start:
    /\bstart (van de )?(nieuwe )?(contracten|overeenkomsten|afspraken)\b|\bstart \d{1,2} \w+ (19|20)\d\d\b|\b(contracten|overeenkomsten|afspraken) (gaan|ingaan|ingaand)\b|\bingaan\b|\bingaat\b|\bingangsdatum\b|\bingang (van de |nieuwe )?(contracten|overeenkomsten|afspraken)\b|\b(gaan|gaat) de nieuwe (contracten|overeenkomsten|afspraken) in\b/,
}
/** The procurement itself named: what a dated line needs around it to be a step of it ("Planning 2026" of a year plan is not one). */
const PROCUREMENT =
  /\binko\w*|\baanbested\w*|\b\w*contract\w*|\b\w*overeenkomst\w*|\bgunning\b|\b(nieuwe )?afspraken met (de )?(zorg|hulp)?(organisaties|aanbieders)\b/
/** … and for named steps, also a planning or procedure around them. */
const PROCUREMENT_CONTEXT = new RegExp(`${PROCUREMENT.source}|\\bplanning\\b|\\bprocedure\\b|\\bmoment\\b|\\bstap\\b`)

/** Contracts, also in plain words: "de afspraken met de zorgorganisaties". */
const CONTRACTS = String.raw`(contract|overeenkomst)\w*|\bafspraken met (de |onze )?\w*(organisaties|aanbieders|partners)\b`
const TERM = new RegExp(
  [
    // (not how often: "… geldt voor alle contracten en wordt elke drie jaar geëvalueerd")
    String.raw`(contract|overeenkomst|looptijd)\w*\b[^.;|]{0,50}\b(?<!\b(elke|iedere|om de|eens per|per) )(\d+|${NUMBER_WORDS}) jaar\b`,
    String.raw`\blooptijd van (\d+|${NUMBER_WORDS}) jaar\b`,
    // Extended to a date: "de contracten lopen door tot en met 31 december 2027"
    String.raw`(${CONTRACTS})[^.;|]{0,40}\b(lopen|loopt) door tot (en met )?(\d{1,2} \w+ )?(19|20)\d\d\b`,
    // "De contracten die eind 2025 zouden aflopen, verlengen wij met twee jaar"
    String.raw`(${CONTRACTS})[^.;|]{0,80}\bverleng\w* (\S+ ){0,2}?(met|voor) (\d+|${NUMBER_WORDS}) jaar\b`,
    // "De nieuwe contracten … gaan in op 1 januari 2026 en lopen zeven jaar"
    String.raw`(${CONTRACTS})[^.;|]{0,100}\b(lopen|loopt|duren|duurt|gelden|geldt) (\S+ ){0,2}?(\d+|${NUMBER_WORDS}) jaar\b`,
    String.raw`(${CONTRACTS})[^.;|]{0,60}\b(van|vanaf) (\d{1,2} \w+ )?(19|20)\d\d (tot en met|t/m|tot) (\d{1,2} \w+ )?(19|20)\d\d\b`,
    // Contracts named by their years: "De contracten 2021–2024 zijn verlengd tot en met 31 december 2026"
    String.raw`\b(contract|overeenkomst)(en)? (19|20)\d\d ?[-\u2013] ?(19|20)\d\d\b`,
    // A start and an end: "De nieuwe contracten gaan in op 1 januari 2027 en lopen tot en met 31 december 2032"
    String.raw`(${CONTRACTS})[^.;|]{0,60}\b(gaan|gaat) in (op|per) (\d{1,2} \w+ )?(19|20)\d\d\b[^.;|]{0,30}\b(lopen|loopt|duren|duurt|gelden|geldt) tot (en met )?(\d{1,2} \w+ )?(19|20)\d\d\b`,
    String.raw`\b(\d+|${NUMBER_WORDS})-?jarig\w* (contract|overeenkomst|looptijd)\w*`,
    String.raw`(${CONTRACTS})[^.;|]{0,40}\b(lopen|loopt|looptijd)\b[^.;|]{0,30}\b(19|20)\d\d ?(-|t/m|tot( en met)?) ?(19|20)?\d\d\b`,
  ].join('|'),
)
/** A table row whose first cell names the contract term: "Looptijd contracten | Vijf jaar (2026 tot en met 2030)". */
// (also as a span of years: "Looptijd huidige contracten | 1 januari 2025 t/m 31 december 2029")
const ROW_TERM = new RegExp(
  String.raw`^([^|]{0,30})\b(looptijd|contractduur|contractperiode|duur van de (contracten|overeenkomsten))\w*\b[^|]*\|[^|]*\b((\d+|${NUMBER_WORDS}) jaar\b|(\d{1,2} \w+ )?(?<from>(19|20)\d\d) ?(tot en met|t\/m|tot|-|\u2013) ?(\d{1,2} \w+ )?(?!\k<from>)(19|20)\d\d\b)`,
)
const RUNS_YEARS = new RegExp(
  String.raw`\b(lopen|loopt|looptijd van|duren|duurt) (\S+ ){0,2}?(\d+|${NUMBER_WORDS}) jaar\b`,
)
/** A number of years, and a heading about the contracts' term. */
const YEARS = new RegExp(String.raw`^(\S+ ){0,3}?(\d+|${NUMBER_WORDS}) jaar\b`)
const CONTRACT_WORDS = new RegExp(`\\b(${CONTRACTS})`)
/** A span of dates or a number of years in brackets: "Van 1 januari 2026 tot en met 31 december 2030 (vijf jaar)". */
const SPAN = new RegExp(
  String.raw`\bvan (\d{1,2} \w+ )?(19|20)\d\d (tot en met|t/m|tot) (\d{1,2} \w+ )?(19|20)\d\d\b|\((\d+|${NUMBER_WORDS}) jaar\)|\b(gaan|gaat|gingen|ging) in (op|per) (\d{1,2} \w+ )?(19|20)\d\d\b[^.;]{0,40}\b(tot en met|t/m|tot) (\d{1,2} \w+ )?(19|20)\d\d\b`,
)
const BUYING_FOR_YEARS = new RegExp(
  String.raw`\b(kopen|koopt|kochten|kocht) (\S+ ){0,3}?in voor (de periode|een periode van|\d+|${NUMBER_WORDS})\b[^.;]{0,60}\b((\d+|${NUMBER_WORDS}) jaar|(19|20)\d\d (tot en met|t\/m|tot) (\d{1,2} \w+ )?(19|20)\d\d)\b`,
)
const TERM_HEADING = /\b(contract|overeenkomst)\w*|\blooptijd\w*/
const CURRENT_CONTRACTS_END = /\b(huidige|lopende|bestaande) (regionale )?contracten\b/

const CONTRACT_CHANGE =
  /\bovergangsregeling\w*|\b(zorg)?aanbieder\w* die (\S+ ){0,3}?geen (lid|onderaannemer|partner|contract|overeenkomst)\b|\bniet (opnieuw |meer )?(wordt |is |worden |zijn )?gecontracteerd\b|\b(valt|vallen|viel|vielen) (een |de )?(zorg)?aanbieder\w* [^.;]{0,40}\baf\b|\b(zorg)?aanbieder\w* (\S+ ){0,6}?(valt|vallen|viel|vielen) (\S+ ){0,3}?af\b|\b(vertrekkende|opvolgende) (zorg)?aanbieder\w*|\b(loopt|lopen|liep|liepen) (het|de|een|zijn|hun) (\S+ ){0,6}?(contract|overeenkomst)\w*\b[^.;]{0,40}\baf\b|\b(contract|overeenkomst)\w* (\S+ ){0,6}?(loopt|lopen) (\S+ ){0,4}?af\b|\bnieuw\w* (contract|overeenkomst) volgt\b|\b(niet|geen) (meer )?(in|bij|tot|van) (het|de|ons) (consortium|partnerschap|raamovereenkomst|kernpartners|samenwerkingsverband)\b|\b(na|per|vanaf) [^.;]{0,30}\bgeen (contract|overeenkomst)\b|\bovergangsperiode\w*|\bgeen nieuw\w* (contract|overeenkomst|afspraak)\w*|\bgeen (contract|overeenkomst) meer\b|\b(niet|geen) (opnieuw|meer) (is |zijn |wordt |worden )?(toegelaten|gecontracteerd|ingekocht|gegund)\b|\bgeen (\S+ )?(kernpartner|partner|contractpartij|contractant)\w* (meer )?(wordt|worden|is|zijn|blijft|blijven)\b|\blopende (trajecten|behandelingen|toewijzingen)\b|\boude (voorwaarden|contract|contracten|afspraken|overeenkomst|overeenkomsten)\b|\b(huidige|eigen|oude) (aanbieder|hulpverlener|zorgaanbieder)\w*|\bzonder (nieuwe? )?(contract|overeenkomst)\b|\baflopende? contract\w*|\bcontractwissel\w*|\b(bij|na) (de )?overgang\b|\boverstap\w*|\bnieuwe aanbieder\b|\bgeen (deel|onderdeel) (meer )?uit\w*|\bmaak\w* geen (deel|onderdeel) (meer )?(uit|van)\b|\bnieuwe contract(en|periode)\b|\bcontractperiode\b|\beinde van de contract\w*/
const CONTINUITY =
  /\bovergangs(regeling|periode|register|termijn|recht|afspra)\w*|\bafrondings(termijn|periode)\w*|\bafmaken\b|\bmaken [^.;]{0,40}\baf\b|\bmaak\w* [^.;]{0,30}\baf\b|\bafronden\b[^.;]{0,40}\btot\b|\b(rond|ronden|rondt)\b[^.;]{0,40}\baf\b|\bafronden\b|\bafgerond\b|\btot (uiterlijk )?(het einde|\d)|\btot (de|hun|zijn|haar) (lopende )?(toewijzing|indicatie|beschikking|behandeling|plaatsing|traject|hulp)\w* (eindigt|eindigen|afloopt|aflopen|stopt|stoppen|is afgerond|klaar is)\b|\b(traject|hulp|behandeling|zorg|begeleiding|plaatsing)\w* [^.;]{0,40}\b(voortzetten|voortgezet|voorzetten|voort)\b|\bwarme overdracht\w*|\beinde van (de|hun) (plaatsing|toewijzing|behandeling|indicatie|beschikking)\b|\bneemt [^.;]{0,30}\bover\b|\bovernemen\b|\b(blijft|blijven|mag blijven|mogen blijven|kan blijven|kunnen blijven) [^.;]{0,30}\b(plek|plaats|woonplek|groep|gezinshuis|pleeggezin|behandelaar|hulpverlener|aanbieder)\b|\bhoeft [^.;]{0,60}niet\b/

/** A municipality leaving the cooperation: its obligations run on, but that is governance, not care. */
const LEAVING = /\buittre\w*|\buitgetreden\b|\bopzeg\w*/

const planning: ElementRule = {
  id: 'planning',
  label: 'een planning voor een tijdige start en afronding van de inkoop',
  todo: 'Geef een planning van de inkoop met data: marktconsultatie, publicatie, gunning, implementatie en de start van de contracten, zodat aanbieders tijdig weten waar zij aan toe zijn.',
  topic: /\bplanning\b|\btijdig\w*/,
  scheduled: 'step',
  needs: { ...STEPS, DATED_START, DATED_CELL },
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, STEPS)
    if (keys.length && c.has(u, MOMENT) && c.context(u, PROCUREMENT_CONTEXT)) return keys
    // A dated list or table under inkoop is a planning, whatever its steps are called: each dated
    // line counts as a step of its own.
    if (datedLine(c, u, PROCUREMENT)) return `datum-${u.id}`
    return null
  },
  judge: byKeys(2),
}

const term: ElementRule = {
  id: 'meerjarig',
  label: 'meerjarige contracten met een looptijd in jaren',
  todo: 'Noem de looptijd van de contracten in jaren (meerjarig, bijvoorbeeld vijf jaar met verlengingsopties).',
  topic: /\bmeerjarig\w*|\blooptijd\b/,
  scheduled: 'arrangement',
  needs: { TERM, ROW_TERM, YEARS, SPAN, BUYING_FOR_YEARS },
  match(c: Corpus, u: Unit) {
    // "De huidige contracten lopen af" is no term, unless it gives one: "De huidige contracten lopen vijf jaar".
    const rowTerm = u.block.type === 'tableRow' && c.has(u, ROW_TERM)
    if (c.has(u, CURRENT_CONTRACTS_END) && !c.has(u, RUNS_YEARS) && !c.has(u, SPAN) && !rowTerm) return null
    if (c.has(u, TERM) || rowTerm) return 'looptijd'
    // A purchase for a number of years: "Wij kopen opnieuw in voor de periode 2023 tot en met 2027, dus voor vijf jaar".
    if (c.has(u, BUYING_FOR_YEARS)) return 'looptijd'
    // An answer under a heading that asks it: "Hoe lang lopen de contracten?" → "Vijf jaar: van 2026 tot en met 2030."
    // … or under a list item that names it ("Looptijd" over "vijf jaar: 2026 tot en met 2030").
    if (c.has(u, YEARS) && (c.underHeading(u, TERM_HEADING) || c.lead(u, TERM_HEADING))) return 'looptijd'
    // … or an item under a line that names it: "Looptijd nieuwe raamovereenkomst vastgelegd" → "Van 2026 tot en met 2030",
    // or a sentence after one about the contract: "Het contract is in 2023 gegund. Het loopt van 2024 tot en met 2031."
    if (!c.has(u, SPAN)) return null
    return c.lead(u, TERM_HEADING) || (u.prev !== undefined && c.has(u.prev, CONTRACT_WORDS)) ? 'looptijd' : null
  },
  judge: byKeys(1),
}

const transition: ElementRule = {
  id: 'continuiteit-overgang',
  label: 'continuïteit van zorg als contracten aflopen of aanbieders wisselen',
  todo: 'Beschrijf wat er gebeurt met jeugdigen in zorg als contracten aflopen of een aanbieder geen nieuw contract krijgt: tot wanneer zij hun hulp mogen afmaken, wat er geldt bij verblijf, en hoe de overdracht gaat.',
  topic: /\baflopende contracten\b|\bovergang\w*|\bcontinuiteit van zorg\b/,
  scheduled: 'arrangement',
  needs: CONTINUITY,
  match(c: Corpus, u: Unit) {
    if (!c.has(u, CONTINUITY) || !c.context(u, CONTRACT_CHANGE) || c.has(u, LEAVING)) return null
    return 'overgang'
  },
  judge: byKeys(1),
}

const MODEL = terms(
  'open house',
  'open model/procedure/toelating*',
  'aanbesteding*',
  'bestuurlijk aanbeste*',
  'partnerschap*',
  'selectieve procedure',
  'toelatingsprocedure',
  'onderhandelingsprocedure',
  'dialoog*',
)
const model: ElementRule = {
  id: 'inkoopmodel',
  label: 'het inkoopmodel en de dialoog met aanbieders',
  todo: 'Tip: noem ook het inkoopmodel (open house, aanbesteding, bestuurlijk aanbesteden of partnerschap) en hoe de dialoog met aanbieders is gevoerd.',
  core: false,
  topic: MODEL,
  needs: MODEL,
  match(c: Corpus, u: Unit) {
    return c.has(u, MODEL) && c.context(u, PROCUREMENT_CONTEXT) ? 'model' : null
  },
  judge: byKeys(1),
}

export const inkoop: OpgaveRule = {
  id: 'inkoop',
  title: 'Zorgvuldige inkoop',
  topic:
    /\bzorgvuldig\w* (inkoop|inkopen)\b|\bzorgvuldigheidseisen\b|\binkoop\b(?<!\b(bij|na|voor|tijdens) de (volgende|nieuwe|komende|eerstvolgende) inkoop)|\binkopen\b|\bcontracten\b/,
  elements: [planning, term, transition, model],
}
