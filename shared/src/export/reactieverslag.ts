import type { Author, ResponseKind, Thread } from '../comments.ts'
import { GROUP_LABELS, GROUPS, type Group, isGroup } from '../groups.ts'
import { isInput } from '../participation.ts'

/** One reaction as the reactieverslag quotes it (only from threads the owner marked public). */
export interface ReactionItem {
  /** "Een ouder" for a private person, otherwise "Naam (Organisatie)". */
  who: string
  /** The text the reaction was about, as it stood then (null for a whole opgave). */
  about: string | null
  /** What was brought in: the words of the people who reacted (the writing team's replies are left out). */
  words: string[]
  /** A proposed change of the text: the text then and the proposed text ("" deletes). */
  proposal: { original: string; text: string } | null
  /** What the writing team did: "Overgenomen", "Niet overgenomen: <reden>", or that it has not answered yet. */
  response: string
  /** What changed in the text: for an accepted proposal the old and the new text; null otherwise. */
  change: { from: string; to: string } | null
}

export interface ReactionGroup {
  /** "Ouders". */
  group: string
  items: ReactionItem[]
}

export interface ReactionSection {
  /** "Opgave 9. Wachttijden", or "Overige hoofdstukken". */
  title: string
  /** Reactions (threads with input) in this section, public or not. */
  reactions: number
  /** Of which quoted (public). */
  quoted: number
  groups: ReactionGroup[]
}

/** What was done with the input: totals per group and, per opgave and group, the public reactions. */
export interface Reactieverslag {
  /** "Jongeren: 9 reacties, 5 overgenomen, 1 niet overgenomen, 3 nog zonder antwoord", one line per group. */
  totals: string[]
  sections: ReactionSection[]
}

type GroupKey = Group | 'onbekend'

export const RESPONSE_LABELS: Record<ResponseKind, string> = {
  overgenomen: 'Overgenomen',
  'deels-overgenomen': 'Deels overgenomen',
  'niet-overgenomen': 'Niet overgenomen',
  beantwoord: 'Beantwoord',
}

const groupName = (g: GroupKey) => (g === 'onbekend' ? 'Groep onbekend of niet bevestigd' : GROUP_LABELS[g].nl)

/** Who brought the thread in: the proposer, or the author of the first comment that is input. */
function initiator(thread: Thread): Author | null {
  if (thread.suggestion && isInput(thread.suggestion.proposer)) return thread.suggestion.proposer
  return thread.comments.find((c) => isInput(c.author))?.author ?? null
}

function groupOf(author: Author): GroupKey {
  return author.groupConfirmed && isGroup(author.group) ? author.group : 'onbekend'
}

function whoOf(author: Author): string {
  return author.organisation ? `${author.name} (${author.organisation})` : author.name
}

