import { GROUP_LABELS, isGroup } from '../../groups.ts'
import type { Corpus, Unit } from '../corpus.ts'
import type { CheckContext, ContextOutcome, ElementRule, ElementState, Hit, OpgaveRule } from '../engine/types.ts'
import { distinctKeys } from '../engine/types.ts'
import { ALL_MUNICIPALITIES, MOMENT, YEAR_RANGE } from '../lexicon.ts'
import { NUMBER_WORDS } from '../text/markers.ts'
import { concepts, terms, withPattern } from '../vocabulary.ts'

// ---------------------------------------------------------------- participation

/** Words that show people were consulted (in the sentence, its lead-in or its heading). */
const CONSULTED =
  /\b(gesprek\w*|gesproken|spraken|spreken|bijeenkomst\w*|bijeen|\w*sessie\w*|dialoog\w*|\w*tafels?|panel\w*|enquete\w*|peiling\w*|vragenlijst\w*|interview\w*|geraadpleegd|geconsulteerd|consultatie\w*|input|opgehaald|ophalen|meegedacht|meedachten|meedenken|dacht\w* mee|denken mee|meegeschreven|mee geschreven|schreven mee|schreef mee|meegelezen|getoetst|toetst\w*|advies|adviseer\w*|adviseert|reactie\w*|reageer\w*|reageren|gereageerd|inspraak|betrokken|ouderavond\w*|werkatelier\w*|\w*conferentie\w*|leesgroep\w*|klankbord\w*|focusgroep\w*|georganiseerd|uitgenodigd|deelnamen|deelgenomen|meegewerkt|bevraagd|gevraagd|bij elkaar|inloop\w*|gehoord|tot stand|participatie\w*|inbreng|meegepraat|ervaringsdeskundig\w*|aangeschoven|schoven aan|schuiven aan|commentaar|drawn up|consulted|praatten|praatte|gepraat|herschreven|herschreef|(opgesteld|geschreven) (samen )?met|in samenspraak met)\b|\blangs\b[^.;]{0,60}\b(gegaan|geweest|ging|gingen)\b|\b(werk|dacht|denk|praat|lees|las|lazen|schreef|schreven|keek|keken|sprak|spraken)\w* [^.;:]{0,60}\bmee\b/

/** Stakeholder groups (the keys of `GROUPS` in groups.ts) and the words that name them (see `vocabulary.ts`). */
export const STAKEHOLDERS: Readonly<Record<string, RegExp>> = {
  ...concepts({
    jongeren: ['jongere*', 'jeugdraad', 'kinderraad', 'jeugdigen met (eigen) ervaring*'],
    ouders: [
      'ouder/ouders',
      'pleegouder/pleegouders',
      'gezinshuisouder/gezinshuisouders',
      'ouderpanel*/ouderavond*/ouderraad*/oudervereniging*/ouderbijeenkomst*/ouderplatform*/oudernetwerk*/oudergroep*',
      'adviesraad*/adviesraden*/clientenraad*/clientenraden*/participatieraad*/participatieraden*',
      'wmo-raad*/wmo-raden*',
      'clientvertegenwoordig*',
      'belangenvereniging*/belangenorganisatie*',
    ],
    aanbieder: [
      'aanbieder*',
      'hoofdaannemer*',
      'onderaannemer*',
      'zorgaanbieder*',
      'jeugdhulpaanbieder*',
      'marktpartij*',
      'marktconsultatie',
      'de markt',
      'zorgorganisaties/hulporganisaties/jeugdhulporganisaties',
      'organisaties die hulp/jeugdhulp',
      'organisaties die de hulp/jeugdhulp/zorg',
      // "met de hulpverleners en hun organisaties"
      'hulpverleners en hun organisaties',
      'hulpverlenende organisaties',
      'jeugdhulpinstelling*/jeugdzorginstelling*/zorginstelling*',
      'instellingen voor jeugdhulp/jeugdzorg',
    ],
    'gecertificeerde-instelling': [
      'gecertificeerde instelling*',
      'gi',
      'gis',
      "gi's",
      'jeugdbescherm*',
      'jeugdreclassering*',
      // "de organisaties die maatregelen van de kinderrechter uitvoeren"
      'maatregel* van de kinderrechter',
      'kinderbeschermingsmaatregel*',
    ],
    'veilig-thuis': [
      'veilig thuis',
      'advies- en meldpunt*',
      'meldpunt* (voor) huiselijk geweld',
      'amhk',
      'steunpunt* huiselijk geweld',
    ],
    ketenpartner: [
      'ketenpartner*',
      'ketenpartij*',
      'onderwijs',
      'scholen',
      'schoolleid*',
      'samenwerkingsverband* passend',
      'huisarts*',
      'ggd',
      'politie',
      'raad voor de kinderbescherming',
      'kinderopvang',
      'jongerenwerk',
      'zorgverzekeraar*',
      'woningcorporatie*',
      'partners',
    ],
  }),
  // Teams also come as "wijk- en jeugdteams", "jeugd- en gezinsteam": structure beside the words.
  professional: withPattern(
    terms(
      'professional*',
      'medewerkers',
      'jeugdarts*',
      '*verpleegkundig*',
      'praktijkondersteuner*',
      'poh',
      'gedragswetenschapper*',
      'coordinatoren',
      'intern begeleider*',
      'hulpverleners',
      'consulenten',
    ),
    /\b(wijk|dorps|sociale|lokale|jeugd)-? ?(en \w+ )?teams?\b/,
  ),
}

