import type { JSONContent } from '@tiptap/core'
import { MOMENT, STATUS_TABLE, TIMELINE } from './lexicon.ts'
import { mendWrappedHeadings } from './mendWrappedHeadings.ts'
import { type Block, toBlocks } from './outline.ts'
import { CUES, type Pattern, type PatternSet } from './text/CueIndex.ts'
import {
  ACTION_HEADING,
  AT_THAT_MOMENT,
  CONCRETE_NORM as CONCRETE,
  DEFERRAL,
  defers,
  EVALUATION,
  FINITE_VERB,
  Flag,
  IN_PLACE_IN_PART,
  INTENTION_LABEL,
  MOTION_REQUEST,
  markersOf,
  NAME,
  NOT_YET,
  OPTION_LABEL,
  OPTIONS_HEADER,
  OPTIONS_NAMED,
  PREPARING,
  PROPOSAL_LABEL,
  RECOMMENDATION_HEADING,
  RECOMMENDATION_LABEL,
  REST_FOLLOWS,
  RESTATING_HEADING,
  RESTATING_LABEL,
  RETROSPECTIVE,
  RETROSPECTIVE_HEADING,
  SELF_ASSESSMENT,
  TURNS_DOWN_PREVIOUS,
  UNCHECKED,
} from './text/markers.ts'
import { normalize } from './text/normalize.ts'
import { splitUnits } from './text/splitUnits.ts'

/** A sentence (or a semicolon clause) of a block: the unit the rules judge. */
export interface Unit {
  /** Index in `Corpus.units`. */
  id: number
  block: Block
  /** Offsets of the unit in `block.text`. */
  start: number
  end: number
  text: string
  /** `normalize(text)`. */
  norm: string
  /** A heading (or table header row): context, and evidence only for rules that ask for headings. */
  heading?: boolean
  /** Neighbours in the same block. */
  prev?: Unit
  next?: Unit
}

/**
 * What is known of one sentence, whatever document it stands in: the cue bits of the literal scan and
 * each pattern's result (by pattern id: -1 unknown, 0, 1). Kept across checks, keyed by the
 * normalised sentence: the editor checks again after every typing pause, and almost every sentence
 * is the same as the time before, so its patterns are not run again.
 */
interface UnitMemo {
  bits: Uint32Array
  /** `markersOf` the sentence (-1 unknown): its own words only, so the same in every document. */
  markers: number
  /** Whether its own words put something off (`defers`; -1 unknown, 0, 1). */
  defers: number
  /** Number of patterns the cue bits cover (patterns registered later: always run). */
  size: number
  results: Int8Array
  /**
   * `matchesAny` per pattern set, as two bit fields on the memo itself (asked, and matched) for the first
   * `SETS_IN_FIELDS` sets (one load instead of three while the loops of every rule ask it of every
   * sentence), then per set id in `anyOf` (-1 unknown, 0, 1).
   */
  asked: number
  matched: number
  asked2: number
  matched2: number
  anyOf: Int8Array
}

/** Pattern sets whose `matchesAny` a memo keeps in its bit fields (two small integers of 30 bits). */
const SETS_IN_FIELDS = 60

/**
 * The header of a table of actions or products still to be delivered: a column of what is to be done
 * or made ("actie", "product", "op te leveren") beside one of when or by whom ("gereed", "planning").
 */
const ACTION_TABLE =
  /\btrekker\w*|\b(actie(s|punt|punten|houder)?|product(en)?|deliverables?|op te leveren|resultaat|uitwerking)\b[^|]*\|[^|]*\b(gereed|wanneer|planning|deadline|trekker|eigenaar|wie|lead|timing)\b/

/** Work that prepares an arrangement rather than states it: "Voorstel voor …", "Verkennen van …", "… opstellen". */
const PREPARES = new RegExp(
  `${PREPARING.source}|\\b(voorstel|verkenning|onderzoek|uitwerking|ontwikkeling|plan van aanpak|notitie|advies|nog te)\\b`,
)

/**
 * A column of what is in place now ("Huidige stand", "Wat staat er al"): its table is a gap analysis, not an
 * action list. Beside it, a column of plans or actions (`PLAN_COLUMN`) is what is still to be done.
 */
const CURRENT_COLUMN =
  /^(huidige (stand|situatie|stand van zaken)|stand (nu|per .+)|situatie nu|nu|wat (staat|is|er is)( er)?( (al|nu)( geregeld| afgesproken)?| in het concept)?|wat is er (al|nu)|bestaande afspraken|wat er al is)$/
const PLAN_COLUMN =
  /^(plan|plannen|plan ?\/ ?actie|acties?|actiepunten|vervolg|vervolgactie|vervolgacties|vervolgstappen|volgende stap(pen)?|wat gaan (we|wij) doen|verbeteractie|verbeteracties|te nemen stappen)$/
/** A column of what is agreed from now on: beside `CURRENT_COLUMN`, the arrangement itself. */
const AGREED_COLUMN =
  /^(wat spreken (we|wij) af|wat (we|wij) afspreken|wat (we|wij) hebben afgesproken|afspraak|afspraken|de afspraak|nieuwe afspraak|nieuwe afspraken|wat wordt het|wat verandert er|straks|nieuwe situatie)$/
/** The old and the new side by side: "Oude visie 2021 | Nieuwe visie 2025", "Was | Wordt". */
const OLD_COLUMN =
  /^(oud|oude (visie|regiovisie|situatie|afspraken?|werkwijze)|vorige (visie|regiovisie)|vroeger|voorheen|tot nu( toe)?|was)( \(?(19|20)\d\d( ?[-\u2013] ?(19|20)\d\d)?\)?)?$/
const NEW_COLUMN =
  /^(nieuw|nieuwe (visie|regiovisie|situatie|afspraken?|werkwijze)|straks|voortaan|vanaf nu|wordt)( \(?(19|20)\d\d( ?[-\u2013] ?(19|20)\d\d)?\)?)?$/
/** The header of a gap analysis (`CURRENT_COLUMN`): its rows say what is in place, an action list's do not. */
const CURRENT_HEADER = new RegExp(`(^|\\| )(${CURRENT_COLUMN.source.slice(2, -2)})( \\||$)`)

/**
 * A header cell naming the opgave of the norm each row is about: the row stands under it as under a heading.
 * (A column of subjects, "Onderwerp", names finer topics whose words may belong to another opgave.)
 */
const TOPIC_COLUMN = /^(nvo-)?(opgave|opgaven)( (uit|van) de (norm|nvo))?$/

/** What a table row's status column says of it (`Corpus.rowStatus`). */
enum RowStatus {
  unknown = -1,
  none = 0,
  /** "nog te doen": work still to be done. */
  toDo = 1,
  /** A row of a legend ("nog te doen | de afspraak is nog niet gemaakt"): it explains, it agrees nothing. */
  legend = 2,
  /** "in uitvoering": some of it is in place. */
  inProgress = 3,
  /** A line of an overview with a traffic light ("F | Bestuur en aanspreekpunt | 🟠"): it names a topic, it says nothing. */
  overview = 4,
}

/** A status given as a traffic light, and the most words an overview line has beside it. */
const TRAFFIC_LIGHT = /^(\u{1F7E2}|\u{1F7E0}|\u{1F534}|\u{1F7E1}|groen|oranje|rood|geel)(\s|$)/u
const MAX_OVERVIEW_WORDS = 8
/** `Corpus.statusColumn` of a header without a status column, and of a legend's header. */
const NO_COLUMN = -1
const LEGEND = -2

/** A cell that leaves its row open ("open", "volgt", "n.t.b."), and one left blank with a dash. */
const OPEN_CELL = /^(nog )?(open|volgt( nog| later)?|n\.?t\.?b\.?|nog te bepalen|nog niet bekend|onbekend)$/
const DASH = /^-+$/

/** A footnote reference after a word or mark ("raden.[9]", "raden[9]"), and a footnote's own paragraph. */
const FOOTNOTE_MARK = /\S\[(\d{1,3})\]/
const FOOTNOTE_START = /^\[(\d{1,3})\]\s/

/**
 * The document's own region, by the phrases that say so: "de vijf gemeenten van jeugdregio Zilverbeek",
 * "onze regio Zilverbeek", "jeugdregio Zilverbeek bestaat uit …".
 */
const OWN_REGION =
  /\b(?:gemeenten (?:van|in|binnen) (?:de )?|[Oo]nze )(?:[Jj]eugd)?regio (\p{Lu}[\p{L}-]+)|\b(?:[Jj]eugd)?regio (\p{Lu}[\p{L}-]+) (?:bestaat uit|omvat|telt)\b/gu
