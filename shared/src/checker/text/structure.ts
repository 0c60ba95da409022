import type { Corpus, Unit } from '../corpus.ts'

const MONTH =
  '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)'

/**
 * A unit that opens with a moment: "maart 2026: marktconsultatie", "1 mei 2027 – besluit", "Q3 2025",
 * "vanaf januari 2027: …", "2026 | publicatie". The shape of a line of a planning or a time line.
 */
export const DATED_START = new RegExp(
  String.raw`^[-•*·o]?\s*((vanaf|per|tot|uiterlijk|begin|medio|eind|half) )?((\d{1,2}( - | tot | t/m |-)?)?(\d{1,2} )?${MONTH}\b|(q[1-4]|\d(e|ste|de) kwartaal)\b|(19|20)\d\d\b)`,
)

/** Whether the unit is a line of a list or a table (or a clause of a line split by semicolons). */
export function isLine(u: Unit): boolean {
  return u.block.listItem === true || u.block.type === 'tableRow' || u.prev !== undefined || u.next !== undefined
}

/**
 * A dated line about `topic`: the unit opens with a moment and stands in a list, a table or a run of
 * clauses, and it, its neighbours, its lead-in, table header or headings speak of the topic.
 */
export function datedLine(c: Corpus, u: Unit, topic: RegExp): boolean {
  return isLine(u) && c.has(u, DATED_START) && c.context(u, topic)
}
