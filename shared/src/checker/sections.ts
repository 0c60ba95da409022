import type { Corpus, Unit } from './corpus.ts'
import type { RuleSet } from './engine/types.ts'
import { FINITE_VERB } from './text/markers.ts'

/**
 * What a section heading is about, as data: per opgave rule (by its id), the words a heading uses for
 * its topic. Each entry is a word or the start of a word, in lower case without accents, matched at a
 * word start ("inkoop" also finds "inkoopstrategie"; "regio's" needs no entry of its own). A heading
 * about one opgave tells that a sentence beneath it qualifies that opgave and not another one.
 * Extend a list when a region heads its chapters otherwise.
 */
export const SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  regiovisie: [
    'totstandkoming',
    'tot stand',
    'participatie',
    'vaststelling',
    'besluitvorming',
    'meegedacht',
    'inbreng',
  ],
  beschikbaarheid: [
    'beschikbaarheid',
    'continuiteit',
    'kwetsbare functies',
    'kwetsbaar aanbod',
    'jeugdfuncties',
    'specialistische functies',
    'overeind',
    'zorglandschap',
    // "Functies die er altijd moeten zijn" ("basisfuncties" is not matched: words match at a word start)
    'functies',
  ],
  toegang: [
    'toegang',
    'lokale team',
    'wijkteam',
    'buurtteam',
    'gebiedsteam',
    'jeugdteam',
    'gezinsteam',
    'basisfuncties',
    'voordeur',
  ],
  governance: [
    'governance',
    'bestuur',
    'samenwerkingsvorm',
    'rechtsvorm',
    'juridische vorm',
    'vrijblijvend',
    'aanspreekpunt',
    'gemeenschappelijke regeling',
    'organisatie van de samenwerking',
    'samen besluiten',
    'besturen',
    'sturing',
  ],
  bovenregionaal: [
    'bovenregiona',
    'andere regio',
    'buurregio',
    'landsde',
    'regio-overstijgend',
    'supraregiona',
    'regiogrens',
    'buiten de regio',
    'grens van de regio',
    'grenzen van de regio',
  ],
  'administratieve-lasten': [
    'administratieve last',
    'administratie',
    'regeldruk',
    'uitvoeringsvariant',
    'formulieren',
    'verantwoording',
    'verantwoorden',
    'afrekenen',
    'declarer',
  ],
  inkoop: ['inkoop', 'inkopen', 'contractering', 'contracteren', 'aanbesteding', 'aanbesteden'],
  tarieven: ['tarie', 'prijs', 'prijzen', 'kostprijs', 'vergoeding', 'financien'],
  wachttijden: ['wachttijd', 'wachtlijst', 'wachten'],
  inkoopbeleid: ['inkoopbeleid', 'afstemming'],
  'regionale-vormen': [
    'regionaal gecontracteerd',
    'regionale vormen',
    'regionaal worden gecontracteerd',
    'regionaal ingekocht',
    'regionaal in te kopen',
  ],
  vertegenwoordiging: ['vertegenwoordig', 'legal representation'],
}

const compiled = new Map<string, RegExp>()
function headingPattern(ruleId: string): RegExp | undefined {
  const words = SECTION_WORDS[ruleId]
  if (!words) return undefined
  let re = compiled.get(ruleId)
  if (!re) {
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, '\\$&'))
    re = new RegExp(`\\b(${escaped.join('|')})`)
    compiled.set(ruleId, re)
  }
  return re
}

/** The vision named with its period: "regiovisie jeugdhulp vlietmarke 2024-2028". */
const NAMES_THE_VISION = /\bregiovisie\b[^|]{0,60}\b(19|20)\d\d ?(-|\u2013|t\/m|tot( en met)?) ?(19|20)?\d\d\b/

/** A heading about what lies outside a named place: "Buiten Vennenland". */
const OUTSIDE_OWN = /\bbuiten (\p{L}[\p{L}-]+)\s*$/u

/** A row label that numbers its opgave ("Opgave 4", "opgave 4 – governance"). */
const LABEL_NUMBER = /^opgave (\d{1,2})\b/
/** The norm's name for its first opgave, as a row label. */
const FIRST_OPGAVE = /^(de )?regiovisie$/