function matchParticipation(c: Corpus, u: Unit): readonly string[] | null {
  const keys = c.keys(u, STAKEHOLDERS)
  if (!keys.length || (!c.has(u, CONSULTED) && !c.around(u, CONSULTED) && !listedAfterConsulting(c, u))) return null
  return keys
}

/** A spoken list of fragments: "We hebben veel gesprekken gevoerd. Met de aanbieders. Met Veilig Thuis. Met de huisartsen." */
const WITH_FRAGMENT = /^met (de |het )?\S/
function listedAfterConsulting(c: Corpus, u: Unit): boolean {
  let prev = u.prev
  // Back over the fragments of the list (at most six) to the sentence that introduces it.
  for (let i = 0; prev && i < 6 && c.has(prev, WITH_FRAGMENT); i++) prev = prev.prev
  return c.has(u, WITH_FRAGMENT) && prev !== undefined && c.has(prev, CONSULTED)
}

function judgeParticipation(hits: readonly Hit[]): ElementState {
  const keys = distinctKeys(hits)
  if (keys.size === 0) return 'none'
  const full = keys.has('jongeren') && keys.has('ouders') && keys.has('aanbieder') && keys.size >= 5
  return full ? 'found' : 'some'
}

// ---------------------------------------------------------------- adoption by all raden

const RAAD =
  /\b(gemeente)?raden\b|\bgemeenteraad\w*|\braadsbesluit\w*|\braadzalen\b|\b(door|in|van) (de|hun|haar|elke|iedere) raad\b(?! van (bestuur|toezicht|commissarissen)\b)/
const ADOPTED =
  /\bvastgesteld\w*|\b(de volgende |deze )?besluiten genomen\b|\bvastgestel\w*|\bstelde\w*\b[^.;]{0,60}\bvast\b|\baangenomen\b|\bingestemd\b|\bgoedgekeurd\b|\bbekrachtigd\b|\bbesloten\b|\braadsbesluit\w*|\bja (gezegd|gestemd)\b/
// (also a condition still to be met: "De regiovisie is pas definitief als alle vijf gemeenteraden haar hebben vastgesteld")
const PLANNED =
  /\bpas\b[^.;]{0,40}\b(vastgesteld|aangenomen)\b[^.;]{0,10}\b(als|wanneer|nadat|zodra)\b|\bpas\b[^.;]{0,40}\b(als|wanneer|zodra|nadat)\b[^.;]{0,60}\b(vastgesteld|aangenomen|ingestemd)\b|\b(zodra|totdat) [^.;]{0,60}\b(vastgesteld|aangenomen|ingestemd)\b|\b(wordt|worden|zal|zullen|gaat|gaan)\b[^.;]{0,80}\b(voorgelegd|vastgesteld|aangeboden|behandeld|vaststellen|voorleggen)\b|\bter (vaststelling|besluitvorming)\b|\b(leggen|legt)\b[^.;]{0,60}\bvoor\b|\bvoor te leggen\b|\b(na|voor) (de|het) (zomer|zomerreces|reces|herfst|winter|voorjaar|najaar|verkiezingen)\b|\bvoornemen\b|\bverwacht\w*/
const DONE =
  /\b(is|zijn|werd|werden|hebben|heeft|had|hadden)\b[^.;]{0,100}\b(vastgesteld|ingestemd|aangenomen|goedgekeurd|bekrachtigd|ja gezegd|ja gestemd)\b|\b(stelde|stelden)\b/
const BOARD =
  /\b(colleges?|college van b ?& ?w|burgemeester en wethouders|algemeen bestuur|dagelijks bestuur|bestuur|portefeuillehouders\w*|bestuurlijk overleg|ab|db|stuurgroep)\b/
const THIS_DOCUMENT =
  /\b(regio)?visie\b|\bdit (beleids)?kader\b|\bdit document\b|\bdeze (nota|notitie|koers|agenda|strategie)\b|\bdit (beleids)?plan\b/
const OTHER_DOCUMENT =
  /\b(verordening\w*|begroting\w*|inkoopstrategie|inkoopkader|beleidskaders|kadernota|jaarrekening|beleidsplannen|beleidskader\w* jeugd|(?!(regio)?visie)\w+document)\b/
/** A document that prepared the vision, with the words that name it: "startnotitie regiovisie jeugd". */
const PREPARATORY =
  /\b(startnotitie|plan van aanpak|procesvoorstel|procesplan|opdrachtformulering)( (\S+ ){0,2}?(regio)?visie( jeugd(hulp)?)?)?\b/g
const NOT_ALL = new RegExp(
  String.raw`\b(\d+|${NUMBER_WORDS}) van (?:de )?(\d+|${NUMBER_WORDS})\b|\b(meeste|enkele|sommige|een aantal|de meerderheid van de|meerdere) (gemeente)?raden\b`,
)

