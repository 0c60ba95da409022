import type { JSONContent } from '@tiptap/core'
import { type Block, toBlocks } from './outline.ts'
import { CUES } from './text/CueIndex.ts'
import {
  CONCRETE_NORM as CONCRETE,
  DEFERRAL,
  Flag,
  markersOf,
  NAME,
  PREPARING,
  RESTATING_HEADING,
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

/** Per pattern: its cached results per unit (-1 unknown, 0, 1) and its bit in the cue scan (-1: none). */
interface Slot {
  values: Int8Array
  bit: number
}

/** A map of patterns (`keys`): its entries, and the union of their cue bits. */
interface Group {
  entries: [string, RegExp][]
  mask: Uint32Array
  unfiltered: boolean
}

/**
 * One document prepared for the rules: its blocks and sentence units, with per-unit caches of
 * concept tests so that every regex runs at most once per unit (the checker runs on every typing pause).
 */
export class Corpus {
  readonly blocks: Block[]
  readonly units: Unit[] = []
  /** Normalised title: the first heading ('' when there is none). */
  readonly title: string
  private readonly blockNorm: string[]
  private readonly flagCache: Int16Array
  private readonly slots = new Map<RegExp, Slot>()
  private readonly groups = new Map<object, Group>()
  private cueBits: Uint32Array = new Uint32Array(0)
  private cueWords = 1
  private cueSize = 0
  private cueScanned = false
  private readonly blockCache = new Map<RegExp, Int8Array>()
  private readonly leadFlags = new Map<number, number>()

  constructor(
    doc: JSONContent,
    /** The document's name, when several are checked together. */
    readonly name?: string,
  ) {
    this.blocks = toBlocks(doc)
    this.blockNorm = this.blocks.map((b) => normalize(b.text))
    for (const block of this.blocks) {
      let prev: Unit | undefined
      const whole = block.type !== 'paragraph'
      const spans = whole ? [{ start: 0, end: block.text.length }] : splitUnits(block.text)
      for (const { start, end } of spans) {
        const text = block.text.slice(start, end)
        const norm = this.blockNorm[block.index]!.slice(start, end)
        const unit: Unit = { id: this.units.length, block, start, end, text, norm }
        if (block.type === 'heading' || block.isHeader) unit.heading = true
        if (prev) {
          unit.prev = prev
          prev.next = unit
        }
        this.units.push(unit)
        prev = unit
      }
    }
    this.flagCache = new Int16Array(this.units.length).fill(-1)
    const first = this.blocks.find((b) => b.type === 'heading')
    this.title = first ? (this.blockNorm[first.index] ?? '') : ''
  }

  /** Normalised text of a block. */
  norm(block: Block | number): string {
    return this.blockNorm[typeof block === 'number' ? block : block.index] ?? ''
  }

  /** Whether the unit's own text matches. Cached per (unit, pattern); skipped when its literals are absent. */
  has(u: Unit, re: RegExp): boolean {
    const slot = this.slots.get(re) ?? this.slot(re)
    const v = slot.values[u.id]!
    if (v >= 0) return v === 1
    let r = false
    if (slot.bit < 0 || (this.cueBits[u.id * this.cueWords + (slot.bit >>> 5)]! >>> (slot.bit & 31)) & 1)
      r = re.test(u.norm)
    slot.values[u.id] = r ? 1 : 0
    return r
  }

  /** Scans the units for every known pattern's literals, once (after registering `re`). */
  private scanCues(re: RegExp): void {
    CUES.pattern(re)
    if (this.cueScanned) return
    const { bits, words, size } = CUES.scan(this.units.map((x) => x.norm))
    this.cueBits = bits
    this.cueWords = words
    this.cueSize = size
    this.cueScanned = true
  }

  private slot(re: RegExp): Slot {
    this.scanCues(re)
    const pattern = CUES.pattern(re)
    // A pattern without literals, or registered after the scan, is always run.
    const bit = pattern.literals && pattern.id < this.cueSize ? pattern.id : -1
    const slot: Slot = { values: new Int8Array(this.units.length).fill(-1), bit }
    this.slots.set(re, slot)
    return slot
  }

  /**
   * The keys of `map` whose pattern the unit matches. One check of the unit's cue bits against all the
   * map's patterns first: most sentences match none of them.
   */
  keys(u: Unit, map: Readonly<Record<string, RegExp>>): string[] {
    const group = this.groups.get(map) ?? this.group(map)
    if (!group.unfiltered) {
      const base = u.id * this.cueWords
      let any = 0
      for (let w = 0; w < group.mask.length; w++) any |= (this.cueBits[base + w] ?? 0) & group.mask[w]!
      if (!any) return []
    }
    const keys: string[] = []
    for (const [key, re] of group.entries) if (this.has(u, re)) keys.push(key)
    return keys
  }

  private group(map: Readonly<Record<string, RegExp>>): Group {
    const entries = Object.entries(map)
    for (const [, re] of entries) CUES.pattern(re)
    this.scanCues(entries[0]?.[1] ?? /(?!)/)
    const mask = new Uint32Array(this.cueWords)
    let unfiltered = false
    for (const [, re] of entries) {
      const bit = (this.slots.get(re) ?? this.slot(re)).bit
      if (bit < 0) unfiltered = true
      else mask[bit >>> 5]! |= 1 << (bit & 31)
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
    return (
      this.has(u, re) ||
      (u.prev !== undefined && this.has(u.prev, re)) ||
      (u.next !== undefined && this.has(u.next, re))
    )
  }

  /** Whether a block's text matches. Cached per (block, pattern). */
  blockHas(index: number, re: RegExp): boolean {
    let cache = this.blockCache.get(re)
    if (!cache) {
      cache = new Int8Array(this.blocks.length).fill(-1)
      this.blockCache.set(re, cache)
    }
    const v = cache[index]
    if (v === undefined) return false
    if (v >= 0) return v === 1
    const r = re.test(this.blockNorm[index] ?? '')
    cache[index] = r ? 1 : 0
    return r
  }

  /** Whether what introduces the unit (list lead-in, table header) or a heading above it matches. */
  around(u: Unit, re: RegExp): boolean {
    const b = u.block
    if (b.lead !== undefined && this.blockHas(b.lead, re)) return true
    if (b.header !== undefined && this.blockHas(b.header, re)) return true
    for (const h of b.headings) if (this.blockHas(h, re)) return true
    return false
  }

  /** The unit, its neighbours, its lead-in, table header or headings match. */
  context(u: Unit, re: RegExp): boolean {
    return this.near(u, re) || this.around(u, re)
  }

  /** The nearest heading above the unit matches (not the headings further up). */
  underHeading(u: Unit, re: RegExp): boolean {
    return u.block.heading >= 0 && this.blockHas(u.block.heading, re)
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
    let f = markersOf(u.norm, (re) => this.has(u, re))
    const lead = u.block.lead
    if (lead !== undefined) {
      let leadFlags = this.leadFlags.get(lead)
      if (leadFlags === undefined) {
        leadFlags = markersOf(this.blockNorm[lead] ?? '')
        this.leadFlags.set(lead, leadFlags)
      }
      if (leadFlags & Flag.restated) f |= Flag.restated
    }
    const heading = u.block.heading
    if (heading >= 0 && this.blockHas(heading, RESTATING_HEADING)) f |= Flag.restated
    this.flagCache[u.id] = f
    return f
  }

  /** Concrete detail: a number, a date, an amount. */
  concrete(u: Unit): boolean {
    return this.has(u, CONCRETE)
  }

  /** A name: a capitalised word inside the sentence, or an acronym (on the original text). */
  named(u: Unit): boolean {
    return NAME.test(u.text)
  }

  /** Whether the unit puts something off ("werken wij uit in de inkoopstrategie"). */
  deferred(u: Unit): boolean {
    return this.has(u, DEFERRAL)
  }

  /**
   * Whether the unit can be evidence: it does not only defer, intend, negate, restate or ask. A soft
   * future ("wij gaan … toepassen") counts only with concrete detail.
   */
  counts(u: Unit): boolean {
    const f = this.flags(u)
    if (f & (Flag.deferred | Flag.intention | Flag.negated | Flag.restated | Flag.question | Flag.past)) return false
    // "Vanaf 2026 gaan wij taakgericht bekostigen" is a decision; "in 2026 gaan wij een protocol opstellen" is not yet.
    if (f & Flag.softIntention && (!this.concrete(u) || this.has(u, PREPARING))) return false
    return true
  }

  /** Text of the nearest heading above the unit ('' when there is none). */
  sectionOf(u: Unit): string {
    return u.block.heading >= 0 ? (this.blocks[u.block.heading]?.text ?? '') : ''
  }
}
