import { NUMBER_WORDS } from './text/markers.ts'
import { concepts, termSource, terms, withPattern } from './vocabulary.ts'

/**
 * Concepts shared by several rules, as regexes over `normalize`d text (lower case, no accents).
 * Word lists are guidance data after domain.md §2; extend them here when a region writes otherwise.
 */

const re = (source: string): RegExp => new RegExp(source)

/**
 * Youth-care functions (domain.md §2, opgave 2), each with a key so that distinct functions can be
 * counted. Terms: see `vocabulary.ts` (`word*` continues, `*word` ends a compound, `a/b` either).
 */
export const JEUGD_FUNCTIONS: Readonly<Record<string, RegExp>> = {
  ...concepts({
    jeugdzorgplus: [
      'jeugdzorg plus',
      'jeugdzorgplus',
      'gesloten jeugdhulp/jeugdzorg/behandeling/opvang',
      'gesloten plaatsing*/setting*/groep*',
      'machtiging van de kinderrechter',
    ],
    residentieel: [
      'residenti*',
      'verblijf*',
      'behandelgroep*',
      'driemilieu*',
      // "24-uursverblijf", "24-uurs zorg"; not a "24-uurs crisisdienst"
      '24-uurszorg*/24-uursverblijf*/24-uursbehandel*/24-uursopvang*/24-uursvoorziening*',
      '24-uurs zorg/verblijf/behandeling/opvang/voorziening*',
      'woongroep*',
      'leefgroep*',
    ],
    pleegzorg: ['pleegzorg*', 'pleeggezin*', 'gezinshui*', 'gezinsgerichte verblijf*/vormen*/woonvorm*'],
    'jeugd-ggz': [
      'jeugd-ggz',
      'jeugdggz',
      'specialistische/intensieve/ambulante ggz',
      'kinder- en jeugdpsychiatri*',
      'geestelijke gezondheidszorg',
      'eetstoornis*',
      'traumabehandeling*',
      // plain language: "hulp bij psychische problemen"
      'psychische problem*/klachten/stoornis*',
    ],
    klinisch: [
      'klinisch* jeugd-ggz/jeugdggz/ggz/opname/behandeling',
      'klinisch* zorg*',
      'kliniek*',
      'psychiatrisch* ziekenhuis*/opname*/afdeling*',
      'opnamebed*',
    ],
    lvb: [
      'lvb',
      'emb',
      'verstandelijk* beperk*',
      'meervoudig* beperk*',
      'logeeropvang',
      'kortverblijf',
      'gehandicaptenzorg',
    ],
    jeugdbescherming: [
      'jeugdbescherming*',
      'jeugdreclassering*',
      'gecertificeerde instelling*',
      "gi's",
      'gis',
      'gi',
      'ondertoezichtstelling*',
      'voogdij',
    ],
    expertteam: ['expertteam*', 'regionaal expert*', 'mdo'],
    'zeer-specialistisch': ['zeer specialistisch*', 'hoogspecialistisch*', 'landelijk transitiearrangement', 'lta'],
    dyslexie: ['dyslexie*'],
    ambulant: [
      '(specialistische) ambulante hulp/begeleiding/behandeling/jeugdhulp',
      'dagbehandeling*',
      'gezinsbehandeling',
    ],
  }),
  // Crisis care also shows as "24/7" or "acuut … opvang": structure beside the words.
  crisis: withPattern(
    terms('crisis*', 'noodplek*', 'spoed/spoedeisende zorg/hulp'),
    /\bacuut\b[^.;]{0,40}\b(opvang|plek|bed)\w*|\b24 ?(\/|uur per dag,? )7\b/,
  ),
}

/** Functions of Beschermd Wonen and Maatschappelijke Opvang (draft rule set). */
export const BWMO_FUNCTIONS: Readonly<Record<string, RegExp>> = concepts({
  'beschermd-wonen': ['beschermd wonen', 'beschermde woonvorm*', 'bw-voorziening*/bw-plek*', 'bwvoorziening*/bwplek*'],
  'beschermd-thuis': ['beschermd thuis', 'wonen met begeleiding', 'housing first'],
  'maatschappelijke-opvang': [
    'maatschappelijke opvang',
    'daklozenopvang',
    'dak- en thuisloze*',
    'mo-voorziening*',
    'movoorziening*',
  ],
  nachtopvang: ['nachtopvang', 'winteropvang', 'dagopvang'],
  vrouwenopvang: ['vrouwenopvang', 'opvang van/voor slachtoffers', 'huiselijk geweld'],
  crisisopvang: ['crisisopvang', 'crisisbedden', 'crisisplekken'],
  begeleiding: ['ambulante begeleiding/woonbegeleiding', 'vrijwillige opvang'],
  'ggz-wonen': ['ggz-client*', 'ggzclient*', 'psychiatrische problematiek*/aandoening*'],
})

export function anyOf(map: Readonly<Record<string, RegExp>>): RegExp {
  return new RegExp(
    Object.values(map)
      .map((r) => `(?:${r.source})`)
      .join('|'),
  )
}

