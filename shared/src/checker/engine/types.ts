import type { Corpus, Unit } from '../corpus.ts'

/** How far one element of an opgave is present. */
export type ElementState = 'found' | 'some' | 'none'

/** One piece of evidence for an element: a unit and what it showed (a function, a group…). */
export interface Hit {
  key: string
  unit: Unit
  corpus: Corpus
}

/**
 * A required (core) or recommended element of an opgave, e.g. opgave 2 "which functions" and "how each
 * is secured". One element per concept, with a stable id: the finding code is `opgave-<n>.<id>`.
 */
export interface ElementRule {
  id: string
  /** Dutch, short, for "Gevonden: …" ("welke functies de regio borgt"). */
  label: string
  /** Dutch: what to add when it is not (fully) there, in a reviewer's words. */
  todo: string
  /** Required for `addressed` (default true). A non-core element only gives advice. */
  core?: boolean
  /**
   * Whether finding only this element makes the opgave `partial` (default true); a function decides by the
   * element's hits (found where the opgave is discussed, or only in passing elsewhere).
   */
  alone?: boolean | ((hits: readonly Hit[]) => boolean)
  /** Also judge headings (the document title), e.g. for the period in "Regiovisie 2023–2027". */
  headings?: boolean
  /**
   * The element is something every member must share (one variant, the same conditions, binding
   * decisions): a sentence that leaves the members free in it (`LIMITS`) makes it partial.
   */
  shared?: boolean
  /**
   * Only a sentence that names the element's topic leaves the members free in it, not one that matched
   * it in passing ("Lichte hulp en de jeugdteams regelt iedere gemeente zelf" for the basisfuncties).
   */
  limitedByName?: boolean
  /** Words that show a sentence is about this element: a deferral with them puts the element off. */
  topic: RegExp
  /**
   * What the unit's own text must match for `match` to find anything (the first test `match` makes),
   * so that the engine can skip the unit by its cue bits alone. A prefilter: it never changes a result
   * (`needs.test.ts` checks that on every labelled document). Leave it out when `match` can find
   * something from the context alone.
   */
  needs?: RegExp | Readonly<Record<string, RegExp>>
  /**
   * The keys this unit shows, judged only on units that count as evidence (not deferred, intended,
   * negated or restated). Return null/empty for none, or a single key.
   */
  match(c: Corpus, u: Unit, opgave: number): string | readonly string[] | null
  /**
   * Keys that count whatever the sentence's markers say: a row of a table of council decisions is a
   * fact ("aangehouden; nieuwe behandeling nog niet gepland" still tells that this council did not adopt).
   */
  regardless?: (key: string) => boolean
  /**
   * A dated row of an action list counts for the element, though the list as a whole is work still to be
   * done (`Corpus.scheduledStep`): any step for a planning ('step'); for an arrangement ('arrangement'),
   * a row that states it ("Start nieuwe contracten, looptijd zes jaar | 1 januari 2027"), not one that
   * prepares it ("Overgangsregeling opstellen | Q3 2026").
   */
  scheduled?: 'step' | 'arrangement'
  /** Told in the past by nature (who took part, who adopted): a look back still counts as evidence. */
  told?: boolean
  /** Keys that are the real evidence when found (others only make it `some`); default: all. */
  strong?: (key: string) => boolean
  /** The element's state from all its hits (over every document checked together). */
  judge(hits: readonly Hit[]): ElementState
  /**
   * Evidence from outside the text (the adoption tracker, who commented), combined with the hits.
   * The better of the two states counts; `message` explains it in the report.
   */
  fromContext?(context: CheckContext, hits: readonly Hit[]): ContextOutcome | null
}

/** What the product knows beyond the text, given to the checker by the server or the client. */
export interface CheckContext {
  /** The adoption tracker: councils that adopted the regiovisie by raadsbesluit, and those still to do. */
  adoption?: { adopted: number; total: number; pending: readonly string[] }
  /** Stakeholder groups (ids from shared/groups) of the people who commented on the document. */
  consultedGroups?: readonly string[]
  /**
   * The reactieverslag: threads with input from those groups, and how many of them got a response of
   * the writing team (overgenomen, deels overgenomen, niet overgenomen, beantwoord).
   */
  answeredInput?: { threads: number; answered: number }
}

export interface ContextOutcome {
  state: ElementState
  message: string
  severity: 'info' | 'warning'
}

/** An opgave as data: its title, the words that name its topic, and its elements. */
export interface OpgaveRule {
  /** Stable id of the opgave's rule module ("beschikbaarheid"). */
  id: string
  title: string
  /** Words that name the topic: a unit with them that does not count shows "mention only". */
  topic: RegExp
  elements: readonly ElementRule[]
}

export interface RuleSet {
  id: string
  label: string
  /** A draft rule set: its lists are unverified. */
  draft?: boolean
  /** The field the rule set is about, for the "other domain" finding. */
  domain: 'jeugd' | 'bwmo'
  opgaven: readonly { opgave: number; rule: OpgaveRule }[]
}

/** Distinct keys among hits. */
export function distinctKeys(hits: readonly Hit[]): Set<string> {
  return new Set(hits.map((h) => h.key))
}

/** Judge: found with at least `found` distinct keys, some with at least `some` (0 = never some). */
export function byKeys(found: number, some = 0): (hits: readonly Hit[]) => ElementState {
  return (hits) => {
    const n = distinctKeys(hits).size
    if (n >= found) return 'found'
    return some > 0 && n >= some ? 'some' : 'none'
  }
}

/**
 * Judge: found with any key but `partial`; some when only `partial` was found (options weighed without a
 * choice, a contact point per topic).
 */
export function foundUnless(partial: string): (hits: readonly Hit[]) => ElementState {
  return (hits) => {
    if (hits.some((h) => h.key !== partial)) return 'found'
    return hits.length ? 'some' : 'none'
  }
}
