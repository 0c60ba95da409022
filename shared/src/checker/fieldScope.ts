import type { Corpus, Unit } from './corpus.ts'
import { FIELD } from './lexicon.ts'
import type { Block } from './outline.ts'

/** What a passage is about: youth care, the Wmo side (BW/MO, adults), both, or nothing said. */
export type Field = 'jeugd' | 'wmo' | 'both'

function fieldOfText(jeugd: boolean, wmo: boolean): Field | undefined {
  if (jeugd && wmo) return 'both'
  if (jeugd) return 'jeugd'
  return wmo ? 'wmo' : undefined
}

/**
 * For each unit of a corpus: the field it is about. A sentence that names a field is about that field
 * ("Voor beschermd wonen geldt …"); one that names none continues the sentence before it in its
 * paragraph ("De tarieven zijn opgebouwd uit …" after "Voor BW en MO is een kostprijsonderzoek
 * gedaan"), then the lead-in of its list or table, then the nearest heading that names a field ("5.1
 * Beschermd wonen en opvang"). A heading, lead-in or sentence that names both fields is about both.
 * Linear: each block is resolved once, each heading and lead-in judged once.
 */
export function fieldOf(corpus: Corpus): (u: Unit) => Field | undefined {
  // Per unit: its field, null until resolved (undefined: none said).
  const unitField: (Field | undefined | null)[] = new Array(corpus.units.length).fill(null)
  const blockField = new Map<number, Field | undefined>()
  const own = (u: Unit) => fieldOfText(corpus.has(u, FIELD.jeugd), corpus.has(u, FIELD.wmo))
  const ofBlock = (index: number): Field | undefined => {
    if (blockField.has(index)) return blockField.get(index)
    const f = fieldOfText(corpus.blockHas(index, FIELD.jeugd), corpus.blockHas(index, FIELD.wmo))
    blockField.set(index, f)
    return f
  }
  const section = (b: Block): Field | undefined => {
    for (let i = b.headings.length - 1; i >= 0; i--) {
      const f = ofBlock(b.headings[i] as number)
      if (f) return f
    }
    return undefined
  }
  const resolve = (first: Unit): void => {
    const b = first.block
    let carried: Field | undefined
    if (b.lead !== undefined) carried = ofBlock(b.lead)
    if (!carried && b.header !== undefined) carried = ofBlock(b.header)
    if (!carried && b.type !== 'heading') carried = section(b)
    for (let u: Unit | undefined = first; u; u = u.next) {
      carried = own(u) ?? carried
      unitField[u.id] = carried
    }
  }
  return (u) => {
    if (unitField[u.id] === null) {
      let first = u
      while (first.prev) first = first.prev
      resolve(first)
    }
    return unitField[u.id] ?? undefined
  }
}