/** The vision this one follows, or this one named as new beside it. */
const EARLIER_VISION = /\b(vorige|voorgaande|eerdere|oude|vorig|oud|eerste) (\S+ )?(regio)?visie\b/
const THIS_DOCUMENT_NEW = /\b(nieuwe|deze|huidige) (\S+ )?(regio)?visie\b/

/** "…, dat door de zes gemeenteraden is vastgesteld" adopts the noun before "dat": is that this document? */
function adoptsThisDocument(text: string): boolean {
  // "De vorige regiovisie is in 2022 door alle raden vastgesteld": the vision this one follows.
  if (EARLIER_VISION.test(text) && !THIS_DOCUMENT_NEW.test(text)) return false
  // A document that prepared the vision ("de Startnotitie Regiovisie", "het plan van aanpak regiovisie") is
  // another document: it and the words naming it are left out.
  const norm = text.replace(PREPARATORY, ' ')
  if (norm !== text && !THIS_DOCUMENT.test(norm)) return false
  const raad = RAAD.exec(norm)
  if (!raad) return false
  const before = norm.slice(Math.max(0, raad.index - 100), raad.index)
  const rel = /[\s,](dat|die)\s[^.;]*$/.exec(before)
  if (rel) {
    // "… dat alle raden de visie hebben vastgesteld": the clause itself names this document.
    if (THIS_DOCUMENT.test(norm.slice(raad.index))) return true
    // The noun just before "dat"/"die" is what was adopted ("…het Jeugdbeleidsplan, dat …").
    const antecedent = (before.slice(0, rel.index).split(/[.;:]/).at(-1) ?? '').trim().split(/\s+/).slice(-3).join(' ')
    return THIS_DOCUMENT.test(antecedent)
  }
  return !(OTHER_DOCUMENT.test(norm) && !THIS_DOCUMENT.test(norm))
}

/** "… de gemeenteraden van Almelo, Borne, Enschede en Hengelo": four or more names in a row. */
const NAMED_LIST = /\p{Lu}[\p{L}-]+(?:,? (?:en )?\p{Lu}[\p{L}-]+){3,}/u
/**
 * A name with its own date ("Akkerzwaag op 3 december 2024", "Bunderveld: 5 december", "Dravenhof (17
 * december 2024)"): one council's decision.
 */