/** A number: digits or a Dutch number word. */
export const NUMBER = re(String.raw`\d|\b(${NUMBER_WORDS})\b`)
/** A moment in time: a date, a month with year, a season or quarter with year, or a year. */
export const MOMENT = re(
  String.raw`\b(19|20)\d\d\b|\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b(kwartaal|q[1-4])\b`,
)
/** A period of years: "2023–2027", "tot en met 2027", "van 2024 tot 2028". */
export const YEAR_RANGE = re(
  String.raw`\b(19|20)\d\d ?(-|\u2192|->|t/m|tot( en met)?) ?(19|20)?\d\d\b|\b(tot en met|t/m|tot|vanaf|loopt tot) (eind )?(19|20)\d\d\b`,
)

/** Municipalities in the plural with a quantifier: "alle gemeenten", "de zes gemeenten", "elke gemeente". */
export const ALL_MUNICIPALITIES = re(
  String.raw`\b(alle|beide|elke|iedere?) (\d+ |(${NUMBER_WORDS}) )?([a-z-]+e )?(gemeenten|gemeente|colleges|raden|gemeenteraden|raadzalen)\b|\bde (\d+|${NUMBER_WORDS}) ([a-z-]+e )?(gemeenten|colleges|raden|gemeenteraden|raadzalen)\b|\b(\d+|${NUMBER_WORDS}) ([a-z-]+e )?gemeenten\b|\b(?<all>\d+|${NUMBER_WORDS}) van (de )?\k<all> ([a-z-]+e )?(gemeenten|colleges|raden|gemeenteraden)\b`,
)

/** Several regions together ("de drie regio's", "alle vier regio's"): a cooperation between regions. */
export const SEVERAL_REGIONS = new RegExp(
  String.raw`\b(de |alle |onze )?(\d+|${NUMBER_WORDS}) (andere |omliggende )?(jeugd)?regio'?s\b`,
)

/** Words that show a sentence is about working with other regions. */
export const OTHER_REGIONS = re(
  String.raw`\bbovenregiona\w*|\bandere (jeugd)?regio(?!na|gemeent)\w*|\bbuurregio\w*|\bomliggende (jeugd)?regio(?!na|gemeent)\w*|\blandsde\w*|\bregiogrens\w*|\bcoordinerende (regio|gemeente)\b|\bregio (\S+ )?(coordineert|coordineren)\b|\baccounthoudend\w* (regio|gemeente)\b|\baccounthouder\w*\b[^.;]{0,40}\bregio'?s\b|\b(met|en|tussen) (\d+|${NUMBER_WORDS}|meerdere|alle) (andere |omliggende )?(jeugd)?regio'?s\b|\bsupraregiona\w*|\binterregiona\w*|\b(met|en|tussen) de (andere |omliggende )?(jeugd)?regio'?s\b|\bother (\S+ ){0,3}?regions\b|\bcoordinating region\b`,
)
/**
 * Forms of care named for what a document covers ("Dit kader heeft betrekking op de jeugdbescherming …") or
 * for who was consulted: named, not arranged (opgaven 2 and 11).
 */
export const SCOPE_OR_CONSULTED =
  /\b(heeft|hebben) betrekking op\b|\b(geconsulteerd|geraadpleegd|consultatie\w*|gesproken met|meegedacht|betrokken bij de (voorbereiding|totstandkoming))\b/

/** Waiting for care: "wachttijden", "wachtlijst", "wachten op hulp". */
export const WAITING = /\bwacht\w*/

/** National arrangements: every region has these, so they do not show a regional arrangement. */
export const NATIONAL = terms('landelijk*', 'lta', 'vng')

/** The region's local access (domain.md opgave 3): the names regions give their teams and front doors. */
export const LOCAL_TEAM = terms(
  'wijkteam*',
  'wijkploeg*/buurtploeg*/dorpsploeg*/gebiedsploeg*',
  'steunpunt',
  'steunpunt* jeugd/gezin*/opvoed*',
  'gezinscoach*',
  'dorpsteam*',
  'jeugdteam*',
  'buurtteam*',
  'gezinsteam*',
  'gebiedsteam*',
  'toegangsteam*',
  'thuisteam*',
  'stadsteam*',
  'kernteam*',
  'jeugd- en gezinsteam*',
  'gezins- en jeugdteam*',
  'sociaal team',
  'sociaal wijkteam',
  'sociale team/teams',
  'lokaal team',
  'lokale team/teams',
  'team om de hoek',
  'cjg*',
  'centrum voor jeugd en gezin',
  'jgt',
  "jgt's",
  'jgts',
  '(lokale) toegang',
  'voordeur',
  'jeugd- en gezinscoach*',
  'jeugdconsulent*',
)

/** Price words (opgave 8), and what care costs in plain words ("wat een uur hulp echt kost"). */
export const PRICE = withPattern(
  terms('tarie*', 'prijs*', 'prijzen', 'kostprijs*', 'budget*', 'bekostiging*', 'vergoeding*', 'indexe*', 'indexatie*'),
  /\bwat\s(\S+ ){1,8}?(echt |werkelijk )?kost\b/,
)