/** A short label run in before its paragraph's first sentence: "Afstemming van het inkoopbeleid. …" */
const RUN_IN_LABEL = /^((?:[^\s.:;]+ ){0,5}[^\s.:;]+)\. /

/** A heading for the rest of its parent's topic: "Overige functies", "Andere afspraken". */
const THE_REST = /^([\d.]+\s+)?(overige|andere|verdere|resterende)\b/

/**
 * For each unit of a corpus: the rules (ids) whose topic the nearest heading that names any topic is
 * about, or undefined when no heading above it names one.
 */
export function sectionTopics(corpus: Corpus, ruleset: RuleSet): (u: Unit) => ReadonlySet<string> | undefined {
  const patterns = ruleset.opgaven
    .map(({ rule }) => [rule.id, headingPattern(rule.id)] as const)
    .filter((p): p is readonly [string, RegExp] => p[1] !== undefined)
  // The topics of a heading's or a row label's normalised text, kept per text.
  const byText = new Map<string, Set<string> | null>()
  const topicsOfText = (text: string): Set<string> | null => {
    let topics = byText.get(text)
    if (topics === undefined) {
      topics = new Set(patterns.filter(([, re]) => re.test(text)).map(([id]) => id))
      if (topics.size === 0) topics = null
      byText.set(text, topics)
    }
    return topics
  }
  // A heading that names the vision itself with its period ("4. Raadsvoorstel Vaststelling Regiovisie Jeugdhulp
  // Vlietmarke 2024–2028", an agenda item) is about the whole document, not about one opgave.
  // "Dia 17 – Buiten Vennenland" in Vennenland's own document: beyond the region, as "buiten de regio".
  const beyond = patterns.some(([id]) => id === 'bovenregionaal') ? new Set(['bovenregionaal']) : null
  const topicsOf = (heading: number) => {
    const norm = corpus.norm(heading)
    if (NAMES_THE_VISION.test(norm)) return null
    const topics = topicsOfText(norm)
    if (topics || !beyond) return topics
    const outside = OUTSIDE_OWN.exec(norm)?.[1]
    return outside && outside.length > 3 && (corpus.title.includes(outside) || corpus.ownRegions().has(outside))
      ? beyond
      : null
  }
  // A row label may name its opgave by number ("Opgave 4") or, for the first, by the norm's own name for it.
  const byNumber = new Map(ruleset.opgaven.map(({ opgave, rule }) => [opgave, new Set([rule.id])]))
  const topicsOfLabel = (text: string): Set<string> | null => {
    const n = LABEL_NUMBER.exec(text)
    return (
      topicsOfText(text) ??
      (n ? byNumber.get(Number(n[1])) : undefined) ??
      (FIRST_OPGAVE.test(text) ? (byNumber.get(1) ?? null) : null)
    )
  }
  // The document's title ("Verslag Bestuurlijk Overleg Jeugd") names the document, not a section of it.
  const first = corpus.blocks[0]
  const title =
    first?.type === 'heading' && first.level === 1 && corpus.blocks.some((b) => b.type === 'heading' && b.index > 0)
      ? 0
      : -1
  // Asked of every unit by every rule, several times: worked out once per unit.
  const known: (ReadonlySet<string> | null | undefined)[] = new Array(corpus.units.length)
  return (u) => {
    let found = known[u.id]
    if (found === undefined) known[u.id] = found = topicsOfUnit(u) ?? null
    return found ?? undefined
  }

  function topicsOfUnit(u: Unit): ReadonlySet<string> | undefined {
    // A self-assessment row stands under its own label and its group's, as under headings.
    const labels = corpus.rowLabels(u)
    if (labels.length) {
      const topics = labels.map(topicsOfLabel).filter((t): t is Set<string> => t !== null)
      if (topics.length) return topics.length === 1 ? topics[0] : new Set(topics.flatMap((t) => [...t]))
    }
    // A paragraph led by a run-in label ("Afstemming van het inkoopbeleid. Het algemeen bestuur …") stands
    // under that label as under a heading of its own.
    if (u.block.type === 'paragraph') {
      const label = RUN_IN_LABEL.exec(corpus.norm(u.block.index))?.[1]
      if (label && !FINITE_VERB.test(label)) {
        const topics = topicsOfText(label)
        if (topics) return topics
      }
    }
    const { headings } = u.block
    // "Overige functies" under "Samenwerking met andere regio's": the rest of what its parent is about.
    let rest: Set<string> | null = null
    for (let i = headings.length - 1; i >= 0; i--) {
      if (headings[i] === title) continue
      const topics = topicsOf(headings[i] as number)
      if (!topics) continue
      if (rest === null && i > 0 && THE_REST.test(corpus.norm(headings[i] as number))) {
        rest = topics
        continue
      }
      return topics
    }
    return rest ?? undefined
  }
}

