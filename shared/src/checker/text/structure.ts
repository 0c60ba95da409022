import type { Corpus, Unit } from '../corpus.ts'
import { Flag } from './markers.ts'

const MONTH =
  '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)'

/**
 * A unit that opens with a moment: "maart 2026: marktconsultatie", "1 mei 2027 – besluit", "Q3 2025",
 * "vanaf januari 2027: …", "2026 | publicatie". The shape of a line of a planning or a time line.
 */
const MOMENT_OPENS = String.raw`((vanaf|per|tot|uiterlijk|begin|medio|eind|half) )?((\d{1,2}( - | tot | t/m |-)?)?(\d{1,2} )?${MONTH}\b|(q[1-4]|\d(e|ste|de) kwartaal)\b|(19|20)\d\d\b)`
export const DATED_START = new RegExp(String.raw`^[-•*·o]?\s*${MOMENT_OPENS}`)

/** A table cell that opens with a moment: "Ondertekening | oktober 2024". */
export const DATED_CELL = new RegExp(String.raw`\|\s*${MOMENT_OPENS}`)
/** A header column of when each row happens: "Stap | Wanneer", "Activiteit | Datum". */
const WHEN_COLUMN = /(^|\|)\s*(wanneer|datum|data|planning|periode|moment|tijdpad|termijn|deadline)\s*(\||$)/

/** Whether the unit is a line of a list or a table (or a clause of a line split by semicolons). */
export function isLine(u: Unit): boolean {
  return u.block.listItem === true || u.block.type === 'tableRow' || u.prev !== undefined || u.next !== undefined
}

/**
 * A dated line about `topic`: the unit opens with a moment and stands in a list, a table or a run of
 * clauses, and it, its neighbours, its lead-in, table header or headings speak of the topic.
 */
// (also a row of a table with a column of when: "Ondertekening | oktober 2024" under "Stap | Wanneer")
export function datedLine(c: Corpus, u: Unit, topic: RegExp): boolean {
  return isLine(u) && (c.has(u, DATED_START) || datedRow(c, u)) && c.context(u, topic)
}

// (a step, named in a few words: not a register of agreements each dated, "23 | De prijzen rekenen we uit met … |
// vanaf 1 januari 2025"; nor an action still to be done, "Voorbereiding volgende inkoop | 2027 | Inkoopteam")
function datedRow(c: Corpus, u: Unit): boolean {
  const header = u.block.header
  if (u.block.type !== 'tableRow' || header === undefined || !c.has(u, DATED_CELL) || !c.blockHas(header, WHEN_COLUMN))
    return false
  if (c.flags(u) & Flag.deferred) return false
  const step = c
    .norm(u.block.index)
    .split('|')
    .find((cell) => !ROW_NUMBER.test(cell))
  return step !== undefined && step.trim().length <= MAX_STEP && !SENTENCE_END.test(step)
}
const ROW_NUMBER = /^\s*\d+[.)]?\s*$/
const MAX_STEP = 60
const SENTENCE_END = /[.;!?](\s|$)/
