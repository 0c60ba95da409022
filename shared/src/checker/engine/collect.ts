import type { Corpus, Unit } from '../corpus.ts'
import { CUES, type Pattern, type PatternSet, patternSet } from '../text/CueIndex.ts'
import { DISCLAIMS, deferredTo, Flag, LIMITS, NOT_ADOPTED } from '../text/markers.ts'
import type { ElementRule, Hit, OpgaveRule } from './types.ts'

/** A sentence that points back to what came before ("Dat werken wij uit …", "De uitwerking volgt …"). */
const REFERS_BACK =
  /^(voor de (andere|overige|rest)|dat|dit|die|deze|hiervoor|daarvoor|hierover|daarover|hiermee|daarmee|daarbij|hierbij|de uitwerking|de details|hoe|wat|welke|ook|zij|het)\b/

/**
 * A choice among options, or a decision still to be taken ("nog niet gekozen tussen de varianten", "er is
 * nog geen besluit genomen", "het bestuur kiest in april 2026"): in an opgave's own section it puts off
 * what that section is about.
 */
const CHOICE =
  /\b(variant|varianten|opties?|scenario'?s?)\b|\bnog (geen|niet) (\S+ )?(besluit|besloten|gekozen|beslist)\b|\b(kiest|kiezen|beslist|beslissen)\b/

/** What a unit is about, to keep a deferral to the element and the opgave it qualifies. */
export interface Scope {
  /** The rules a unit's section is about (from its headings). */
  sectionTopics?: (u: Unit) => ReadonlySet<string> | undefined
  /** The rules whose topic words the unit's own text uses. */
  ownTopics?: (u: Unit) => ReadonlySet<string>
  /**
   * The unit names the topics of many opgaven ("het plan beschrijft zorglandschap, toegang, inkoop en
   * financiën, en welke onderdelen nog uitwerking behoeven"): a deferral in it is about none of them.
   */
  overview?: (u: Unit) => boolean
  /**
   * The unit is about another field than the rule set's (a jeugd opgave, and an arrangement for beschermd
   * wonen only): it is no evidence, no deferral and no mention for this opgave.
   */
  elsewhere?: (u: Unit) => boolean
  /** The rules whose topic words a clause uses (of the open question that leads a deferral). */
  topicsOfText?: (text: string) => ReadonlySet<string>
}

/** An open question that opens a sentence, up to its comma: "hoe de afstemming wordt vastgelegd," */
// (also after a row's number: "G10 | Hoe de afstemming wordt geborgd (…), is nog niet besloten.")
const OPEN_QUESTION = /^([^|]{0,12}\| )?(welke|wie|hoe|wat|of|waar|wanneer)\b[^,.;:|]{0,120},/

/** A short label that leads a sentence: "juridische vertegenwoordiging: de bevoegdheid …". */
const LABEL = /^([^:.;]{3,40}):\s/
/** A table row's first cell, when short: "wettelijke vertegenwoordiging van de regio | …". */
const ROW_LABEL = /^([^|.;:]{3,60}) \| /

/** A sentence that puts an element of the opgave off, to a later time or to another document. */
export interface Deferral {
  unit: Unit
  corpus: Corpus
  element: ElementRule
  /** The document it defers to ("inkoopstrategie"), when it names one. */
  to?: string
}

/** What one document shows for one opgave. */
export interface Collected {
  corpus: Corpus
  hits: Map<ElementRule, Hit[]>
  deferrals: Deferral[]
  /**
   * Sentences that leave the members free in an element ("iedere gemeente kiest zelf haar variant", "is
   * niet aan het besluit gebonden"): the element is then arranged in part only.
   */
  limits: Deferral[]
  /** Sentences that name the topic without being evidence (intention, restatement, no decision). */
  mentions: Unit[]
  /**
   * Options set side by side for an element ("Variant A – …", a row of a table of variants): the region
   * weighed it, so the element is there in part, even when no choice is made (`Flag.option`).
   */
  options: Deferral[]
}

/**
 * Runs an opgave's element rules over one document: the evidence per element, the sentences that
 * defer an element, and the sentences that only name the topic.
 */
export function collect(corpus: Corpus, rule: OpgaveRule, opgave: number, scope: Scope = {}): Collected {
  const { sectionTopics, ownTopics, overview = () => false, elsewhere, topicsOfText } = scope
  const hits = new Map<ElementRule, Hit[]>(rule.elements.map((e) => [e, []]))
  const deferrals: Deferral[] = []
  const limits: Deferral[] = []
  const mentions: Unit[] = []
  const options: Deferral[] = []
  const found: [ElementRule, string | readonly string[]][] = []
  const inOwnSection = (u: Unit) => u.block.inOpgave === opgave || sectionTopics?.(u)?.has(rule.id) === true
  // A section about this opgave alone ("Functies die er altijd moeten zijn"), not one shared with another.
  const onlyOwnSection = (u: Unit) => {
    const section = sectionTopics?.(u)
    return u.block.inOpgave === opgave || (section?.size === 1 && section.has(rule.id))
  }
  const underOtherHeading = (u: Unit) => {
    const section = sectionTopics?.(u)
    return section !== undefined && !section.has(rule.id) && u.block.inOpgave !== opgave && !labelledOwn(u)
  }
  // A sentence led by a label that names this opgave ("Juridische vertegenwoordiging: …" in a list under
  // "Bestuur en besluiten") stands under that label as under a heading of its own.
  const ownTopicWords = [rule.topic, ...rule.elements.filter((e) => e.core !== false).map((e) => e.topic)]
  // (a one-word label, "Borging: nog open" under "Eén inkoopbeleid", is read within its section)
  // (and a table row whose first cell names the opgave itself: "Wettelijke vertegenwoordiging van de regio | … |
  // nog te besluiten")
  const labelledOwn = (u: Unit) => {
    const label = LABEL.exec(u.norm)?.[1]
    if (label !== undefined) return label.includes(' ') && ownTopicWords.some((re) => re.test(label))
    const cell = u.block.type === 'tableRow' ? ROW_LABEL.exec(u.norm)?.[1] : undefined
    return cell !== undefined && rule.topic.test(cell)
  }
  // An open question on this opgave alone, put off: "Hoe de afstemming wordt vastgelegd, is nog open" under Inkoop.
  const openQuestionOnOwn = (u: Unit) => {
    const question = OPEN_QUESTION.exec(u.norm)?.[0]
    if (question === undefined) return false
    const own = ownTopics?.(u)
    return own?.has(rule.id) === true && rule.topic.test(question)
  }
  // An open question that leads a deferral is what it puts off: "Wie namens de regio het aanspreekpunt wordt,
  // hebben de raden nog niet besloten" puts off the aanspreekpunt, not the councils' adoption (outside this
  // opgave's own section, where a question is read within it).
  // (the same for a table row's first cell: "Samenwerking met andere regio's | … Welke functies dat zijn, brengen
  // wij in kaart. | loopt" puts off working with other regions)
  const questionOnOther = (u: Unit) => {
    if (!topicsOfText || inOwnSection(u)) return false
    const about =
      OPEN_QUESTION.exec(u.norm)?.[0] ?? (u.block.type === 'tableRow' ? ROW_LABEL.exec(u.norm)?.[1] : undefined)
    if (about === undefined) return false
    const named = topicsOfText(about)
    return named.size > 0 && !named.has(rule.id)
  }
  // What the norm asks on this opgave alone, or a question on it, that a deferral points back to.
  const normOnOwn = (back: Unit | undefined) => {
    if (!back || (corpus.flags(back) & (Flag.restated | Flag.question)) === 0) return false
    const own = ownTopics?.(back)
    return own !== undefined && own.size === 1 && own.has(rule.id)
  }
  const inOtherSection = (u: Unit) => {
    if (underOtherHeading(u)) return true
    // A sentence that names another opgave's topic and not this one's is about that opgave.
    const own = ownTopics?.(u)
    return own !== undefined && own.size > 0 && !own.has(rule.id)
  }
  // Sentences of this opgave's own section that say it holds no arrangement on what their paragraph names.
  const disclaimers: Unit[] = []
  // Elements a sentence says were not taken into the arrangement, with the heading it stands under.
  const denied: [ElementRule, number][] = []
  // Asked of every unit: looked up once.
  const needs = rule.elements.map((e) => (e.needs ? needsOf(e.needs) : null))
  // Whether the unit names what element `i` needs (false when it says nothing of that).
  const names = (i: number, u: Unit) => {
    const need = needs[i]
    return need !== null && need !== undefined && corpus.matchesAny(u, need.set)
  }
  const limitsPattern = CUES.pattern(LIMITS)
  const topicPattern = CUES.pattern(rule.topic)
  // When every element says what it needs, a unit that may match none of that, nor the opgave's topic,
  // a limit or a disclaimer, and defers nothing, shows nothing for this opgave: skipped by its cue bits.
  const anything = anythingOf(rule, needs, [limitsPattern, topicPattern, CUES.pattern(DISCLAIMS)])
  for (const u of corpus.units) {
    if (u.heading) {
      for (const element of rule.elements)
        if (element.headings) add(hits, element, element.match(corpus, u, opgave), corpus, u)
      continue
    }
    if (anything && !corpus.matchesAny(u, anything) && !corpus.deferred(u)) continue
    if (elsewhere?.(u)) continue
    // Who was consulted is evidence of how the vision came about only.
    if (!rule.elements.some((e) => e.told) && corpus.consultedItem(u)) continue
    // A self-assessment row answers the item its label names ("3a. Verbinding toegang – specialistische hulp").
    if (corpus.rowLabels(u).length && underOtherHeading(u)) continue
    if (corpus.has(u, DISCLAIMS) && inOwnSection(u)) {
      disclaimers.push(u)
      mentions.push(u)
      continue
    }
    if (corpus.has(u, NOT_ADOPTED) && !inOtherSection(u))
      for (let i = 0; i < rule.elements.length; i++) if (names(i, u)) denied.push([rule.elements[i]!, u.block.heading])
    // Match first (cheap, prefiltered); judge the sentence's markers only where something matched.
    found.length = 0
    for (let i = 0; i < rule.elements.length; i++) {
      const element = rule.elements[i]!
      const need = needs[i]
      if (need && !corpus.matchesAny(u, need.set)) continue
      const keys = element.match(corpus, u, opgave)
      if (keys?.length) found.push([element, keys])
    }
    // A sentence that leaves the members free limits a shared element it names (wherever it stands) or
    // matched (in this opgave's section); it is no evidence.
    if (corpus.matches(u, limitsPattern) && !corpus.deferred(u)) {
      const limited = rule.elements.find(
        (e) =>
          e.shared === true &&
          (corpus.has(u, e.topic) || (!e.limitedByName && !inOtherSection(u) && found.some(([f]) => f === e))),
      )
      if (limited) {
        limits.push({ unit: u, corpus, element: limited })
        continue
      }
    }
    if (found.length && corpus.flags(u) & Flag.option && !inOtherSection(u)) {
      for (const [element] of found) options.push({ unit: u, corpus, element })
      mentions.push(u)
      continue
    }
    if (found.length && corpus.counts(u)) {
      for (const [element, keys] of found) add(hits, element, keys, corpus, u)
      // A row under way ("in uitvoering") that puts part off is evidence and a deferral both.
      if (!corpus.partlyDone(u)) continue
    }
    // A dated step of an action list is a step of a planning.
    const scheduled = found.filter(
      ([e]) => e.scheduled !== undefined && !corpus.counts(u) && corpus.scheduledStep(u, e.scheduled),
    )
    if (scheduled.length) {
      for (const [element, keys] of scheduled) add(hits, element, keys, corpus, u)
      continue
    }
    // A look back at how the vision came about still tells who took part and who adopted it.
    if (found.length && !corpus.counts(u) && corpus.countsTold(u))
      for (const [element, keys] of found) if (element.told) add(hits, element, keys, corpus, u)
    for (const [element, keys] of found) {
      if (!element.regardless) continue
      const facts = (typeof keys === 'string' ? [keys] : keys).filter(element.regardless)
      if (facts.length) add(hits, element, facts, corpus, u)
    }
    // A deferral qualifies what it is about, in the section it stands in, not every opgave it names.
    // (also under another opgave's heading when it points back to what the norm asks on this opgave alone,
    // or to a question on it: "De wet vraagt ook wie de regio vertegenwoordigt. Daarover is nog niets
    // besloten." under Samenwerking)
    if (corpus.deferred(u) && (!overview(u) || labelledOwn(u)) && !questionOnOther(u)) {
      const refersBack = backTo(corpus, u)
      const ownScope = !inOtherSection(u) || normOnOwn(refersBack) || openQuestionOnOwn(u)
      const element =
        ownScope &&
        rule.elements.find(
          (e, i) =>
            e.core !== false &&
            (corpus.has(u, e.topic) ||
              // (in a section about this opgave alone, what the element needs: "Klinische jeugd-ggz: nog geen
              // afspraken" under "Buiten Vennenland")
              (onlyOwnSection(u) && names(i, u)) ||
              // (how the vision came about, told before, is not put off by what follows: "De raden stellen
              // deze kaders vast. Het bestuur werkt ze uit …")
              (refersBack && !e.told && corpus.has(refersBack, e.topic)) ||
              corpus.lead(u, e.topic) ||
              corpus.underHeading(u, e.topic) ||
              u.block.inOpgave === opgave ||
              // "De keuze tussen de varianten volgt in januari": the choice among the options of its section.
              (corpus.has(u, CHOICE) && (onlyOwnSection(u) || corpus.blockHas(u.block.index, e.topic)))),
        )
      if (element) {
        const to = deferredTo(u.norm)
        deferrals.push(to ? { unit: u, corpus, element, to } : { unit: u, corpus, element })
        continue
      }
    }
    if (found.length || corpus.matches(u, topicPattern)) mentions.push(u)
  }
  // A section of this opgave that puts an element off itself ("12.1 | vastleggen wie … | nog te doen")
  // outweighs evidence for that element in another opgave's section.
  for (const d of deferrals) {
    if (!inOwnSection(d.unit)) continue
    const list = hits.get(d.element)!
    const kept = list.filter((h) => !underOtherHeading(h.unit))
    if (kept.length < list.length) hits.set(d.element, kept)
  }
  // "Een verplichting tot inzicht in de tariefopbouw is niet in de contracten opgenomen": under that
  // heading, nothing else is evidence for the element either.
  for (const [element, heading] of denied) {
    const list = hits.get(element)!
    const kept = list.filter((h) => h.unit.block.heading !== heading)
    if (kept.length < list.length) hits.set(element, kept)
  }
  // "De regiovisie bevat hierover geen regionale afspraken": nothing its paragraph names is evidence, nor
  // is evidence elsewhere for what the opgave's own section says is not arranged.
  if (disclaimers.length) {
    const blocks = new Set(disclaimers.map((d) => d.block))
    for (const [element, list] of hits) {
      const kept = list.filter((h) => !blocks.has(h.unit.block) && !underOtherHeading(h.unit))
      if (kept.length < list.length) hits.set(element, kept)
    }
  }
  return { corpus, hits, deferrals, limits, mentions, options }
}

/**
 * The sentence a deferral points back to ("Dat werken wij uit …"): the one before it in its block.
 * A wish ("Wat wij willen: …. Dat is nog niet afgesproken.") is no element of the opgave: a deferral of
 * it puts nothing off, unless it gives the wish a date.
 */
function backTo(corpus: Corpus, u: Unit): Unit | undefined {
  const prev = u.prev
  if (!prev || !REFERS_BACK.test(u.norm)) return undefined
  // … unless the deferral dates it: "Ook daar willen wij samenwerken. Die afspraken volgen in 2026."
  if (corpus.flags(prev) & Flag.intention && !A_YEAR.test(u.norm)) return undefined
  return prev
}
const A_YEAR = /\b(19|20)\d\d\b/

/** All a rule's units must match to show anything (see `collect`), as one set made once per rule. */
const ANYTHING = new WeakMap<OpgaveRule, PatternSet | null>()
function anythingOf(
  rule: OpgaveRule,
  needs: readonly ({ patterns: Pattern[] } | null)[],
  also: readonly Pattern[],
): PatternSet | null {
  let found = ANYTHING.get(rule)
  if (found === undefined) {
    found = needs.every((n) => n !== null) ? patternSet([...needs.flatMap((n) => n?.patterns ?? []), ...also]) : null
    ANYTHING.set(rule, found)
  }
  return found
}

/** The patterns of an element's `needs`, looked up once. */
const NEEDS = new WeakMap<object, { patterns: Pattern[]; set: PatternSet }>()
function needsOf(needs: RegExp | Readonly<Record<string, RegExp>>): { patterns: Pattern[]; set: PatternSet } {
  let found = NEEDS.get(needs)
  if (!found) {
    const patterns = (needs instanceof RegExp ? [needs] : Object.values(needs)).map((re) => CUES.pattern(re))
    found = { patterns, set: patternSet(patterns) }
    NEEDS.set(needs, found)
  }
  return found
}

function add(
  hits: Map<ElementRule, Hit[]>,
  element: ElementRule,
  keys: string | readonly string[] | null,
  corpus: Corpus,
  unit: Unit,
): void {
  if (!keys) return
  const list = hits.get(element)!
  if (typeof keys === 'string') list.push({ key: keys, unit, corpus })
  else for (const key of keys) list.push({ key, unit, corpus })
}