const NAMED_DATE =
  /\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?: op|:)?\s+\(?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/gu
function namesMunicipalities(text: string): boolean {
  if (NAMED_LIST.test(text.replace(/\ben\b/g, ','))) return true
  // Three or more councils each with a date: the decisions of the councils one by one.
  let dated = 0
  for (const _ of text.matchAll(NAMED_DATE)) if (++dated >= 3) return true
  return false
}

function notAll(norm: string): boolean {
  const m = NOT_ALL.exec(norm)
  if (!m) return false
  // "zes van de zes raden" is all of them.
  return !(m[1] && m[2] && m[1] === m[2])
}

const ADOPTION_TABLE = /raadsbesluit|vaststelling|vastgesteld|besluitvorming|raadsvergadering|datum raad|besluit raad/
const MUNICIPALITY = /\bgemeente\w*|\braad\b/
const BOARD_ONLY = /\b(colleges?|algemeen bestuur|dagelijks bestuur)\b/
/** "in december aangehouden, in januari alsnog vastgesteld": held over first, adopted since. */
// … or held over and adopted on a later date: "aangehouden op 12 juni 2025; vastgesteld op 3 juli 2025",
// "22 januari 2026 | eerst aangehouden op 18 december", "vastgesteld (in december aangehouden wegens …)"
const ADOPTED_AFTER_ALL =
  /\b(alsnog|inmiddels|daarna|later|toch) (\S+ ){0,3}?(vastgesteld|aangenomen|ingestemd)\b|\b(eerst|eerder) (aangehouden|uitgesteld)\b|\b(aangehouden|uitgesteld)\b[^|.;]{0,60}\bna\b[^|.;]{0,60}\b(vastgesteld|aangenomen)\b|\b(aangehouden|uitgesteld)\b[^|]{0,60}[;,] (en )?(daarna |later )?(vastgesteld|aangenomen) (op|per) \d|\b(vastgesteld|aangenomen)\b[^()|.;]{0,50}\((eerst |eerder |in \w+ |op [^()|]{1,20} )?(aangehouden|uitgesteld)\b/
const OPEN_OUTCOME =
  /\b(aangehouden|verworpen|nog niet|gepland|verwacht|n\.?t\.?b|volgt|afgewezen|uitgesteld|geagendeerd|deze vergadering|op de agenda|ter besluitvorming)\b/

/** A council that held the proposal over or voted it down. */
const RAAD_OR_COUNCIL =
  /\b(gemeente)?raad\b|\b(gemeente)?raden\b|\bgemeenteraad\w*|\braadsvergadering\w*|\braadsagenda\w*/
const COUNCIL_PROPOSAL = /\braadsvoorstel\w*/
/** "Geen enkele raad heeft de visie aangehouden": nobody held it over. */
const NO_COUNCIL = /\bgeen (enkele )?(gemeente)?raad\b|\bniet (een|één) raad\b/
// (moved to a later meeting, "naar de eerste raadsvergadering na het zomerreces", not to another date)
const HELD_OVER =
  /\b(aangehouden|verworpen|afgewezen|weggestemd|uitgesteld|verdaagd|verplaatst naar (de|het|een|na) (eerste |volgende |latere |\S+ )?(raadsvergadering|vergadering|raad|zomer|zomerreces|reces|najaar|voorjaar|jaar)|doorgeschoven|niet (vastgesteld|aangenomen|ingestemd))\b/
/** "Daar is nog geen besluit", "heeft nog niet besloten": a council that has yet to decide. */
// … or still on a council's agenda: "In Westervenne staat de visie op de agenda van de raadsvergadering in maart".
const UNDECIDED =
  /\b(raden|raad|gemeenteraden|gemeenteraad) ((?!een |het |via )\S+ ){0,2}?(besluiten|beslissen|besluit|beslist|stemmen|stemt) (\S+ ){0,4}?(in|op|voor|begin|medio|eind|uiterlijk|vanaf) (\S+ ){0,3}?((eerste|tweede|derde|vierde) kwartaal|(19|20)\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|zomer|najaar|winter)\b|\bnog geen (raads)?besluit\b|\bnog niet (besloten|beslist|vastgesteld|ingestemd)\b|\b(staat|staan|komt|komen)\b[^.;]{0,40}\bop de (raads)?agenda\b|\bgeagendeerd\b|\b(behandelt|behandelen)\b[^.;]{0,60}\b(in|op|tijdens) (hun|zijn|haar|de) (\S+ )?(raads)?vergadering\w*/

/** An open question that leads the sentence, up to its comma ("wie … wordt, …"; not "of", which may ask whether it is adopted). */
const QUESTION_LEADS = /^(wie|welke|hoe|wat|waar|wanneer)\b[^,.;:]{0,120},/

/** A heading that is only the word for adoption, with marks around it: "▌ VASTGESTELD ✓✓✓✓✓✓", "Vastgesteld:". */
const ADOPTED_LABEL = /^[^\p{L}\d]*(vastgesteld|aangenomen)( door( de)? (gemeente)?raden)?[^\p{L}\d]*$/u

/** "deden dat", "hebben dat gedaan", "gebeurde": a verb standing in for the one before. */
const DID_THAT =
  /\b(deden|deed) (zij |ze )?dat\b|\bhebben (zij |ze )?dat gedaan\b|\bdat gebeurde\b|^dat (hebben|heeft)\b[^.;]{0,40}\bgedaan\b/
/** Adopting named as the act that "dat" then points back to: "vaststellen doet de gemeenteraad. Dat hebben de zes raden gedaan." */
const ADOPTING = /\bvaststel(len|t)\b/

/** The unit a dated line hangs under: the first line of its paragraph, ending in a colon, above dated lines only. */
function leadLine(u: Unit): Unit | undefined {
  if (u.block.type !== 'paragraph' || !MOMENT.test(u.norm) || u.norm.length > 120) return undefined
  let p = u.prev
  while (p && MOMENT.test(p.norm) && p.norm.length <= 120 && !p.text.trimEnd().endsWith(':')) p = p.prev
  return p?.text.trimEnd().endsWith(':') ? p : undefined
}

/** The adopted document is named by the words of this document's title ("de Kadernota Jeugd 2026–2029"). */
function namesOwnTitle(c: Corpus, norm: string): boolean {
  const other = OTHER_DOCUMENT.exec(norm)
  return other !== null && c.title.includes(other[1] ?? other[0])
}

/** The councils named just before, all of them, by a pronoun: "hebben ze het allemaal vastgesteld". */
const THEY_ALL = /\b(ze|zij) (\S+ ){0,3}?allemaal\b|\ballemaal (\S+ ){0,2}?(vastgesteld|aangenomen|ingestemd)\b/

/** A line of a list of council decisions: a name and a date, perhaps a note ("met motie over …"). */
const MAX_COUNCIL_LINE = 120

/**
 * A line over a list of council decisions says the councils adopted it: not planned, not by a board only.
 * `test` runs a pattern on that line (a lead-in, a lead line of its paragraph, a heading).
 */
function councilsAdopted(test: (re: RegExp) => boolean): boolean {
  return test(RAAD) && test(ADOPTED) && !test(PLANNED) && !test(BOARD_ONLY)
}

/** The adoption named as a noun, as a label over the councils' dates: "Vaststelling door de gemeenteraden:". */
const ADOPTION_NOUN = /\bvaststelling\b/

/** One council's line in a table or list of decisions: still open, or decided on a date. */
function councilRow(norm: string): 'tabel-open' | 'tabel-datum' | null {
  if (OPEN_OUTCOME.test(norm) && !ADOPTED_AFTER_ALL.test(norm)) return 'tabel-open'
  return MOMENT.test(norm) ? 'tabel-datum' : null
}

/** A period of years ("2022–2025"), and a vision referred back to ("die visie", "deze regiovisie"). */
const PERIOD = /\b((?:19|20)\d\d) ?[-\u2013\u2014] ?((?:19|20)\d\d)\b/
const THAT_VISION = /\b(die|deze|diezelfde) (regio)?visie\b/
/**
 * The adoption is of a vision for another period than this document's own ("Eind dit jaar loopt de
 * Regiovisie 2022–2025 af. De zes gemeenteraden hebben die visie in 2022 vastgesteld." in a document for
 * 2026–2030): an earlier or another vision.
 */
function otherPeriod(c: Corpus, u: Unit): boolean {
  const own = PERIOD.exec(c.title)
  if (!own) return false
  const named = PERIOD.exec(u.norm) ?? (u.prev && THAT_VISION.test(u.norm) ? PERIOD.exec(u.prev.norm) : null)
  return named !== null && (named[1] !== own[1] || named[2] !== own[2])
}

/** Councils that were told of the vision, not asked to adopt it. */
const COUNCILS_INFORMED =
  /\b(raad|raden|gemeenteraden)\b[^.;]{0,60}\b(op de hoogte (gebracht|gesteld)|geinformeerd|ter kennisname|ter informatie)\b|\braadsinformatiebrie\w*/

function matchAdoption(c: Corpus, u: Unit): string | null {
  const norm = u.norm
  // A heading is a statement only with a date and nothing that denies or defers it (never the norm's own words).
  if (u.heading && (!c.has(u, MOMENT) || !c.counts(u))) return null
  // Dated lines after a lead line in the same paragraph ("De raden stelden haar vast op:\n Aldeweer 23 januari").
  const lead = leadLine(u)
  if (lead && councilsAdopted((re) => c.has(lead, re))) {
    const row = councilRow(norm)
    if (row) return row
  }
  // … or in a paragraph of their own under it, the line breaks of a text file gone ("Vaststelling door de
  // gemeenteraden:" over "Gouwmeer 30 januari 2024 Hooivaart 1 februari 2024 …").
  // (the outline makes a paragraph after one that ends in a colon that one's lead)
  const paragraphLead = u.block.type === 'paragraph' && !u.block.listItem ? u.block.lead : undefined
  if (
    paragraphLead !== undefined &&
    (councilsAdopted((re) => c.blockHas(paragraphLead, re)) ||
      (c.blockHas(paragraphLead, RAAD) &&
        c.blockHas(paragraphLead, ADOPTION_NOUN) &&
        !c.blockHas(paragraphLead, PLANNED) &&
        !c.blockHas(paragraphLead, OPEN_OUTCOME))) &&
    namesMunicipalities(u.text)
  )
    return 'raden'
  // A table with a council decision per municipality.
  // The table itself must be about the decisions (its header or lead-in), or list municipalities under
  // a heading about adoption: a dated table elsewhere in the section on opgave 1 is not one.
  // It is about the councils: a lead-in naming them, or a column per municipality ("Gemeente |
  // Raadsbesluit"). A lead-in that only names the municipalities ("In 2025 hebben de zes gemeenten
  // vastgesteld welke functies …") over a table of actions with dates is not one.
  const perMunicipality = u.block.header !== undefined && c.blockHas(u.block.header, MUNICIPALITY)
  // (the colleges' decisions per municipality, "Gemeente | Besluit college van B&W", are not the councils')
  const header = u.block.header
  const byBoards =
    u.block.type === 'tableRow' &&
    (c.lead(u, BOARD_ONLY) || (header !== undefined && c.blockHas(header, BOARD_ONLY))) &&
    !c.lead(u, RAAD) &&
    (header === undefined || !c.blockHas(header, RAAD))
  if (
    u.block.type === 'tableRow' &&
    !byBoards &&
    // (a planning "vastgesteld door het AB" with a date per step is not one)
    ((c.lead(u, ADOPTION_TABLE) && (perMunicipality || c.lead(u, RAAD))) ||
      (perMunicipality && c.around(u, ADOPTION_TABLE)))
  ) {
    const row = councilRow(norm)
    // (dates the councils are expected to decide on: "De zes raden besluiten naar verwachting op de volgende data:")
    if (row) return c.lead(u, PLANNED) && !c.lead(u, DONE) ? 'tabel-open' : row
  }
  // A list of dates per council under "De gemeenteraden hebben haar vastgesteld op:".
  const listLead = u.block.listItem ? u.block.lead : undefined
  if (listLead !== undefined && councilsAdopted((re) => c.blockHas(listLead, re))) {
    const row = councilRow(norm)
    if (row) return row
  }
  // Dated lines under a heading that says the councils adopted it (a slide "Vastgesteld door alle 7
  // gemeenteraden" over "Brembergen - 6 februari 2025", …).
  const heading = u.block.heading
  if (
    !u.heading &&
    u.block.type !== 'tableRow' &&
    heading >= 0 &&
    c.blockHas(heading, ALL_MUNICIPALITIES) &&
    councilsAdopted((re) => c.blockHas(heading, re))
  ) {
    const row = councilRow(norm)
    if (row && norm.length <= MAX_COUNCIL_LINE) return row
  }
  // "De raad van Keppelwaard heeft het voorstel aangehouden": one council has not adopted it.
  // (also its proposal: "In Sluiskamp is het raadsvoorstel aangehouden")
  if (
    c.has(u, HELD_OVER) &&
    (c.has(u, RAAD_OR_COUNCIL) || c.has(u, COUNCIL_PROPOSAL)) &&
    !c.has(u, ADOPTED_AFTER_ALL) &&
    !c.has(u, NO_COUNCIL)
  )
    return 'raad-open'
  // "In Ossewaard praat de raad er in april over. Daar is nog geen besluit."
  const council = c.has(u, RAAD_OR_COUNCIL) || (u.prev !== undefined && c.has(u.prev, RAAD_OR_COUNCIL))
  // (not what the councils have yet to decide on another topic: "Wie het aanspreekpunt wordt, hebben de raden
  // nog niet besloten")
  if (c.has(u, UNDECIDED) && council && !c.has(u, NO_COUNCIL) && !QUESTION_LEADS.test(norm)) return 'raad-open'
  // "Alle zeven gemeenteraden deden dat tussen 23 januari en 19 maart": "dat" is the adoption just named.
  // … or under a heading that only says so ("▌ VASTGESTELD ✓✓✓" over "6 van 6 gemeenteraden, Monnikenveen 12-11-2024 …").
  const adopted =
    c.has(u, ADOPTED) ||
    (c.has(u, DID_THAT) && u.prev !== undefined && (c.has(u.prev, ADOPTED) || c.has(u.prev, ADOPTING))) ||
    (u.block.heading >= 0 && ADOPTED_LABEL.test(c.norm(u.block.heading)))
  if (!adopted || c.has(u, PLANNED)) return null
  // "Daarna hebben alle zes gemeenteraden dit plan besproken. Tussen 25 januari en 21 maart 2024 hebben ze het
  // allemaal vastgesteld.": the councils just named, all of them, by a pronoun.
  if (
    !c.has(u, RAAD) &&
    THEY_ALL.test(norm) &&
    c.has(u, DONE) &&
    c.has(u, MOMENT) &&
    u.prev !== undefined &&
    c.has(u.prev, RAAD) &&
    ALL_MUNICIPALITIES.test(u.prev.norm) &&
    !c.has(u.prev, PLANNED) &&
    !c.has(u.prev, BOARD_ONLY)
  )
    return 'raden'
  // "… vastgesteld in het RBO. De raden zijn via een raadsinformatiebrief op de hoogte gebracht": informed only.
  if (c.has(u, RAAD) && !c.has(u, COUNCILS_INFORMED) && !onlySubmittedTo(norm)) {
    // A done decision: a finite verb ("is vastgesteld", "hebben … vastgesteld") or a date, not a bare
    // "vastgesteld door alle raden" copied from the NvO.
    // "Een door alle raden vastgestelde koers" describes a goal; only a finite verb or a date says it happened.
    // (also a line that leads into the councils' dates: "VASTGESTELD door alle zeven gemeenteraden:" over
    // "Kerkmaas 23-11-2023 | Dorperveen 30-11-2023 | …")
    const after = c.units[u.id + 1]
    const leadsIntoDates = u.text.trimEnd().endsWith(':') && after !== undefined && c.has(after, MOMENT)
    const done =
      c.has(u, DONE) || c.has(u, DID_THAT) || (c.has(u, MOMENT) && !/\bvastgestelde\b/.test(norm)) || leadsIntoDates
    // The councils may be named in a footnote: "… vastgesteld door de gemeenteraden.[9]" → "[9] Raadsbesluiten: …".
    const footnote = c.footnote(u)
    const all =
      ALL_MUNICIPALITIES.test(norm) ||
      namesMunicipalities(u.text) ||
      (footnote !== undefined && RAAD.test(footnote.toLowerCase()) && namesMunicipalities(footnote))
    // "vier van de zes raden hebben vastgesteld": adopted, but not by all.
    const thisDocument = (adoptsThisDocument(norm) || namesOwnTitle(c, norm)) && !otherPeriod(c, u)
    if (done && notAll(norm) && thisDocument) return 'niet-alle'
    if (done && all && thisDocument) return 'raden'
    if (!c.has(u, BOARD)) return null
  }
  return c.has(u, BOARD) && adoptsThisDocument(`gemeenteraden ${norm}`) ? 'bestuur' : null
}

/**
 * The councils named only as whom a board sent the vision to: "ingestemd met het concept en het aan de raden
 * voorgelegd", "vrijgegeven voor besluitvorming in de raden".
 */
const SUBMITTED_TO =
  /\b(aan|naar) (de |alle |elke |iedere )?(\S+ )?(gemeente)?(raden|raad)\b( \S+){0,2}? (voorgelegd|aangeboden|gestuurd|toegestuurd|verzonden|toegezonden|gezonden|doorgestuurd)\b|\b(voorgelegd|aangeboden|gestuurd|toegestuurd|verzonden|toegezonden|gezonden|doorgestuurd) (aan|naar) (de |alle |elke |iedere )?(\S+ )?(gemeente)?(raden|raad)\b|\b(voor|ter) (besluitvorming|vaststelling|behandeling) (in|door|aan) (de |alle |elke |iedere )?(\S+ )?(gemeente)?(raden|raad)\b/g
function onlySubmittedTo(norm: string): boolean {
  SUBMITTED_TO.lastIndex = 0
  if (!SUBMITTED_TO.test(norm)) return false
  return !RAAD.test(norm.replace(SUBMITTED_TO, ' '))
}

function judgeAdoption(hits: readonly Hit[]): ElementState {
  const keys = distinctKeys(hits)
  // A council that has not decided (an open row, "vier van de zes") outweighs a sentence claiming all.
  if (keys.has('tabel-open') || keys.has('raad-open') || keys.has('niet-alle')) return 'some'
  if (keys.has('raden')) return 'found'
  const dated = hits.filter((h) => h.key === 'tabel-datum').length
  if (dated >= 2) return 'found'
  return keys.size > 0 ? 'some' : 'none'
}

// ---------------------------------------------------------------- vision and period

const ABOUT_VISION =
  /\b(regiovisie|visie|beleidskader|kader|koers|agenda|document|periode|looptijd|loopt|geldt|richting)\b|\w(visie|plan|nota|kader|schets|agenda|koers)\b/
const CONTRACTS = /\b\w*contract\w*|\b\w*overeenkomst\w*|\bgegund\b/
const YEARS_AHEAD = new RegExp(String.raw`\b(komende|voor|de) (\d+|${NUMBER_WORDS}) jaar\b`)

/**
 * The next sentence names what this one described: "… wat ze van 2025 tot en met 2029 willen. Dat stuk
 * heet de regiovisie."
 */
function namedNext(c: Corpus, u: Unit): boolean {
  return u.next !== undefined && NAMES_BACK.test(u.next.norm) && c.has(u.next, ABOUT_VISION)
}
const NAMES_BACK = /^(dat|dit|die|deze) (stuk|document|plan|geheel|alles|heet|noemen|is|vormt)\b/

/** The title, or a short line under it before the first section (a subtitle: "Koers voor 2025–2029"). */
function frontMatter(c: Corpus, u: Unit): boolean {
  const first = c.blocks.find((b) => b.type === 'heading')
  if (!first) return false
  if (u.block.index === first.index) return true
  const next = c.blocks.find((b) => b.type === 'heading' && b.index > first.index)
  return u.block.index > first.index && (next === undefined || u.block.index < next.index) && u.text.length <= 160
}

function matchPeriod(c: Corpus, u: Unit): string | null {
  if (c.has(u, CONTRACTS)) return null
  // Through the corpus: prefiltered by their literals and remembered per sentence.
  if (c.has(u, YEAR_RANGE) && (frontMatter(c, u) || c.has(u, ABOUT_VISION) || namedNext(c, u))) return 'periode'
  if (c.has(u, YEARS_AHEAD) && c.has(u, ABOUT_VISION)) return 'periode'
  return null
}

// ---------------------------------------------------------------- the opgave

const participation: ElementRule = {
  id: 'participatie',
  label:
    'met wie de visie is opgesteld (jongeren, ouders, aanbieders, GI’s, Veilig Thuis, professionals, ketenpartners)',
  todo: 'Beschrijf met wie de visie is opgesteld en hoe: jongeren, ouders (of hun vertegenwoordigers), jeugdhulpaanbieders, gecertificeerde instellingen, Veilig Thuis, professionals en ketenpartners, met wat er met hun inbreng is gedaan. Een voornemen om hen later te betrekken telt nog niet.',
  topic: /\b(betrekken|betrokken|participatie|meedenken|meepraten|stem geven|consulteren|raadplegen)\b/,
  needs: STAKEHOLDERS,
  told: true,
  match: matchParticipation,
  judge: judgeParticipation,
  fromContext: participationFromContext,
}

/** Keys of the stakeholder groups, as ids of shared/groups, that commented on the document. */
function consultedFromComments(context: CheckContext): string[] {
  return (context.consultedGroups ?? []).filter((g) => Object.hasOwn(STAKEHOLDERS, g))
}

function participationFromContext(context: CheckContext, hits: readonly Hit[]): ContextOutcome | null {
  const commented = consultedFromComments(context)
  if (commented.length === 0) return null
  const keys = new Set([...distinctKeys(hits), ...commented])
  const broad = keys.has('jongeren') && keys.has('ouders') && keys.has('aanbieder') && keys.size >= 5
  const names = commented.map((g) => (isGroup(g) ? GROUP_LABELS[g].nl.toLowerCase() : g)).join(', ')
  const answered = context.answeredInput
  // With the reactieverslag: consulted broadly and every reaction answered is the whole element.
  if (answered && answered.threads > 0) {
    const all = answered.answered === answered.threads
    return {
      state: broad && all ? 'found' : 'some',
      message: all
        ? `In dit document hebben gereageerd: ${names}. Het schrijfteam heeft op alle ${answered.threads} reacties een antwoord gegeven (overgenomen, deels overgenomen, niet overgenomen of beantwoord); dat telt als bewijs dat hun inbreng is verwerkt.`
        : `In dit document hebben gereageerd: ${names}. Op ${answered.threads - answered.answered} van de ${answered.threads} reacties heeft het schrijfteam nog niet geantwoord: leg vast wat er met die inbreng is gedaan.`,
      severity: all ? 'info' : 'warning',
    }
  }
  return {
    state: broad ? 'found' : 'some',
    message: `In dit document hebben gereageerd: ${names}. Dat telt mee als bewijs van raadpleging; beschrijf in de tekst ook hoe hun inbreng is verwerkt.`,
    severity: 'info',
  }
}

function adoptionFromContext(context: CheckContext): ContextOutcome | null {
  const a = context.adoption
  if (!a || a.total === 0) return null
  if (a.adopted === a.total) {
    return {
      state: 'found',
      message: `Volgens de vaststellingsregistratie hebben alle ${a.total} gemeenteraden de regiovisie vastgesteld.`,
      severity: 'info',
    }
  }
  return {
    state: a.adopted > 0 ? 'some' : 'none',
    message: `Volgens de vaststellingsregistratie is de regiovisie vastgesteld door ${a.adopted} van ${a.total} gemeenteraden. Nog niet vastgesteld door: ${a.pending.join(', ')}.`,
    severity: 'warning',
  }
}

const adoption: ElementRule = {
  id: 'vaststelling-raden',
  label: 'vastgesteld door alle gemeenteraden',
  todo: 'Leg vast dat alle gemeenteraden de regiovisie hebben vastgesteld, het liefst per gemeente met de datum van het raadsbesluit. Instemming van de colleges of vaststelling door een regionaal bestuur is niet genoeg, en een voornemen om de visie aan de raden voor te leggen ook nog niet.',
  // (not councils that are reported to: "legt jaarlijks verantwoording af aan de raden")
  topic: /\b(gemeente)?raden\b(?<!\baan de (gemeente)?raden)|\bvaststell\w*/,
  needs: { ADOPTED, DID_THAT, MOMENT, OPEN_OUTCOME, HELD_OVER, UNDECIDED },
  told: true,
  match: matchAdoption,
  // A title page line ("Vastgesteld door de acht gemeenteraden, januari 2025") may come in as a heading.
  headings: true,
  strong: (key) => key === 'raden' || key === 'tabel-datum',
  regardless: (key) => key === 'tabel-open' || key === 'tabel-datum' || key === 'raad-open',
  judge: judgeAdoption,
  fromContext: adoptionFromContext,
}

const period: ElementRule = {
  id: 'looptijd',
  label: 'de periode waarvoor de visie geldt',
  todo: 'Noem de periode waarvoor de visie geldt (bijvoorbeeld 2025–2028) en wanneer zij wordt geëvalueerd.',
  // (not the term of contracts: "de looptijd en de planning van de volgende inkoopronde")
  topic: /\blooptijd\b(?![^.;]{0,60}\b(inkoop\w*|contract\w*|overeenkomst\w*))/,
  alone: false,
  headings: true,
  needs: { YEAR_RANGE, YEARS_AHEAD },
  match: matchPeriod,
  judge: (hits) => (hits.length ? 'found' : 'none'),
}

export const regiovisie: OpgaveRule = {
  id: 'regiovisie',
  title: 'Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden',
  // (also members that have not consented yet, "waarom Ruisdorp en Steenwoude nog niet hebben ingestemd":
  // what such a sentence puts off is the adoption, not another opgave it names)
  topic:
    /\b(gemeente)?raden\b|\bvaststell\w*|\bbetrekken\b|\bparticipatie\b|\bmeedenken\b|\bnog niet (\S+ ){0,2}?(ingestemd|vastgesteld)\b/,
  elements: [participation, adoption, period],
}

/** BW/MO (draft): clients and their representatives instead of youth and parents; no GI or Veilig Thuis. */
const BWMO_STAKEHOLDERS: Readonly<Record<string, RegExp>> = {
  clienten:
    /\bclient\w*|\bervaringsdeskundig\w*|\b(clientenra(a|de)d|adviesra(a|de)d|participatiera(a|de)d|wmo-ra(a|de)d|belangenorganisatie)\w*/,
  aanbieder: STAKEHOLDERS.aanbieder!,
  woningcorporaties: /\bwoningcorporatie\w*|\bcorporaties\b/,
  professional: STAKEHOLDERS.professional!,
  ketenpartner: /\bggz\b|\bpolitie\b|\bzorgverzekeraar\w*|\bzorgkantoor\w*|\breclassering\b|\bggd\b|\bketenpartner\w*/,
}

const bwmoParticipation: ElementRule = {
  ...participation,
  // The comment groups are the Jeugd ones; BW/MO judges consultation from its text only.
  fromContext: undefined,
  label:
    'met wie de visie is opgesteld (cliënten en ervaringsdeskundigen, aanbieders, woningcorporaties, ketenpartners)',
  todo: 'Beschrijf met wie de visie is opgesteld en hoe: cliënten en ervaringsdeskundigen (of hun vertegenwoordigers), aanbieders, woningcorporaties, professionals en ketenpartners zoals de ggz en de politie.',
  needs: BWMO_STAKEHOLDERS,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, BWMO_STAKEHOLDERS)
    if (!keys.length || (!c.has(u, CONSULTED) && !c.around(u, CONSULTED))) return null
    return keys
  },
  judge(hits) {
    const keys = distinctKeys(hits)
    if (keys.size === 0) return 'none'
    return keys.has('clienten') && keys.has('aanbieder') && keys.size >= 3 ? 'found' : 'some'
  },
}

/** Opgave 1 in the BW/MO draft rule set. */
export const regiovisieBwmo: OpgaveRule = { ...regiovisie, elements: [bwmoParticipation, adoption, period] }
