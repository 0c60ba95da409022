/** The shapes a line of plain text can take, shared by the importer and its reading of wrapped lines. */

export const BULLET = /^\s*(?:[•▪◦·‣●○■□➢➤✓*]|[-–—](?=\s))\s*/
export const NUMBERED_ITEM = /^\s*(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/
/** "3.2 Beschikbaarheid", "4. Governance": the number (group 1) and a capital after it. */
export const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u
/** A word broken off at the end of the line ("samenwerkings-"): no title ends like that. */
export const BROKEN_WORD = /\p{L}-$/u
export const SENTENCE_END = /[.!?:;]["'”’)]*$/

/** Whether a line begins a block of its own (a bullet, a numbered item or section), whatever came before. */
export const opensBlock = (line: string): boolean =>
  BULLET.test(line) || NUMBERED_ITEM.test(line) || NUMBERED_HEADING.test(line)