/**
 * For each unit of a corpus: the rules (ids) whose topic words (the opgave's and its elements') the
 * unit's own text uses. Computed on demand and kept per unit.
 */
export function ownTopics(corpus: Corpus, ruleset: RuleSet): (u: Unit) => ReadonlySet<string> {
  const topics = topicWords(ruleset)
  const cache = new Map<number, Set<string>>()
  return (u) => {
    let own = cache.get(u.id)
    if (!own) {
      own = new Set(topics.filter(([, res]) => res.some((re) => corpus.has(u, re))).map(([id]) => id))
      cache.set(u.id, own)
    }
    return own
  }
}

/** The rules whose topic words a piece of text uses (a clause of a sentence: `Scope.topicsOfText`). */
export function textTopics(ruleset: RuleSet): (text: string) => ReadonlySet<string> {
  const topics = topicWords(ruleset)
  // Asked of the same few clauses by every rule: looked up once per clause of this check.
  const cache = new Map<string, ReadonlySet<string>>()
  return (text) => {
    let found = cache.get(text)
    if (!found) {
      found = new Set(topics.filter(([, res]) => res.some((re) => re.test(text))).map(([id]) => id))
      cache.set(text, found)
    }
    return found
  }
}

/** Each rule's topic words: the opgave's and those of its core elements. */
function topicWords(ruleset: RuleSet) {
  return ruleset.opgaven.map(
    ({ rule }) =>
      [rule.id, [rule.topic, ...rule.elements.filter((e) => e.core !== false).map((e) => e.topic)]] as const,
  )
}

/** Documents and bodies named in a sentence (`overviewOf`): not topics of its own. */
const NOT_A_TOPIC =
  /\b\w+(plan|kader|strategie|programma|agenda|convenant|verordening|notitie|nota|document)\w*|\b(algemeen|dagelijks) bestuur\b|\bgemeenschappelijke regeling\b|\bcentrumregeling\b/g

/** A unit that names this many opgaven (by topic or section words) is an overview of the document. */
const OVERVIEW_TOPICS = 3

/**
 * Whether a unit is an overview (see `Scope.overview`): it names the topics of OVERVIEW_TOPICS opgaven
 * or more, outside a section about one of them (in a summary or an introduction).
 */
export function overviewOf(
  corpus: Corpus,
  ruleset: RuleSet,
  own: (u: Unit) => ReadonlySet<string>,
  section: (u: Unit) => ReadonlySet<string> | undefined,
): (u: Unit) => boolean {
  const words = ruleset.opgaven.map(({ rule }) => [rule.id, headingPattern(rule.id)] as const)
  return (u) => {
    if (u.block.inOpgave !== undefined || (section(u)?.size ?? 0) > 0) return false
    const named = new Set(own(u))
    if (named.size >= OVERVIEW_TOPICS) return true
    // A document or a body the sentence names ("in het inkoopplan, dat het algemeen bestuur vaststelt") is
    // where or by whom, not a topic it lists.
    const text = u.norm.replace(NOT_A_TOPIC, ' ')
    for (const [id, re] of words) if (re && !named.has(id) && re.test(text)) named.add(id)
    return named.size >= OVERVIEW_TOPICS
  }
}