/** Regions named, one or a list: "de regio's Oostmarken en Braakland", "buurregio Veenoord". */
const NAMED_REGIONS =
  /\b(?:[Jj]eugd|[Bb]uur)?regio(?:'s|\u2019s)? (\p{Lu}[\p{L}-]+(?:(?:, | en )\p{Lu}[\p{L}-]+){0,4})/gu
const REGION_NAME = /\p{Lu}[\p{L}-]+/gu
/**
 * A sentence about what happens in another region, named before ("In Oostmarken werken alle gemeenten met
 * dezelfde variant"), that says nothing of the region itself.
 */
const IN_NAMED_PLACE = /^(?:In|Bij) (\p{Lu}[\p{L}-]+)\b/u
const OWN_PART = /\b(wij|we|ons|onze|samen|gezamenlijk)\b/
/** The region itself takes part: "… heeft samen met ons …" (not "… samen met drie andere regio's"). */
const OWN_SHARE = /\b(wij|we|ons|onze)\b/
/** A paragraph that is a quotation: it opens with a quotation mark. */
const QUOTATION = /^\s*["\u201c\u201e]/

/** A sentence that goes on about what the one before named ("Die hebben …", "Daar is …"). */
const REFERS_TO_NAMED =
  /^(Die|Zij|Ze|Daar|Deze regio|Die regio) (heeft|hebben|had|hadden|is|zijn|kent|kennen|koopt|kopen|werkt|werken)\b/
/** What a named region has or does, said of it alone: "De regio Ottershoek heeft een convenant met …". */
// (named alone, or those in it, only with what it has or how it works: "Wiersdal koopt in namens de drie
// regio's" is working together)
const REGION_DOES = 'heeft|had|kent|kende|koopt|kocht|werkt|gebruikt|hanteert|sloot|organiseert|contracteert'
const NAME_HAS = 'heeft|hebben|had|kent|kende|hanteert|hanteren|(?:werkt|werken) met'
const OTHER_REGION_HAS = new RegExp(
  String.raw`^(?:[Dd]e )?(?:[Jj]eugd|[Bb]uur)?regio (\p{Lu}[\p{L}-]+) (?:${REGION_DOES})\b|^(?:(?:De|Het) [\p{Ll}-]+ in )?(\p{Lu}[\p{L}-]+) (?:${NAME_HAS})\b`,
  'u',
)
/** Speaking for a region, by its name: "vertegenwoordigt de regio Slikkerland", "namens de acht Slikkerlandse gemeenten". */
const SPEAKING_FOR = 'vertegenwoordigt|vertegenwoordigen|namens|aanspreekpunt van|spreekt voor|spreken voor'
const FOR_REGION = new RegExp(
  String.raw`\b(?:${SPEAKING_FOR}) (?:de |het )?(?:(?:[Jj]eugd)?regio |[\p{Ll}\d]+ )?(\p{Lu}[\p{L}-]+)`,
  'gu',
)
/** The words `OTHER_REGION_HAS` and `FOR_REGION` need, in the normalised sentence. */
const REGION_HAS_VERB = new RegExp(String.raw`\b(${REGION_DOES}|${NAME_HAS})\b`)
const SPEAKS_FOR = new RegExp(String.raw`\b(${SPEAKING_FOR})\b`)
/** The approach of the region just named: "Die aanpak geldt voor jeugdigen uit Slikkerland." */
const THAT_APPROACH =
  /^(Die|Dat|Deze) (aanpak|model|afspraak|afspraken|regeling|werkwijze) (geldt|gelden|gold|golden)\b/

/**
 * Annexes the document says are not in it ("De bijlagen 3, 4 en 5 worden nagezonden"), and a reference to
 * one ("Zie bijlage 3."): what it points to is not in the document, so the reference puts it off.
 */
const ANNEXES_MISSING =
  /\bbijlagen? ((\w+)(, | en ))*\w+\b[^.;]{0,60}\b(worden|wordt) (\S+ ){0,4}?(nagezonden|nagestuurd|later toegevoegd)\b|\bbijlagen? ((\w+)(, | en ))*\w+\b[^.;]{0,40}\b(ontbreken|ontbreekt|zijn niet bijgevoegd|is niet bijgevoegd)\b/g
const ANNEX_REF = /\bzie (ook )?(de )?bijlage (\w+)/

/** Region names in a block's text (most blocks name none); kept on the block's `BlockPrep`. */
interface RegionNames {
  own: string[]
  named: string[]
}
function regionsIn(text: string): RegionNames | null {
  if (!text.includes('egio')) return null
  const own = [...text.matchAll(OWN_REGION)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase())
  const named = [...text.matchAll(NAMED_REGIONS)].flatMap((m) =>
    [...m[1]!.matchAll(REGION_NAME)].map((n) => n[0].toLowerCase()),
  )
  return own.length || named.length ? { own, named } : null
}

/** The annexes a block's normalised text says are missing (`ANNEXES_MISSING`), by number or letter. */
function annexesIn(norm: string): readonly string[] {
  if (!norm.includes('bijlage')) return NONE
  const ids: string[] = []
  for (const m of norm.matchAll(ANNEXES_MISSING))
    for (const id of m[0].replace(/^bijlagen? /, '').split(/[^\w]+/)) if (/^(\d+|[a-z])$/.test(id)) ids.push(id)
  return ids
}

/** A reviewer's comment left in a draft ("[Opmerking MvdB: …]"), and a bracketed note of its own ("[Einde tussen haken]"). */
const REVIEW_COMMENT = /^\[(opmerking|reactie|commentaar|noot|vraag)\b/
const BRACKETED_NOTE = /^\[[^\]]{0,80}\]$/
/** What in such a comment rejects the paragraph before it. */
const REJECTS_PARAGRAPH =
  /\bniet akkoord\b|\bklopt niet( meer)?\b|\b(graag |dus )?schrappen\b|\bniet afgestemd\b|\bgeen overeenstemming\b|\bniet (als besluit )?(op)?schrijven\b/

/** A lead-in over who was consulted (`Corpus.consultedItem`). */
const CONSULTED_LEAD =
  /\b(geraadpleegd|geconsulteerd|gesproken met|spraken (wij |we )?(onder meer |onder andere )?met|meegedacht|meegepraat|meegelezen|deelgenomen|namen deel|hebben bijgedragen|input (geleverd|gegeven|opgehaald)|(haalden|haalde) (\S+ ){0,2}?op bij)\b/

/** An empty cell (`Corpus.groupRow`). */
const GROUP_ROW = /^\s*$/

/** A paragraph that opens with a pronoun for what was named before (`carriedOver`). */
const PRONOUN_START = /^(ze|zij|die|deze) /

/** The longest lead-in that counts as a label of the list below it ("Komt (nog niet besloten):"). */
const MAX_LABEL = 60

/** A block's text prepared once: normalised, split into sentences, each with its memo. */
interface BlockPrep {
  /** The text prepared. */
  text: string
  norm: string
  spans: { start: number; end: number }[]
  units: string[]
  memos: UnitMemo[]
  /** The units' own texts (`Unit.text`), sliced on first use. */
  texts?: string[]
  /** Region names in the text (`regionsIn`) and annexes it says are missing (`annexesIn`), found on first use. */
  regions?: RegionNames | null
  annexes?: readonly string[]
}
const PREPARED = new Map<string, BlockPrep>()

function prepare(text: string, whole: boolean): BlockPrep {
  const key = whole ? `\u0001${text}` : text
  let prep = PREPARED.get(key)
  if (!prep) {
    if (PREPARED.size >= MAX_MEMO) PREPARED.clear()
    const plain = normalize(text)
    const norm = withoutDeleted(plain)
    let spans = whole ? [{ start: 0, end: text.length }] : splitUnits(text)
    // A unit that opened with deleted words or an insertion mark starts at its first word left.
    if (norm !== plain) spans = spans.map((span) => skipBlanked(norm, span))
    const units = spans.map(({ start, end }) => norm.slice(start, end))
    prep = { text, norm, spans, units, memos: units.map(memoOf) }
    PREPARED.set(key, prep)
  }
  return prep
}

/**
 * Text a draft marks as deleted: struck through (Markdown `~~…~~`, which the editor keeps as plain text)
 * or a tracked-change remark ("[vervallen: …]", "[geschrapt: …]"). Deleted words are no evidence, no
 * deferral and no mention: the normalised text gets spaces in their place (the same length, so positions
 * still point into the original text and quotes show it whole).
 */
// (also CriticMarkup's "{-- … --}", whose words hold no brace, so that a run of "{--" is scanned in linear time;
// and the mark of tracked words added, "[toegevoegd: …]", "{+ … +}": the words stay, the mark goes)
const DELETED =
  /\[(vervallen|geschrapt|verwijderd|doorgehaald|weggehaald|oud|oude tekst|deleted|removed)\s*:[^\]]{0,3000}\]|~~[^~]{1,3000}~~|\{-{1,2}[^{}]{0,3000}-{1,2}\}|\[(toegevoegd|ingevoegd|nieuwe tekst|added|inserted)\s*:|\{\+{1,2}|\+{1,2}\}/g
function withoutDeleted(norm: string): string {
  if (!norm.includes('[') && !norm.includes('~~') && !norm.includes('{')) return norm
  return norm.replace(DELETED, (m) => ' '.repeat(m.length))
}

/** A span moved past the blanks at its start (`withoutDeleted`); one that is all blanks stays as it is. */
function skipBlanked<S extends { start: number; end: number }>(norm: string, span: S): S {
  let { start } = span
  while (start < span.end && (norm.charCodeAt(start) === 32 || norm.charCodeAt(start) === 10)) start++
  return start === span.start || start === span.end ? span : { ...span, start }
}

/**
 * A table of reactions with the region's answer ("Reactie | Van | Wat wij ermee deden"): the reaction
 * column holds what participants asked or proposed, not what the region arranged. Its cells are blanked
 * (spaces of the same length) for matching; the answer columns count as any text.
 */
const INPUT_COLUMN =
  /^(reactie|reacties|vraag|vragen|inbreng|zienswijze|zienswijzen|opmerking|opmerkingen|suggestie|suggesties|signaal|signalen|wens|wensen|wat (\S+ )?(zeiden|vroegen|zeggen|vragen|inbrachten))\b/
const NOT_INPUT = /\b(regio|college|gemeenten?|wij|we|ons|bestuur|antwoord)\b/
const RESPONSE_COLUMN =
  /\b(antwoord\w*|beantwoording|wat (wij|we) (ermee|ermee hebben|daarmee)|verwerk\w*|besluit|overgenomen|gevolg\w*|aanpassing\w*|reactie (van )?(de regio|het college|het bestuur|de gemeenten))\b/
const CELL = ' | '
const VERDICT = /^\s*(niet |deels |gedeeltelijk |grotendeels )?(overgenomen|verwerkt)\s*\.?\s*$/i

function inputColumn(headerNorm: string): number {
  const cells = headerNorm.split(CELL)
  if (!cells.some((c) => RESPONSE_COLUMN.test(c))) return -1
  return cells.findIndex((c) => INPUT_COLUMN.test(c.trim()) && !NOT_INPUT.test(c))
}

/**
 * The explanation column of a self-assessment against the norm ("Onderdeel | Stand van zaken | Toelichting",
 * under "Zelfscan NvO"), or of a table of the law's requirements ("Wettelijke eis | Hoe wij dit invullen |
 * Status"), with the column that names each row's requirement; or null. Only the explanation says what the
 * region arranged: the requirement restates the norm and the status is the region's own verdict, so
 * "gereed" makes nothing addressed, as "in ontwikkeling" puts nothing off.
 */
function explanationColumn(headerNorm: string, context: readonly string[]): { keep: number; label: number } | null {
  const cells = headerNorm.split(CELL).map((c) => c.trim())
  const keep = cells.findIndex((c) => STATUS_TABLE.explanation.test(c))
  if (keep < 0 || cells.length < 2) return null
  // A table of the law's requirements with how the region meets them ("Wettelijke eis | Hoe wij dit invullen").
  const requirement = cells.findIndex((c) => STATUS_TABLE.requirement.test(c))
  if (requirement >= 0 && requirement !== keep) return { keep, label: requirement }
  if (!SELF_ASSESSMENT.test(headerNorm) && !context.some((norm) => SELF_ASSESSMENT.test(norm))) return null
  if (cells.length < 3 || !cells.some((c) => STATUS_TABLE.column.test(c))) return null
  return { keep, label: 0 }
}

/** A column of what is still to be done ("Thema | Wat staat er al | Wat moet nog"): no evidence of what is in place. */
const TODO_COLUMN =
  /^(wat ontbreekt( er)?( nog)?|ontbreekt( nog)?|wat mist( er)?( nog)?|lacunes?|hiaten|wat moet (er )?nog|wat (er )?nog (moet|moeten)\b|wat (nog )?(moet|moeten) (er )?(nog )?(gebeuren|geregeld)|nog te doen|nog te regelen|open punten|open vragen|openstaande punten|nog open|vervolgstappen|to ?do)\b/

/**
 * The cells of a table's rows hidden from matching: a reaction column, a column of what is still to be done,
 * or all but a self-assessment's explanation.
 */
interface HiddenCells {
  hide: (column: number) => boolean
  /** Blank "(niet) overgenomen" answers too (a table of reactions). */
  verdicts: boolean
  /** A self-assessment whose explanation alone counts (`explanationColumn`). */
  explained: boolean
  /** Its column that names what each row answers (`Corpus.rowLabels`). */
  label?: number
}

function hiddenCells(headerNorm: string, context: readonly string[]): HiddenCells | null {
  const input = inputColumn(headerNorm)
  if (input >= 0) return { hide: (i) => i === input, verdicts: true, explained: false }
  const columns = headerNorm.split(CELL).map((c) => c.trim())
  const todo = columns.findIndex((c) => TODO_COLUMN.test(c))
  if (todo > 0) return { hide: (i) => i === todo, verdicts: false, explained: false }
  // A gap analysis ("Huidige stand | Plan / actie"): the plans beside what is in place are still to be done.
  const plan = columns.some((c) => CURRENT_COLUMN.test(c)) ? columns.findIndex((c) => PLAN_COLUMN.test(c)) : -1
  if (plan > 0) return { hide: (i) => i === plan, verdicts: false, explained: false }
  // What is now beside what is agreed ("Wat is er nu | Wat spreken we af | Wanneer"): the first tells the
  // situation the agreement changes ("Aanbieders laten hun kosten niet zien."), which denies nothing of it.
  const now = columns.findIndex((c) => CURRENT_COLUMN.test(c))
  if (now >= 0 && columns.some((c) => AGREED_COLUMN.test(c)))
    return { hide: (i) => i === now, verdicts: false, explained: false }
  // … as the old beside the new ("Oude visie 2021 | Nieuwe visie 2025"): what was is no evidence and denies nothing.
  const old = columns.findIndex((c) => OLD_COLUMN.test(c))
  if (old >= 0 && columns.some((c) => NEW_COLUMN.test(c)))
    return { hide: (i) => i === old, verdicts: false, explained: false }
  const kept = explanationColumn(headerNorm, context)
  if (kept) return { hide: (i) => i !== kept.keep, verdicts: false, explained: true, label: kept.label }
  return null
}

/**
 * A row's text with the cells its header hides blanked (spaces of the same length: `hiddenCells`), else the
 * text itself. `hidden` holds per header what it hides, found on the header's first row.
 */
function withoutOthersWords(
  block: Block,
  question: boolean,
  hidden: Map<number, HiddenCells | null>,
  headerNorm: (header: number) => readonly [string, ...string[]],
): string {
  if (block.type !== 'tableRow') return block.text
  // A row of a questionnaire ("Vraag 2.2 Op welke wijze borgt de regio …? | De regio …"): the answer counts.
  if (question) {
    const cells = block.text.split(CELL)
    return [' '.repeat(cells[0]!.length), ...cells.slice(1)].join(CELL)
  }
  if (block.header === undefined) return block.text
  let cells = hidden.get(block.header)
  if (cells === undefined) {
    const [header, ...context] = headerNorm(block.header)
    cells = hiddenCells(header, context)
    hidden.set(block.header, cells)
  }
  if (!cells) return block.text
  const texts = block.text.split(CELL)
  for (let i = 0; i < texts.length; i++)
    // "Niet overgenomen" answers the reaction; it says nothing of the arrangement beside it.
    if (cells.hide(i) || (cells.verdicts && VERDICT.test(texts[i]!))) texts[i] = ' '.repeat(texts[i]!.length)
  return texts.join(CELL)
}

/**
 * A row of a questionnaire: its first cell asks ("Vraag 3.1 Hoe is de toegang georganiseerd?"), the rest
 * answers. The question restates what is asked; it heads the answer as a label (`Corpus.rowLabels`).
 */
const QUESTION_CELL = /^\s*(vraag \d+(\.\d+)*\b[^|]*|[^|]{10,300}\?\s*)$/i
function isQuestionRow(text: string): boolean {
  const bar = text.indexOf(CELL)
  if (bar <= 0) return false
  const first = text.slice(0, bar)
  return (first.includes('?') || /^\s*vraag /i.test(first)) && QUESTION_CELL.test(first)
}

/** The sentences of a table row, across its cells (`partlyPutOff`). */
const ROW_PARTS = /\s*\|\s*|(?<=[.;!?])\s+/
/** A statement of its own, not a name or a date in a cell. */
const MIN_STATEMENT_WORDS = 6
/** A table header with a column of agreements made: "Nr. | Afspraak | Eigenaar | Datum | Status". */
const AGREEMENT_HEADER = /(^|\|)\s*(afspraak|afspraken|besluit|besluiten|wat is afgesproken)\s*(\||$)/

/** The title of a report on the current vision's period so far: its look back is the state of things now. */
const PROGRESS_REPORT =
  /\b(tussenevaluatie|tussentijdse evaluatie|midterm\w*|voortgangs(rapportage|verslag|rapport|brief)\w*|jaarverslag\w*|jaarrapportage\w*)\b/
const NOT_STATED = Flag.deferred | Flag.intention | Flag.negated | Flag.restated | Flag.question | Flag.past
/** Words in a text, separated by single spaces (normalised text). */
export function wordCount(text: string): number {
  let n = 0
  for (const w of text.split(' ')) if (w) n++
  return n
}

/**
 * `Corpus.partlyPutOff` by row text, across checks (a row is judged again only when its text changes): 0 for
 * a row that is not put off in part, else the markers that only its put-off sentences carry ("… welke
 * streefwaarden wij willen halen, bepalen wij pas na de nulmeting": the deferral and the wish in it), which
 * do not qualify the sentences stated without reserve.
 */
const PUT_OFF_IN_PART = new Map<string, number>()
function partlyPutOff(norm: string): number {
  let v = PUT_OFF_IN_PART.get(norm)
  if (v === undefined) {
    const parts = norm.split(ROW_PARTS)
    let putOff = 0
    let others = 0
    let stated = false
    if (parts.length >= 2)
      for (const part of parts) {
        // A short cell ("nog niet gestart", a date, a name) is tested for a deferral only: the status of the
        // whole row, its markers stay. A statement's markers are read once (they include the deferral).
        if (wordCount(part) < MIN_STATEMENT_WORDS) {
          if (defers((re) => re.test(part))) putOff |= Flag.deferred
          continue
        }
        const markers = markersOf(part)
        if (markers & Flag.deferred) putOff |= markers
        else {
          others |= markers
          if ((markers & NOT_STATED) === 0) stated = true
        }
      }
    v = putOff && stated ? putOff & ~others : 0
    if (PUT_OFF_IN_PART.size >= MAX_MEMO) PUT_OFF_IN_PART.clear()
    PUT_OFF_IN_PART.set(norm, v)
  }
  return v
}

/** Memo of sentences seen recently; emptied when it grows past MAX_MEMO (a plain bound on memory). */
const MEMO = new Map<string, UnitMemo>()
const MAX_MEMO = 40_000

function memoOf(norm: string): UnitMemo {
  let memo = MEMO.get(norm)
  if (!memo) {
    if (MEMO.size >= MAX_MEMO) MEMO.clear()
    memo = {
      bits: new Uint32Array(0),
      size: -1,
      results: new Int8Array(0),
      markers: -1,
      defers: -1,
      asked: 0,
      matched: 0,
      asked2: 0,
      matched2: 0,
      anyOf: NO_SETS,
    }
    MEMO.set(norm, memo)
  }
  return memo
}

/** `anyOf` before any set was asked: shared, replaced (never written) when a set is asked. */
const NO_SETS = new Int8Array(0)

/** `keys` of a unit that matches none: shared, never changed. */
const NONE: readonly string[] = Object.freeze([])

/** A map of patterns (`keys`): its entries, and the union of their cue bits. */
interface Group {
  entries: [string, Pattern][]
  mask: Uint32Array
  unfiltered: boolean
}

/**
 * One document prepared for the rules: its blocks and sentence units, with per-unit caches of
 * concept tests so that every regex runs at most once per unit (the checker runs on every typing pause).
 */
/**
 * The clause that leads an inline list the unit is an item of: "… contracteren wij regionaal: crisishulp;
 * gezinshuizen en pleegzorg; gesloten jeugdhulp" (the items are units of their own, split at the semicolons).
 */
function inlineLead(u: Unit): Unit | undefined {
  let p = u.prev
  for (let n = 0; p !== undefined && n < 12; p = p.prev, n++) {
    if (p.block !== u.block || p.block.text.charCodeAt(p.end) !== 59) return undefined
    if (p.text.includes(':')) return p
  }
  return undefined
}

/**
 * Struck through in a draft (Markdown `~~…~~`, which the editor keeps as plain text): deleted words, no
 * evidence. The unit starts inside a struck span of its block.
 */
function struck(u: Unit): boolean {
  const text = u.block.text
  if (!text.includes('~~')) return false
  let marks = 0
  for (let i = text.indexOf('~~'); i !== -1 && i <= u.start; i = text.indexOf('~~', i + 2)) marks++
  return marks % 2 === 1
}

/** Where a reviewer's comment opens inside a block's text ("… gemaakt. [Opmerking GI: welke afspraken?]"). */
const COMMENT_OPENS = /\[(opmerking|reactie|commentaar|noot|vraag)\b/gi
/** Per block with comments: where each opens and closes (the first "]" after it, or the end), in order. */
const COMMENT_SPANS = new WeakMap<Block, Int32Array>()

function commentSpans(block: Block): Int32Array {
  let spans = COMMENT_SPANS.get(block)
  if (!spans) {
    const found: number[] = []
    for (const m of block.text.matchAll(COMMENT_OPENS)) {
      const close = block.text.indexOf(']', m.index)
      found.push(m.index, close === -1 ? block.text.length : close)
    }
    spans = Int32Array.from(found)
    COMMENT_SPANS.set(block, spans)
  }
  return spans
}

/**
 * A reviewer's comment left in a draft, in brackets within a paragraph: what a reader asked or remarked,
 * not what the region wrote, so no evidence. (It may still put something off or say a part was taken
 * out: that it tells the reader of the draft.) The unit starts inside such a comment: inside the last
 * one opened before it (one opened earlier closes no later than that one).
 */
function inReviewComment(u: Unit): boolean {
  if (!u.block.text.includes('[')) return false
  const spans = commentSpans(u.block)
  let last = -1
  for (let lo = 0, hi = spans.length / 2 - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1
    if (spans[2 * mid]! <= u.start) {
      last = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return last >= 0 && spans[2 * last + 1]! >= u.start
}

export class Corpus {
  readonly blocks: Block[]
  readonly units: Unit[] = []
  /** Normalised title: the first heading ('' when there is none). */
  readonly title: string
  private readonly blockNorm: string[]
  private readonly flagCache: Int16Array
  private readonly nameCache: Int8Array
  /** Per unit: `deferred` and `counts` (-1 unknown, 0, 1); every opgave asks them of every unit. */
  private readonly deferredCache: Int8Array
  private readonly countsCache: Int8Array
  private readonly memos: UnitMemo[] = []
  private readonly groups = new Map<object, Group>()
  private cueWords = 1
  private cueSize = 0
  private cueScanned = false
  private readonly blockMemos: (UnitMemo | undefined)[] = []
  private readonly leadFlags = new Map<number, number>()
  /** Per block index: the id of its last unit. */
  private readonly lastUnit: number[] = []
  /** Per block index: what its status column says (`RowStatus`). */
  private readonly statusCache: Int8Array
  /** Per block index: one of the options set side by side (`isOption`; -1 unknown). */
  private readonly optionCache: Int8Array
  /** Footnote texts by their number (`footnote`), built on first use. */
  private footnotes: Map<string, string> | undefined
  /** Per table header block: the index of its status column, `NO_COLUMN` or `LEGEND`. */
  private readonly statusColumns = new Map<number, number>()
  private readonly topicColumns = new Map<number, number>()
  /** Headers of self-assessment tables whose explanation column alone counts (`explanationColumn`). */
  private readonly explained = new Map<number, number>()
  /** Per block: 1 for a row of a questionnaire (`isQuestionRow`). */
  private readonly questions: Uint8Array
  /** Per table header block: the index of its kind-of-entry column (`plannedEntry`), or -1. */
  private readonly timelineColumns = new Map<number, number>()
  /** Per block: its text prepared (`prepare`). */
  private readonly preps: BlockPrep[] = []
  /** `missingAnnexes`, found on first use. */
  private annexesMissing: Set<string> | undefined
  /** `ownRegions` and `otherRegions`, found on first use. */
  private ownNames: Set<string> | undefined
  private otherNames: Set<string> | undefined
  /** Per row of such a table: `rowLabels`. */
  private readonly labelCache = new Map<number, readonly string[]>()

  constructor(
    doc: JSONContent,
    /** The document's name, when several are checked together. */
    readonly name?: string,
  ) {
    this.blocks = mendWrappedHeadings(toBlocks(doc))
    this.blockNorm = []
    const hidden = new Map<number, HiddenCells | null>()
    let title: string | undefined
    // A table's header, with the heading it stands under and the document's title (`hiddenCells`).
    const headerNorm = (header: number): [string, ...string[]] => {
      const heading = this.blocks[header]!.heading
      return [this.blockNorm[header] ?? '', heading >= 0 ? (this.blockNorm[heading] ?? '') : '', title ?? '']
    }
    this.questions = new Uint8Array(this.blocks.length)
    for (const block of this.blocks) {
      const question = block.type === 'tableRow' && isQuestionRow(block.text)
      if (question) this.questions[block.index] = 1
      const prep = prepare(withoutOthersWords(block, question, hidden, headerNorm), block.type !== 'paragraph')
      this.preps.push(prep)
      if (title === undefined && block.type === 'heading') title = prep.norm
      this.blockNorm.push(prep.norm)
      let prev: Unit | undefined
      // The units' texts, kept with the prepared block when it was prepared from this very text.
      if (prep.text === block.text) prep.texts ??= prep.spans.map((s) => block.text.slice(s.start, s.end))
      const texts = prep.text === block.text ? prep.texts : undefined
      const heading = block.type === 'heading' || block.isHeader === true
      prep.spans.forEach(({ start, end }, i) => {
        const text = texts ? texts[i]! : block.text.slice(start, end)
        const norm = prep.units[i]!
        // Every field set at once: one object shape for all units.
        const unit: Unit = { id: this.units.length, block, start, end, text, norm, heading, prev, next: undefined }
        if (prev) prev.next = unit
        this.units.push(unit)
        this.memos.push(prep.memos[i]!)
        this.lastUnit[block.index] = unit.id
        prev = unit
      })
    }
    this.flagCache = new Int16Array(this.units.length).fill(-1)
    this.nameCache = new Int8Array(this.units.length).fill(-1)
    this.deferredCache = new Int8Array(this.units.length).fill(-1)
    this.countsCache = new Int8Array(this.units.length).fill(-1)
    this.statusCache = new Int8Array(this.blocks.length).fill(RowStatus.unknown)
    this.optionCache = new Int8Array(this.blocks.length).fill(-1)
    this.title = title ?? ''
    for (const [header, cells] of hidden) if (cells?.explained) this.explained.set(header, cells.label ?? 0)
  }

  /**
   * The labels of a self-assessment row whose explanation alone counts (`explanationColumn`): its own first
   * cell ("4c. Eén aanspreekpunt") and that of the group row above it ("4. Governance | |"), normalised, as
   * headings of what the explanation is about; a questionnaire row's question; or the cell of a column that
   * names each row's opgave (`TOPIC_COLUMN`). Empty for any other unit.
   */
  rowLabels(u: Unit): readonly string[] {
    const b = u.block
    if (b.type !== 'tableRow') return NONE
    const question = this.questionRow(b)
    const explained = !question && b.header !== undefined && this.explained.has(b.header)
    const column = question ? 0 : explained ? this.explained.get(b.header!)! : this.topicColumn(b.header)
    if (column < 0) return NONE
    let labels = this.labelCache.get(b.index)
    if (!labels) {
      const labelOf = (block: Block) => normalize(block.text.split(CELL)[column] ?? '')
      const found = [labelOf(b)]
      // A self-assessment's group row above ("4. Governance | |"); a question stands alone.
      if (explained)
        for (let i = b.index - 1; i > b.header!; i--) {
          const row = this.blocks[i]!
          if (row.type === 'tableRow' && row.header === b.header && this.groupRow(row, column)) {
            found.push(labelOf(row))
            break
          }
        }
      labels = found
      this.labelCache.set(b.index, labels)
    }
    return labels
  }

  /** The column of a table's header that names each row's opgave ("ID | Opgave | Onderdeel | …"), or -1. */
  private topicColumn(header: number | undefined): number {
    if (header === undefined) return -1
    let column = this.topicColumns.get(header)
    if (column === undefined) {
      column = (this.blockNorm[header] ?? '').split('|').findIndex((c) => TOPIC_COLUMN.test(c.trim()))
      this.topicColumns.set(header, column)
    }
    return column
  }

  /** The annexes the document says it does not hold (`ANNEXES_MISSING`), by number or letter, lower case. */
  private missingAnnexes(): ReadonlySet<string> {
    if (!this.annexesMissing) {
      this.annexesMissing = new Set()
      for (const prep of this.preps) {
        prep.annexes ??= annexesIn(prep.norm)
        for (const id of prep.annexes) this.annexesMissing.add(id)
      }
    }
    return this.annexesMissing
  }

  /** The unit points to an annex the document does not hold ("Zie bijlage 3." where bijlage 3 "wordt nagezonden"). */
  private toMissingAnnex(u: Unit): boolean {
    const missing = this.missingAnnexes()
    if (missing.size === 0) return false
    const ref = ANNEX_REF.exec(u.norm)
    return ref !== null && missing.has(ref[3]!)
  }

  /** A row with nothing but its label ("4. Governance | |"): a group's heading in a self-assessment. */
  private groupRow(row: Block, label: number): boolean {
    return row.text.split(CELL).every((cell, i) => i === label || GROUP_ROW.test(cell))
  }

  /** A row of a questionnaire (`isQuestionRow`), as found when the corpus was built. */
  private questionRow(b: Block): boolean {
    return this.questions[b.index] === 1
  }

  /** The names the document gives its own region (`OWN_REGION`), lower case. */
  ownRegions(): ReadonlySet<string> {
    if (!this.ownNames) this.findRegions()
    return this.ownNames!
  }

  /** The names the document gives other regions (`NAMED_REGIONS`, not its own nor in its title), lower case. */
  private otherRegions(): ReadonlySet<string> {
    if (!this.otherNames) this.findRegions()
    return this.otherNames!
  }

  private findRegions(): void {
    const own = new Set<string>()
    const named: string[] = []
    for (const prep of this.preps) {
      if (prep.regions === undefined) prep.regions = regionsIn(prep.text)
      const found = prep.regions
      if (!found) continue
      for (const name of found.own) own.add(name)
      named.push(...found.named)
    }
    this.ownNames = own
    this.otherNames = new Set(named.filter((name) => !own.has(name) && !this.title.includes(name)))
  }

  /** The unit tells what happens in another region it named (`IN_NAMED_PLACE`). */
  private inOtherRegion(u: Unit): boolean {
    if (this.otherRegions().size === 0) return false
    const t = u.text
    if (t.startsWith('In ') || t.startsWith('Bij ')) {
      const place = IN_NAMED_PLACE.exec(t)?.[1]
      return place !== undefined && this.otherRegions().has(place.toLowerCase()) && !this.has(u, OWN_PART)
    }
    // A quotation introduced as another region's text: "… de regiovisie van de regio Pelkwijk. Die hebben het
    // mooi opgeschreven:" over "\"JeugdzorgPlus kopen wij in met …\"".
    // (`otherRegions` above found the region names of every block: the lead's are kept on its prepared text.)
    const lead = u.block.lead
    if (lead !== undefined && QUOTATION.test(u.block.text) && this.namesOtherRegion(this.preps[lead]!.regions))
      return true
    // "… naar de regio Zandgouw. Die hebben met alle regio's in hun landsdeel afspraken gemaakt": the
    // sentence goes on about the region the one before named.
    if (u.prev && REFERS_TO_NAMED.test(t) && !this.has(u, OWN_SHARE) && this.namesOtherRegion(regionsIn(u.prev.text)))
      return true
    // "De regio Ottershoek heeft een convenant met …", as a sentence or a table cell of its own.
    // (also by its name alone, "Slikkerland heeft een uitgewerkte wachttijdenaanpak", or of those in it, "De
    // consortia in Slikkerland werken met prijzen …"; and the sentence after, on that: "Die aanpak geldt …")
    // (the patterns on the text with its capitals run only where the words they need occur, asked of the
    // sentence as every text-only pattern is: once per sentence text)
    if (this.has(u, REGION_HAS_VERB))
      for (const cell of u.block.type === 'tableRow' ? t.split(CELL) : [t]) {
        if (this.otherRegionHas(cell.trim())) return !this.has(u, OWN_SHARE)
      }
    if (u.prev && THAT_APPROACH.test(t) && !this.has(u, OWN_SHARE) && this.otherRegionHas(u.prev.text)) return true
    // Who speaks for that region: "De BVO Jeugd Slikkerland vertegenwoordigt de regio Slikkerland", "namens de
    // acht Slikkerlandse gemeenten".
    if (this.has(u, SPEAKS_FOR))
      for (const m of t.matchAll(FOR_REGION)) {
        const name = m[1]!.toLowerCase()
        if (this.otherRegions().has(name) || (name.endsWith('se') && this.otherRegions().has(name.slice(0, -2))))
          return !this.has(u, OWN_SHARE)
      }
    return false
  }

  /** What a region the document named elsewhere has or does, said of it alone (`OTHER_REGION_HAS`). */
  private otherRegionHas(text: string): boolean {
    const found = OTHER_REGION_HAS.exec(text)
    const name = found?.[1] ?? found?.[2]
    return name !== undefined && this.otherRegions().has(name.toLowerCase())
  }

  /** Whether region names found in a text (`regionsIn`) include another region than the document's own. */
  private namesOtherRegion(found: RegionNames | null | undefined): boolean {
    return found?.named.some((name) => this.otherRegions().has(name)) ?? false
  }

  /** Normalised text of a block. */
  norm(block: Block | number): string {
    return this.blockNorm[typeof block === 'number' ? block : block.index] ?? ''
  }

  /** Whether the unit's own text matches. Cached per (sentence, pattern); skipped when its literals are absent. */
  has(u: Unit, re: RegExp): boolean {
    return this.matches(u, CUES.pattern(re))
  }

  /**
   * Whether the unit may match one of the patterns: one of its literals occurs in it (or a pattern
   * cannot be prefiltered). False means none of them can match; true still has to be tested.
   */
  mayMatch(u: Unit, set: PatternSet): boolean {
    if (set.unfiltered) return true
    if (!this.cueScanned) this.scanCues()
    const memo = this.memos[u.id]!
    if (set.maxId >= memo.size) return true
    const { bits } = memo
    const { mask } = set
    for (let w = 0; w < mask.length; w++) if ((bits[w]! & mask[w]!) !== 0) return true
    return false
  }

  /**
   * Whether the unit matches any pattern of the set: its cue bits first, then the patterns themselves,
   * once per sentence text (kept across checks, like each pattern's result).
   */
  matchesAny(u: Unit, set: PatternSet): boolean {
    const memo = this.memos[u.id]!
    const id = set.id
    if (id < SETS_IN_FIELDS) {
      const low = id < 30
      const bit = 1 << (low ? id : id - 30)
      if (((low ? memo.asked : memo.asked2) & bit) !== 0) return ((low ? memo.matched : memo.matched2) & bit) !== 0
      const v = this.anyMatches(u, set)
      if (low) {
        memo.asked |= bit
        if (v) memo.matched |= bit
      } else {
        memo.asked2 |= bit
        if (v) memo.matched2 |= bit
      }
      return v
    }
    if (id >= memo.anyOf.length) {
      const grown = new Int8Array(id + 16).fill(-1)
      grown.set(memo.anyOf)
      memo.anyOf = grown
    }
    let v = memo.anyOf[id]!
    if (v < 0) memo.anyOf[id] = v = this.anyMatches(u, set) ? 1 : 0
    return v === 1
  }

  /** Whether any pattern of the set matches: the cue bits first, then the patterns that may. */
  private anyMatches(u: Unit, set: PatternSet): boolean {
    if (!this.mayMatch(u, set)) return false
    for (const p of set.patterns) if (this.matches(u, p)) return true
    return false
  }

  /** `has` for a pattern already looked up (the hot loops keep theirs). */
  matches(u: Unit, pattern: Pattern): boolean {
    if (!this.cueScanned) this.scanCues()
    const memo = this.memos[u.id]!
    const id = pattern.id
    // A pattern without literals, or registered after the sentence's scan, is always run; any other
    // only when one of its literals occurs in the sentence.
    if (pattern.literals !== null && id < memo.size && ((memo.bits[id >>> 5]! >>> (id & 31)) & 1) === 0) return false
    let results = memo.results
    if (id >= results.length) {
      results = new Int8Array(Math.max(CUES.size, id + 1) + 32).fill(-1)
      results.set(memo.results)
      memo.results = results
    }
    const v = results[id]!
    if (v >= 0) return v === 1
    const r = pattern.re.test(u.norm)
    results[id] = r ? 1 : 0
    return r
  }

  /**
   * Scans for every known pattern's literals the sentences not yet scanned with all of them (on the
   * first check of a document, all; on a check after typing, the sentences that changed).
   */
  private scanCues(): void {
    this.cueScanned = true
    const size = CUES.size
    const stale = this.units.filter((u) => this.memos[u.id]!.size < size)
    if (stale.length) {
      const { bits, words } = CUES.scan(stale.map((u) => u.norm))
      stale.forEach((u, i) => {
        const memo = this.memos[u.id]!
        memo.bits = bits.slice(i * words, (i + 1) * words)
        memo.size = size
      })
    }
    this.cueSize = size
    this.cueWords = Math.ceil(size / 32) || 1
  }

  /**
   * The keys of `map` whose pattern the unit matches. One check of the unit's cue bits against all the
   * map's patterns first: most sentences match none of them.
   */
  keys(u: Unit, map: Readonly<Record<string, RegExp>>): readonly string[] {
    const group = this.groups.get(map) ?? this.group(map)
    if (!group.unfiltered) {
      const bits = this.memos[u.id]!.bits
      let any = 0
      for (let w = 0; w < group.mask.length; w++) any |= (bits[w] ?? 0) & group.mask[w]!
      if (!any) return NONE
    }
    let keys: string[] | undefined
    for (const [key, pattern] of group.entries)
      if (this.matches(u, pattern)) {
        keys ??= []
        keys.push(key)
      }
    return keys ?? NONE
  }

  private group(map: Readonly<Record<string, RegExp>>): Group {
    const entries = Object.entries(map).map(([key, re]): [string, Pattern] => [key, CUES.pattern(re)])
    const patterns = entries.map(([, p]) => p)
    if (!this.cueScanned) this.scanCues()
    const mask = new Uint32Array(this.cueWords)
    let unfiltered = false
    for (const p of patterns) {
      // Without literals, or unknown when the sentences were scanned: the map cannot be skipped.
      if (!p.literals || p.id >= this.cueSize) unfiltered = true
      else mask[p.id >>> 5]! |= 1 << (p.id & 31)
    }
    const group = { entries, mask, unfiltered }
    this.groups.set(map, group)
    return group
  }

  /** Whether the unit matches any pattern of `map`. */
  hasAny(u: Unit, map: Readonly<Record<string, RegExp>>): boolean {
    for (const key in map) if (this.has(u, map[key]!)) return true
    return false
  }

  /** Whether the unit or its neighbours in the same block match (for "deze functies", "hiervoor"). */
  near(u: Unit, re: RegExp): boolean {
    if (
      this.has(u, re) ||
      (u.prev !== undefined && this.has(u.prev, re)) ||
      (u.next !== undefined && this.has(u.next, re))
    )
      return true
    const lead = inlineLead(u)
    return lead !== undefined && this.has(lead, re)
  }

  /**
   * An item of a list of who was consulted ("Voor de inhoud zijn de volgende partijen geraadpleegd:" over
   * "medewerkers van de lokale jeugdteams en de praktijkondersteuners jeugd;"): it names who took part in
   * making the vision (opgave 1), not what the region arranged with them.
   */
  consultedItem(u: Unit): boolean {
    const lead = u.block.lead
    // (an item of a list, or a row of a table, under "Wij spraken met:" or "… heeft input opgehaald.")
    return (
      (u.block.listItem === true || u.block.type === 'tableRow') &&
      lead !== undefined &&
      this.blockHas(lead, CONSULTED_LEAD)
    )
  }

  /** Whether a block's text matches. Cached per (block, pattern). */
  blockHas(index: number, re: RegExp): boolean {
    const norm = this.blockNorm[index]
    if (norm === undefined) return false
    // The same memo as sentences: a result depends on the text only.
    const memo = this.blockMemos[index] ?? memoOf(norm)
    this.blockMemos[index] = memo
    const id = CUES.pattern(re).id
    if (id >= memo.results.length) {
      const results = new Int8Array(Math.max(CUES.size, id + 1) + 32).fill(-1)
      results.set(memo.results)
      memo.results = results
    }
    const v = memo.results[id]!
    if (v >= 0) return v === 1
    const r = re.test(norm)
    memo.results[id] = r ? 1 : 0
    return r
  }

  /** Whether what introduces the unit (list lead-in, table header) or a heading above it matches. */
  around(u: Unit, re: RegExp): boolean {
    const b = u.block
    if (b.lead !== undefined && this.blockHas(b.lead, re)) return true
    // A self-assessment row's labels head it ("6c. Gezamenlijk contractbeheer | … | Inkoopteam Rodenlaar …").
    if (this.labelledBy(u, re)) return true
    if (b.header !== undefined && this.blockHas(b.header, re)) return true
    for (const h of b.headings) if (this.blockHas(h, re)) return true
    return false
  }

  /** The unit, its neighbours, its lead-in, table header or headings match. */
  context(u: Unit, re: RegExp): boolean {
    return this.near(u, re) || this.around(u, re)
  }

  /**
   * The paragraph goes on about what a paragraph just before it named: it opens with a pronoun ("Wat doen
   * die teams? …" then "Ze beginnen met luisteren. … Ze kijken breed."), and one of the two paragraphs
   * before it, under the same heading, matches.
   */
  carriedOver(u: Unit, re: RegExp): boolean {
    const b = u.block
    if (b.type !== 'paragraph' || !PRONOUN_START.test(this.blockNorm[b.index] ?? '')) return false
    for (let i = b.index - 1; i >= Math.max(0, b.index - 2); i--) {
      const before = this.blocks[i]!
      if (before.type !== 'paragraph' || before.heading !== b.heading) return false
      if (this.blockHas(i, re)) return true
    }
    return false
  }

  /** The nearest heading above the unit matches (not the headings further up). */
  underHeading(u: Unit, re: RegExp): boolean {
    return (u.block.heading >= 0 && this.blockHas(u.block.heading, re)) || this.labelledBy(u, re)
  }

  private labelledBy(u: Unit, re: RegExp): boolean {
    const labels = this.rowLabels(u)
    for (let i = 0; i < labels.length; i++) if (re.test(labels[i]!)) return true
    return false
  }

  /** The lead-in or table header matches (not the neighbours). */
  lead(u: Unit, re: RegExp): boolean {
    const b = u.block
    return (
      (b.lead !== undefined && this.blockHas(b.lead, re)) || (b.header !== undefined && this.blockHas(b.header, re))
    )
  }

  /** Marker bits (see `Flag`), with a list item inheriting a restating lead-in ("De NvO vraagt: …"). */
  flags(u: Unit): number {
    const cached = this.flagCache[u.id]!
    if (cached >= 0) return cached
    const memo = this.memos[u.id]!
    if (memo.markers < 0) memo.markers = markersOf(u.norm, (re) => this.has(u, re))
    let f = memo.markers
    if (this.rollsOut(u)) f &= ~Flag.deferred
    const lead = u.block.lead
    if (lead !== undefined) {
      const leadFlags = this.leadMarkers(lead)
      if (leadFlags & Flag.restated) f |= Flag.restated
      // A lead-in that is only a label ("Nog niet besloten:", "Wat wij willen:", "Wat ging goed:")
      // says what every item under it is.
      // … and one that reports a request ("Het Brancheoverleg vraagt om:") makes each item a request.
      if (this.isLabel(lead)) f |= leadFlags & (Flag.deferred | Flag.intention | Flag.past | Flag.question)
      // A motion's "verzoekt het college" makes each item a request.
      if (this.blockHas(lead, MOTION_REQUEST)) f |= Flag.question
    }
    const heading = u.block.heading
    // (not a table of what the document holds, "Opgave | Wat staat er | Wat ontbreekt nog", under "Opgaven uit de NvO")
    const reportsContent = u.block.header !== undefined && this.blockHas(u.block.header, CURRENT_HEADER)
    if (
      (heading >= 0 && this.blockHas(heading, RESTATING_HEADING) && !reportsContent) ||
      this.blockHas(u.block.index, RESTATING_LABEL)
    )
      f |= Flag.restated
    if (this.blockHas(u.block.index, INTENTION_LABEL)) f |= Flag.intention
    // A self-assessment against the norm ("Zelfevaluatie NvO", "Opgave | Status | gereed") is no evidence.
    // Its explanation column, all that is left of a row for matching, is the region's own account.
    const explained = u.block.header !== undefined && this.explained.has(u.block.header)
    if (
      !explained &&
      ((heading >= 0 && this.blockHas(heading, SELF_ASSESSMENT)) ||
        (u.block.header !== undefined && this.blockHas(u.block.header, SELF_ASSESSMENT)))
    )
      f |= Flag.restated
    // A look back ("Terugblik", "Wat ging goed:") tells what was, in the whole paragraph or section.
    // (not in a report on the vision's own period so far, "Tussenevaluatie Regiovisie 2023–2026": its look
    // back tells what is in place now)
    if (
      (this.blockHas(u.block.index, RETROSPECTIVE) ||
        (heading >= 0 && this.blockHas(heading, RETROSPECTIVE_HEADING))) &&
      !PROGRESS_REPORT.test(this.title)
    )
      f |= Flag.past
    // A paragraph labelled "Voorstel." is still to be decided, as is an item under "Actiepunten".
    if (this.blockHas(u.block.index, PROPOSAL_LABEL) || (heading >= 0 && this.blockHas(heading, ACTION_HEADING)))
      f |= Flag.deferred
    // A recommendation asks for an arrangement, as a request does.
    if (
      (heading >= 0 && this.blockHas(heading, RECOMMENDATION_HEADING)) ||
      this.blockHas(u.block.index, RECOMMENDATION_LABEL)
    )
      f |= Flag.question
    if (this.inOtherRegion(u)) f |= Flag.elsewhere
    // "Variant B – …", a row of a table of options: one of the options, not the choice.
    if (this.isOption(u) || this.has(u, OPTIONS_NAMED)) f |= Flag.option
    // A row of an action list ("actie | trekker | gereed") is work still to be done, unless its status
    // says it is done or running ("… | 1 januari 2026 | gereed"): then it tells what is in place.
    const header = u.block.header
    if (header !== undefined && this.actionTable(header) && !this.actionDone(u, header)) f |= Flag.deferred
    // A status column qualifies its row: "nog te doen" is work still to be done; a legend explains only.
    const status = this.rowStatus(u)
    if (status === RowStatus.toDo) f |= Flag.deferred
    else if (status === RowStatus.legend) f = (f & ~Flag.deferred) | Flag.restated
    // Under way: what is in place counts, and a deferral in the row still counts as one too (`partlyDone`).
    else if (status === RowStatus.inProgress) f &= ~(Flag.deferred | this.partlyPutOff(u.block.index))
    else if (status === RowStatus.overview) f |= Flag.title
    this.flagCache[u.id] = f
    return f
  }

  /**
   * Marker bits of a lead-in paragraph, kept per block: of its last sentence, the one that introduces
   * the list ("De wet vraagt welke vormen … . Vanaf 2027 contracteren wij gezamenlijk:" restates nothing
   * about the items).
   */
  private leadMarkers(lead: number): number {
    let f = this.leadFlags.get(lead)
    if (f === undefined) {
      const last = this.lastUnit[lead]
      const u = last === undefined ? undefined : this.units[last]
      f = u ? markersOf(u.norm, (re) => this.has(u, re)) : 0
      this.leadFlags.set(lead, f)
    }
    return f
  }

  /** A short paragraph ending in a colon that only labels what follows. */
  private isLabel(block: number): boolean {
    const norm = this.blockNorm[block] ?? ''
    // Block texts are trimmed (outline.ts).
    return norm.length <= MAX_LABEL && norm.charCodeAt(norm.length - 1) === 58
  }

  /** Concrete detail: a number, a date, an amount. */
  concrete(u: Unit): boolean {
    return this.has(u, CONCRETE)
  }

  /** A name: a capitalised word inside the sentence, or an acronym (on the original text). */
  named(u: Unit): boolean {
    let v = this.nameCache[u.id]!
    if (v < 0) {
      v = NAME.test(u.text) ? 1 : 0
      this.nameCache[u.id] = v
    }
    return v === 1
  }

  /**
   * What the status column of a table row says ("nr | afspraak | wie | status"): the cell under a header
   * cell "status" (or "stand", "voortgang") opening with "nog te doen" and the like; a table whose header
   * also has a column "betekenis" (or "toelichting") is a legend of those values.
   */
  private rowStatus(u: Unit): RowStatus {
    const b = u.block
    let status = this.statusCache[b.index]!
    if (status !== RowStatus.unknown) return status
    status = RowStatus.none
    // An action list ("actie | trekker | stand") is work still to be done as a whole (`flags`); its
    // status column does not make each open row a deferral of whatever opgave its words name.
    const header = b.type === 'tableRow' ? b.header : undefined
    // A self-assessment's status is the region's own verdict: its explanation speaks for itself.
    const column =
      header !== undefined && !this.actionTable(header) && !this.explained.has(header)
        ? this.statusColumn(header)
        : NO_COLUMN
    if (column === LEGEND) status = RowStatus.legend
    else if (column === NO_COLUMN && b.type === 'tableRow' && (header !== undefined || this.questionRow(b))) {
      // No status column, but every cell beside the first is open ("Inzicht in tariefopbouw | Open | — | Open"):
      // the row names what is still to be agreed.
      const cells = (this.blockNorm[b.index] ?? '').split('|').map((c) => c.trim())
      const rest = cells.slice(1)
      if (
        header !== undefined &&
        rest.length &&
        rest.every((c) => c === '' || DASH.test(c) || OPEN_CELL.test(c)) &&
        rest.some((c) => OPEN_CELL.test(c))
      )
        status = RowStatus.toDo
      else if (header !== undefined && this.plannedEntry(header, cells)) status = RowStatus.toDo
      else if (this.partlyPutOff(b.index) !== 0) status = RowStatus.inProgress
    } else if (column >= 0) {
      const cells = (this.blockNorm[b.index] ?? '').split('|')
      const cell = cells[column]?.trim() ?? ''
      // (in a register of agreements, "Nr. | Afspraak | Eigenaar | Datum | Status", the status "open" is the
      // agreement not carried out yet: it is made, and says by when; "nog te doen" is still to be agreed)
      if (STATUS_TABLE.toDo.test(cell))
        status = cell === 'open' && this.blockHas(header!, AGREEMENT_HEADER) ? RowStatus.none : RowStatus.toDo
      else if (STATUS_TABLE.inProgress.test(cell)) status = RowStatus.inProgress
      else if (TRAFFIC_LIGHT.test(cell)) {
        const rest = cells.filter((_, i) => i !== column).join(' ')
        if (wordCount(rest) <= MAX_OVERVIEW_WORDS && !FINITE_VERB.test(rest)) status = RowStatus.overview
      }
    }
    this.statusCache[b.index] = status
    return status
  }

  /**
   * A row whose cells hold whole sentences, one of which puts something off while another states an
   * arrangement without reserve ("Gesloten jeugdhulp kopen wij nu met drie regio's in. … De nieuwe
   * afspraken maken wij in 2025."): in place in part, like a row "in uitvoering".
   */
  private partlyPutOff(block: number): number {
    return partlyPutOff(this.blockNorm[block] ?? '')
  }

  private statusColumn(header: number): number {
    let column = this.statusColumns.get(header)
    if (column === undefined) {
      const cells = (this.blockNorm[header] ?? '').split('|').map((c) => c.trim())
      column = cells.findIndex((c) => STATUS_TABLE.column.test(c))
      if (column >= 0 && cells.some((c) => STATUS_TABLE.legend.test(c))) column = LEGEND
      this.statusColumns.set(header, column)
    }
    return column
  }

  /**
   * A row of an action list whose status column says it is planned ("gepland"): put off to its date.
   * ("open" alone is left to the row's own words: "open (regeling staat in 7.1)" refers to what is there.)
   */
  private actionPending(u: Unit): boolean {
    const header = u.block.header
    return header !== undefined && this.actionTable(header) && STATUS_TABLE.planned.test(this.statusCell(u, header))
  }

  /** A row of an action list whose status column says it is done or running (`STATUS_TABLE.done`). */
  private actionDone(u: Unit, header: number): boolean {
    return STATUS_TABLE.done.test(this.statusCell(u, header))
  }

  /** A row's cell in its header's status column ('' without one). */
  private statusCell(u: Unit, header: number): string {
    const column = this.statusColumn(header)
    if (column < 0) return ''
    return (this.blockNorm[u.block.index] ?? '').split('|')[column]?.trim() ?? ''
  }

  /**
   * A step with a date in an action list ("Publicatie inkoopprocedure | 1 juni 2026 | gepland"): the
   * list is work still to be done, but a dated step of it is a planning. Counts for an element that is
   * a planning, or of an arrangement when the row states it (`ElementRule.scheduled`), when nothing but
   * being still to do keeps it from counting.
   */
  scheduledStep(u: Unit, kind: 'step' | 'arrangement'): boolean {
    const header = u.block.header
    return (
      header !== undefined &&
      this.actionTable(header) &&
      this.has(u, MOMENT) &&
      (kind === 'step' || !this.has(u, PREPARES)) &&
      this.countsNow(u, Flag.deferred | Flag.softIntention)
    )
  }

  /** A header of actions still to be done (`ACTION_TABLE`), unless a column says what is in place now. */
  private actionTable(header: number): boolean {
    return this.blockHas(header, ACTION_TABLE) && !this.blockHas(header, CURRENT_HEADER)
  }

  /** A timeline entry still planned (`TIMELINE`), by the header's kind-of-entry column. */
  private plannedEntry(header: number, cells: readonly string[]): boolean {
    let column = this.timelineColumns.get(header)
    if (column === undefined) {
      column = (this.blockNorm[header] ?? '').split('|').findIndex((c) => TIMELINE.column.test(c.trim()))
      this.timelineColumns.set(header, column)
    }
    return column > 0 && TIMELINE.planned.test(cells[column] ?? '')
  }

  /** A row whose status says it is under way ("in uitvoering"): evidence, and a deferral if its words put part off. */
  partlyDone(u: Unit): boolean {
    return this.rowStatus(u) === RowStatus.inProgress
  }

  /** The rest follows on a date, after a sentence that says it is in place in part already (`REST_FOLLOWS`). */
  private rollsOut(u: Unit): boolean {
    return u.prev !== undefined && this.has(u, REST_FOLLOWS) && this.has(u.prev, IN_PLACE_IN_PART)
  }

  /**
   * Looking into something as part of an evaluation just named ("In 2027 evalueren wij de visie. Wij kijken
   * dan of de ambities binnen bereik liggen."): the evaluation of what is decided, not a deferral.
   */
  private continuesEvaluation(u: Unit): boolean {
    return (
      u.prev !== undefined &&
      this.has(u, AT_THAT_MOMENT) &&
      this.has(u.prev, EVALUATION) &&
      !this.has(u, DEFERRAL) &&
      !this.has(u, NOT_YET)
    )
  }

  /** Whether the unit puts something off ("werken wij uit in de inkoopstrategie"). */
  deferred(u: Unit): boolean {
    let v = this.deferredCache[u.id]!
    if (v < 0) this.deferredCache[u.id] = v = this.defersNow(u) ? 1 : 0
    return v === 1
  }

  /** One of the options set side by side: a paragraph labelled "Optie A:" or a row of a table of options. */
  private isOption(u: Unit): boolean {
    const b = u.block
    let v = this.optionCache[b.index]!
    if (v < 0) {
      const header = b.type === 'tableRow' ? b.header : undefined
      // (also everything under a heading that names one option: "Scenario C – Eén jeugdorganisatie")
      v =
        this.blockHas(b.index, OPTION_LABEL) ||
        (header !== undefined && this.blockHas(header, OPTIONS_HEADER)) ||
        (b.heading >= 0 && this.blockHas(b.heading, OPTION_LABEL))
          ? 1
          : 0
      this.optionCache[b.index] = v
    }
    return v === 1
  }

  private defersNow(u: Unit): boolean {
    // What an option would bring ("nog geen ervaring mee") puts nothing off.
    if (this.isOption(u)) return false
    const status = this.rowStatus(u)
    if (status === RowStatus.toDo || status === RowStatus.legend) return status === RowStatus.toDo
    const memo = this.memos[u.id]!
    if (memo.defers < 0) memo.defers = defers((re) => this.has(u, re)) ? 1 : 0
    const putOff = memo.defers
      ? !this.rollsOut(u) && !this.continuesEvaluation(u)
      : this.toMissingAnnex(u) ||
        // A row of an action list still to be done ("Verkennen van afspraken met buurregio's | 2027 | gepland"),
        // unless it is an evaluation (a moment to look back, not work put off).
        (this.actionPending(u) && !this.has(u, EVALUATION)) ||
        // An item under a label that puts it off ("Nog niet besloten:").
        this.underDeferringLabel(u)
    if (!putOff) return false
    // (the sentence's context, asked only of a sentence that would put something off)
    const f = this.flags(u)
    // What others say or want ("Teamleiders willen nog een scholingsdag") puts nothing of the region's off.
    if (f & Flag.elsewhere) return false
    // An unticked box on a list of what the norm asks ("[ ] lokale toegang verbonden met specialistische hulp"
    // under "Wat de NvO van ons vraagt") restates the norm: it puts nothing of the region's off.
    return !(f & Flag.restated && this.has(u, UNCHECKED))
  }

  private underDeferringLabel(u: Unit): boolean {
    const lead = u.block.lead
    return lead !== undefined && this.isLabel(lead) && (this.leadMarkers(lead) & Flag.deferred) !== 0
  }

  /**
   * Whether the unit can be evidence: it does not only defer, intend, negate, restate or ask. A soft
   * future ("wij gaan … toepassen") counts only with concrete detail.
   */
  counts(u: Unit): boolean {
    let v = this.countsCache[u.id]!
    if (v < 0) this.countsCache[u.id] = v = this.countsNow(u) ? 1 : 0
    return v === 1
  }

  /** One of the next three sentences (into the next paragraph at most) turns down what this one proposes. */
  private turnedDown(u: Unit): boolean {
    for (let i = u.id + 1; i <= u.id + 3 && i < this.units.length; i++) {
      const next = this.units[i]!
      if (next.block.index > u.block.index + 1 || next.block.type !== 'paragraph') break
      if (this.has(next, TURNS_DOWN_PREVIOUS)) return true
    }
    return this.rejectedByReviewer(u.block.index)
  }

  /**
   * A reviewer's comment right after the paragraph (past bracketed notes such as "[Einde tussen haken]")
   * rejects it: "[Opmerking: Deze alinea klopt niet meer. Graag schrappen.]", "[Opmerking: Niet akkoord …]".
   */
  private rejectedByReviewer(block: number): boolean {
    for (let i = block + 1; i <= block + 3 && i < this.blocks.length; i++) {
      const next = this.blocks[i]!
      if (next.type !== 'paragraph') return false
      const norm = this.blockNorm[i] ?? ''
      if (REVIEW_COMMENT.test(norm)) return this.blockHas(i, REJECTS_PARAGRAPH)
      if (!BRACKETED_NOTE.test(norm)) return false
    }
    return false
  }

  /**
   * `counts`, for what is told in the past by nature: how the vision came about (who took part, which
   * councils adopted it) is evidence also under "Terugblik" or in past tense.
   */
  countsTold(u: Unit): boolean {
    return this.counts(u) || this.countsNow(u, Flag.past)
  }

  private countsNow(u: Unit, allowed = 0): boolean {
    // A sentence just after turns it down: "De gemeenten hebben dat model niet overgenomen."
    if (this.turnedDown(u) || struck(u) || inReviewComment(u)) return false
    const f = this.flags(u) & ~allowed
    if (
      f &
      (Flag.deferred |
        Flag.intention |
        Flag.negated |
        Flag.restated |
        Flag.question |
        Flag.past |
        Flag.option |
        Flag.title |
        Flag.elsewhere)
    )
      return false
    // "Vanaf 2026 gaan wij taakgericht bekostigen" is a decision; "in 2026 gaan wij een protocol opstellen" is not yet.
    if (f & Flag.softIntention && (!this.concrete(u) || this.has(u, PREPARING))) return false
    return true
  }

  /**
   * The text of the footnote a unit refers to ("… vastgesteld door de gemeenteraden.[9]" and, further
   * on, a paragraph "[9] Raadsbesluiten: …"), or undefined. A text export keeps footnotes that way.
   */
  footnote(u: Unit): string | undefined {
    const marker = FOOTNOTE_MARK.exec(u.text)
    if (!marker) return undefined
    if (!this.footnotes) {
      this.footnotes = new Map()
      for (const b of this.blocks) {
        const m = FOOTNOTE_START.exec(b.text)
        if (m && !this.footnotes.has(m[1]!)) this.footnotes.set(m[1]!, b.text)
      }
    }
    const text = this.footnotes.get(marker[1]!)
    return text === undefined || text === u.block.text ? undefined : text
  }

  /** Text of the nearest heading above the unit ('' when there is none). */
  sectionOf(u: Unit): string {
    return u.block.heading >= 0 ? (this.blocks[u.block.heading]?.text ?? '') : ''
  }
}