function item(thread: Thread, author: Author): ReactionItem {
  const s = thread.suggestion
  const r = thread.response
  const response = r
    ? `${RESPONSE_LABELS[r.kind]}${r.reason ? `: ${r.reason}` : ''}`
    : s?.status === 'withdrawn'
      ? 'Ingetrokken door wie het voorstelde'
      : 'Nog geen reactie van het schrijfteam'
  return {
    who: whoOf(author),
    about: thread.originalQuote,
    words: thread.comments.filter((c) => isInput(c.author)).map((c) => c.body),
    proposal: s ? { original: s.original, text: s.text } : null,
    response,
    change: s?.status === 'accepted' ? { from: s.original, to: s.text } : null,
  }
}

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`

/**
 * The reactieverslag of a document from its threads as the public may read them (pass threads read
 * for a lezer: private persons are already their group). Counts every reaction with input; quotes
 * only threads the owner marked public. Sections follow `opgaven` (the document's rule set), then
 * other opgave sections with reactions, then the other chapters; a section without reactions is left out.
 */
export function buildReactieverslag(
  threads: readonly Thread[],
  opgaven: ReadonlyArray<{ opgave: number; title: string }>,
): Reactieverslag {
  const withInput = threads.flatMap((thread) => {
    const author = initiator(thread)
    return author ? [{ thread, author, group: groupOf(author) }] : []
  })

  const order: Array<{ key: number | null; title: string }> = opgaven.map((o) => ({
    key: o.opgave,
    title: `Opgave ${o.opgave}. ${o.title}`,
  }))
  const known = new Set(order.map((o) => o.key))
  for (const { thread } of withInput) {
    if (thread.opgave !== null && !known.has(thread.opgave)) {
      known.add(thread.opgave)
      order.push({ key: thread.opgave, title: thread.section ?? `Opgave ${thread.opgave}` })
    }
  }
  order.push({ key: null, title: 'Overige hoofdstukken' })

  const groupOrder: GroupKey[] = [...GROUPS, 'onbekend']
  const sections: ReactionSection[] = []
  for (const { key, title } of order) {
    const here = withInput.filter((r) => r.thread.opgave === key)
    if (here.length === 0) continue
    const quoted = here.filter((r) => r.thread.public)
    const groups = groupOrder
      .map((g) => ({
        group: groupName(g),
        items: quoted.filter((r) => r.group === g).map((r) => item(r.thread, r.author)),
      }))
      .filter((g) => g.items.length > 0)
    sections.push({ title, reactions: here.length, quoted: quoted.length, groups })
  }

  const totals: string[] = []
  for (const g of groupOrder) {
    const mine = withInput.filter((r) => r.group === g)
    if (mine.length === 0) continue
    const kind = (k: ResponseKind) => mine.filter((r) => r.thread.response?.kind === k).length
    const open = mine.filter((r) => !r.thread.response).length
    const parts = [plural(mine.length, 'reactie', 'reacties'), `${kind('overgenomen')} overgenomen`]
    if (kind('deels-overgenomen')) parts.push(`${kind('deels-overgenomen')} deels overgenomen`)
    if (kind('niet-overgenomen')) parts.push(`${kind('niet-overgenomen')} niet overgenomen`)
    if (kind('beantwoord')) parts.push(`${kind('beantwoord')} beantwoord`)
    if (open) parts.push(`${open} nog zonder antwoord`)
    totals.push(`${groupName(g)}: ${parts.join(', ')}`)
  }
  return { totals, sections }
}

/** An item as lines of plain text, the same in every format (the format escapes and styles them). */
export function reactionLines(item: ReactionItem): string[] {
  const q = (text: string) => `„${text}”`
  const lines: string[] = []
  if (item.about) lines.push(`Over de tekst: ${q(item.about)}`)
  for (const words of item.words) lines.push(`Inbreng: ${q(words)}`)
  if (item.proposal) {
    const { original, text } = item.proposal
    lines.push(
      original === ''
        ? `Voorstel: ${q(text)} toevoegen`
        : text === ''
          ? `Voorstel: ${q(original)} schrappen`
          : `Voorstel: ${q(original)} vervangen door ${q(text)}`,
    )
  }
  lines.push(`Reactie van het schrijfteam: ${item.response}`)
  const change = item.change
  if (change)
    lines.push(
      `Wat veranderde: ${
        change.from === ''
          ? `${q(change.to)} toegevoegd`
          : change.to === ''
            ? `${q(change.from)} geschrapt`
            : `${q(change.from)} → ${q(change.to)}`
      }`,
    )
  return lines
}

/** Under a section: how many of its reactions are quoted. */
export function sectionSummary(section: ReactionSection): string {
  const n = section.reactions
  const all = `${n} ${n === 1 ? 'reactie' : 'reacties'}`
  if (section.quoted === n) return `${all}, alle openbaar.`
  if (section.quoted === 0) return `${all}, geen daarvan openbaar gemaakt.`
  return `${all}, waarvan ${section.quoted} openbaar.`
}