/**
 * The fields a sentence or a heading can be about (domain.md §1): youth care, or the Wmo side (Beschermd
 * Wonen, Maatschappelijke Opvang, support for adults). A joint vision for both says per passage which
 * field an arrangement is for; what holds only for the Wmo side is no evidence for a jeugd opgave.
 * Narrower than the document's "other field" test (`domain.ts`): a partner both fields work with
 * (woningcorporaties, GGZ, Veilig Thuis) names no field.
 */
export const FIELD = {
  jeugd: withPattern(
    terms(
      'jeugd*',
      'jongere*',
      'kind',
      'kinder*',
      'minderjarig*',
      'gezin*',
      'pleegzorg*',
      'pleeggezin*',
      'gecertificeerde instelling*',
      "gi's",
      'ondertoezichtstelling*',
      'voogdij',
    ),
    /\bouders\b|\b18-(?!\w)/,
  ),
  wmo: terms(
    'wmo',
    'bw',
    'mo',
    'beschermd wonen',
    'beschermd thuis',
    'beschermde woonvorm*',
    'maatschappelijke opvang',
    'vrouwenopvang',
    'nachtopvang',
    'daklozenopvang',
    'dak- en thuisloze*',
    'dakloze*',
    'thuisloze*',
    'volwassene*',
  ),
} as const

/** A whole table cell that is one of the terms (cells are split on " | " and trimmed). */
const cell = (...list: string[]): RegExp => new RegExp(`^(?:${list.map(termSource).join('|')})$`)
/** A table cell that opens with one of the terms ("nog te doen – opdracht nog niet verleend"). */
const cellStart = (...list: string[]): RegExp => new RegExp(`^(?:${list.map(termSource).join('|')})\\b`)

/**
 * A timeline whose rows say what kind of entry they are ("Wanneer | Wat | Soort"): a milestone still planned
 * ("2027 | Het bestuur wijst een aanspreekpunt aan | planning") is not in place; a decision or an event is.
 */
export const TIMELINE = {
  column: cell('soort', 'type', 'aard'),
  planned: cellStart('planning', 'gepland', 'mijlpaal', 'voornemen', 'verwacht'),
} as const

/**
 * A table of afspraken with a status column ("nr | afspraak | wie | status"): the status qualifies its
 * row. Header cells that name the column, and status values that say the work is still to be done.
 * "in uitvoering" and "gepland" (a planning's date still ahead) say neither: the row's own words decide.
 */
export const STATUS_TABLE = {
  // (also a column "gereed" that holds a date or "doorlopend": when the row is, or will be, done)
  column: cell('status', 'stand', 'stand van zaken', 'voortgang', 'fase', 'gereed'),
  toDo: cellStart(
    'nog te doen',
    'te doen',
    'nog niet gestart',
    'niet gestart',
    'nog niet begonnen',
    'nog niet gereed',
    'niet gereed',
    'nog te starten',
    'nog op te pakken',
    'nog open',
    'open',
  ),
  /** Under way, part of it done: the row shows some substance, and what its own words put off stays put off. */
  inProgress: cellStart('in uitvoering', 'deels gereed', 'gedeeltelijk gereed'),
  /** Planned, not started: still to be done. */
  planned: cellStart('gepland', 'ingepland', 'nog te plannen', 'voorzien'),
  /**
   * Done or running: a row of an action list with this status says what is in place now
   * ("Crisishulp: vijf crisisplekken bij … | 1 januari 2026 | gereed").
   */
  done: cellStart(
    'gereed',
    'afgerond',
    'klaar',
    'gerealiseerd',
    'uitgevoerd',
    'geregeld',
    'loopt',
    'lopend',
    'doorlopend',
    'structureel',
    'continu',
  ),
  /** A legend beside the status column ("status | betekenis"): the rows explain the values, they agree nothing. */
  legend: cell('betekenis', 'toelichting', 'uitleg', 'omschrijving', 'definitie', 'wat betekent dit'),
  /** The column of a self-assessment that explains each row ("onderdeel | stand van zaken | toelichting"). */
  explanation: cellStart(
    'toelichting',
    'onderbouwing',
    'uitleg',
    'invulling',
    'opmerking',
    'opmerkingen',
    'omschrijving',
    'bewijs',
    'wat is geregeld',
    'wat is afgesproken',
    'hoe wij',
    'hoe we',
    'onze invulling',
    'uitwerking',
    'wat wij doen',
    'wat we doen',
  ),
  /** The column that names the requirement answered ("Wettelijke eis | Hoe wij dit invullen | Status"). */
  requirement: cellStart(
    'wettelijke eis',
    'wettelijke eisen',
    'eis',
    'eisen',
    'vereiste',
    'vereisten',
    'wat de wet vraagt',
    'wat de norm vraagt',
    'wettelijke opdracht',
  ),
} as const
