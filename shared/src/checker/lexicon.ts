import { NUMBER_WORDS } from './text/markers.ts'

/**
 * Concepts shared by several rules, as regexes over `normalize`d text (lower case, no accents).
 * Word lists are guidance data after domain.md §2; extend them here when a region writes otherwise.
 */

const re = (source: string): RegExp => new RegExp(source)

/** Youth-care functions (domain.md §2, opgave 2), each with a key so that distinct functions can be counted. */
export const JEUGD_FUNCTIONS: Readonly<Record<string, RegExp>> = {
  crisis: re(
    String.raw`\bcrisis\w*|\bnoodplek\w*|\bacuut\b[^.;]{0,40}\b(opvang|plek|bed)\w*|\bspoed(eisende)? (zorg|hulp)|\b24 ?(/|uur per dag,? )7\b`,
  ),
  jeugdzorgplus: re(
    String.raw`\bjeugdzorg ?plus\b|\bgesloten (jeugdhulp|jeugdzorg|plaatsing\w*|setting\w*|behandeling|groep\w*|opvang)\b|\bmachtiging van de kinderrechter\b`,
  ),
  residentieel: re(
    String.raw`\bresidenti\w*|\bverblijf\w*|\bbehandelgroep\w*|\bdriemilieu\w*|\b24-uurs\w*|\bwoongroep\w*`,
  ),
  pleegzorg: re(
    String.raw`\bpleegzorg\w*|\bpleeggezin\w*|\bgezinshui\w*|\bgezinsgerichte (verblijf|vormen|woonvorm)\w*`,
  ),
  'jeugd-ggz': re(
    String.raw`\bjeugd-?ggz\b|\b(specialistische|intensieve|ambulante) ggz\b|\bkinder- en jeugdpsychiatri\w*|\bgeestelijke gezondheidszorg\b|\beetstoornis\w*|\btraumabehandeling\w*`,
  ),
  klinisch: re(
    String.raw`\bklinisch\w* (jeugd-?ggz|ggz|opname|behandeling|zorg)|\bkliniek\w*|\bpsychiatrisch\w* (ziekenhuis|opname|afdeling)\w*|\bopnamebed\w*`,
  ),
  lvb: re(
    String.raw`\blvb\b|\bemb\b|\bverstandelijk\w* beperk\w*|\bmeervoudig\w* beperk\w*|\blogeeropvang\b|\bkortverblijf\b|\bgehandicaptenzorg\b`,
  ),
  jeugdbescherming: re(
    String.raw`\bjeugdbescherming\w*|\bjeugdreclassering\w*|\bgecertificeerde instelling\w*|\bgi'?s\b|\bondertoezichtstelling\w*|\bvoogdij\b`,
  ),
  expertteam: re(String.raw`\bexpertteam\w*|\bregionaal expert\w*|\bmdo\b`),
  'zeer-specialistisch': re(
    String.raw`\bzeer specialistisch\w*|\bhoogspecialistisch\w*|\blandelijk transitiearrangement\b|\blta\b`,
  ),
  dyslexie: re(String.raw`\bdyslexie\w*`),
  ambulant: re(
    String.raw`\b(specialistische )?ambulante (hulp|begeleiding|behandeling|jeugdhulp)\b|\bdagbehandeling\w*|\bgezinsbehandeling\b`,
  ),
}

/** Functions of Beschermd Wonen and Maatschappelijke Opvang (draft rule set). */
export const BWMO_FUNCTIONS: Readonly<Record<string, RegExp>> = {
  'beschermd-wonen': re(String.raw`\bbeschermd wonen\b|\bbeschermde woonvorm\w*|\bbw-?(voorziening|plek)\w*`),
  'beschermd-thuis': re(String.raw`\bbeschermd thuis\b|\bwonen met begeleiding\b|\bhousing first\b`),
  'maatschappelijke-opvang': re(
    String.raw`\bmaatschappelijke opvang\b|\bdaklozenopvang\b|\bdak- en thuisloze\w*|\bmo-?voorziening\w*`,
  ),
  nachtopvang: re(String.raw`\bnachtopvang\b|\bwinteropvang\b|\bdagopvang\b`),
  vrouwenopvang: re(String.raw`\bvrouwenopvang\b|\bopvang (van|voor) slachtoffers\b|\bhuiselijk geweld\b`),
  crisisopvang: re(String.raw`\bcrisisopvang\b|\bcrisisbedden\b|\bcrisisplekken\b`),
  begeleiding: re(String.raw`\bambulante (woon)?begeleiding\b|\bvrijwillige opvang\b`),
  'ggz-wonen': re(String.raw`\bggz-?cliënt\w*|\bggz-?client\w*|\bpsychiatrische (problematiek|aandoening)\w*`),
}

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
  String.raw`\b(19|20)\d\d ?(-|t/m|tot( en met)?) ?(19|20)?\d\d\b|\b(tot en met|t/m|tot|vanaf|loopt tot) (eind )?(19|20)\d\d\b`,
)

/** Municipalities in the plural with a quantifier: "alle gemeenten", "de zes gemeenten", "elke gemeente". */
export const ALL_MUNICIPALITIES = re(
  String.raw`\b(alle|beide|elke|iedere?) (\d+ |(${NUMBER_WORDS}) )?([a-z-]+e )?(gemeenten|gemeente|colleges|raden|gemeenteraden|raadzalen)\b|\bde (\d+|${NUMBER_WORDS}) ([a-z-]+e )?(gemeenten|colleges|raden|gemeenteraden|raadzalen)\b|\b(\d+|${NUMBER_WORDS}) ([a-z-]+e )?gemeenten\b`,
)

/** Words that show a sentence is about working with other regions. */
export const OTHER_REGIONS = re(
  String.raw`\bbovenregiona\w*|\bandere (jeugd)?regio\w*|\bbuurregio\w*|\bomliggende (jeugd)?regio\w*|\blandsde\w*|\bregiogrens\w*|\bcoordinerende (regio|gemeente)\b|\baccounthoud\w*|\b(met|en|tussen) (\d+|${NUMBER_WORDS}|meerdere|alle) (andere |omliggende )?(jeugd)?regio'?s\b|\bsupraregiona\w*|\binterregiona\w*|\b(met|en|tussen) de (andere |omliggende )?(jeugd)?regio'?s\b`,
)
/** National arrangements: every region has these, so they do not show a regional arrangement. */
export const NATIONAL = re(String.raw`\blandelijk\w*|\blta\b|\bvng\b`)

/** The region's local access (domain.md opgave 3). */
export const LOCAL_TEAM = re(
  String.raw`\bwijkteam\w*|\bdorpsteam\w*|\bjeugdteam\w*|\bsociaal team\b|\bsociale teams?\b|\blokaal team\b|\blokale teams?\b|\bcjg\w*|\bcentrum voor jeugd en gezin\b|\bjeugd- en gezinsteam\w*|\bjgt'?s?\b|\bgebiedsteam\w*|\btoegangsteam\w*|\bbuurtteam\w*|\bgezinsteam\w*|\bgezins- en jeugdteam\w*|\bteam om de hoek\b|\bjeugdconsulent\w*|\b(lokale )?toegang\b|\bvoordeur\b|\bjeugd- en gezinscoach\w*|\bsociaal wijkteam\b`,
)

/** Price words (opgave 8). */
export const PRICE = re(
  String.raw`\btarie\w*|\bprijs\w*|\bprijzen\b|\bkostprijs\w*|\bbudget\w*|\bbekostiging\w*|\bvergoeding\w*`,
)
