import type { Corpus, Unit } from '../corpus.ts'
import { positionIn } from '../outline.ts'
import type { Evidence, Finding, OpgaveReport, OpgaveStatus } from '../types.ts'
import type { Collected, Deferral } from './collect.ts'
import type { CheckContext, ElementRule, ElementState, Hit, OpgaveRule } from './types.ts'

const MAX_EVIDENCE = 3
const MAX_QUOTE = 280

export interface JudgeOptions {
  /** Name documents in evidence (several documents checked together). */
  multi: boolean
  /** Documents that are checked together: a deferral to one of them is resolved. */
  corpora: readonly Corpus[]
  /** Evidence from outside the text (adoption tracker, comments). */
  context?: CheckContext
}

/** Evidence for a unit: the quote and where it is (block index and ProseMirror positions). */
export function evidenceOf(unit: Unit, corpus: Corpus, multi: boolean): Evidence {
  const b = unit.block
  const exact = b.type !== 'tableRow'
  const quote = unit.text.length > MAX_QUOTE ? `${unit.text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : unit.text
  const evidence: Evidence = {
    quote,
    section: corpus.sectionOf(unit),
    paragraph: b.index,
    from: exact ? positionIn(b, unit.start) : b.from,
    to: exact ? positionIn(b, unit.end) : b.to,
  }
  if (multi && corpus.name !== undefined) evidence.document = corpus.name
  return evidence
}

/**
 * Up to three quotes: the units that showed most (distinct keys), and those in a section or list about
 * the opgave's topic, first; shown in document order.
 */
function evidenceList(items: readonly { unit: Unit; corpus: Corpus }[], multi: boolean, topic?: RegExp): Evidence[] {
  const weight = new Map<Unit, { corpus: Corpus; n: number; order: number }>()
  items.forEach(({ unit, corpus }, order) => {
    const w = weight.get(unit)
    if (w) w.n++
    else weight.set(unit, { corpus, n: topic && corpus.around(unit, topic) ? 3 : 1, order })
  })
  return [...weight.entries()]
    .sort(([, a], [, b]) => b.n - a.n || a.order - b.order)
    .slice(0, MAX_EVIDENCE)
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([unit, { corpus }]) => evidenceOf(unit, corpus, multi))
}

/** A deferral to a document that is itself among the checked documents is resolved: that document decides. */
function resolved(d: Deferral, corpora: readonly Corpus[]): boolean {
  if (!d.to) return false
  const to = d.to
  return corpora.some((c) => c !== d.corpus && (c.title.includes(to) || (c.name ?? '').toLowerCase().includes(to)))
}

/** "de inkoopstrategie", "het beleidskader". */
function withArticle(document: string): string {
  return /(kader|plan|programma|document|bestek|aanpak)$/.test(document) ? `het ${document}` : `de ${document}`
}

function stateLabel(state: ElementState): string {
  return state === 'some' ? 'Deels gevonden' : 'Nog niet gevonden'
}

/** Whether an element found makes its opgave `partial` on its own (`ElementRule.alone`). */
function standsAlone(o: { element: ElementRule; hits: readonly Hit[] }): boolean {
  const { alone } = o.element
  return typeof alone === 'function' ? alone(o.hits) : alone !== false
}

/**
 * Judges one opgave from what each document showed: `addressed` when every core element is found
 * and nothing is put off, `partial` when some substance is there, `missing` otherwise.
 */
export function judgeOpgave(
  opgave: number,
  rule: OpgaveRule,
  collected: readonly Collected[],
  options: JudgeOptions,
): OpgaveReport {
  const { multi } = options
  const code = (suffix: string) => `opgave-${opgave}.${suffix}`
  const RANK: Record<ElementState, number> = { none: 0, some: 1, found: 2 }
  const weighed = collected.flatMap((c) => c.options)
  const outcomes = rule.elements.map((element) => {
    const hits: Hit[] = collected.flatMap((c) => c.hits.get(element) ?? [])
    const judged = element.judge(hits)
    // Options weighed for the element, none chosen: there in part.
    const fromText = judged === 'none' && weighed.some((o) => o.element === element) ? 'some' : judged
    const context = options.context ? (element.fromContext?.(options.context, hits) ?? null) : null
    const state = context && RANK[context.state] > RANK[fromText] ? context.state : fromText
    return { element, hits, state, context }
  })
  const core = outcomes.filter((o) => o.element.core !== false)
  const deferrals = collected.flatMap((c) => c.deferrals).filter((d) => !resolved(d, options.corpora))
  const limits = collected.flatMap((c) => c.limits)
  const allFound = core.every((o) => o.state === 'found')
  const present = core.filter((o) => o.state !== 'none')
  let status: OpgaveStatus
  if (allFound) status = deferrals.length || limits.length ? 'partial' : 'addressed'
  else if (present.some(standsAlone) || present.length >= 2) status = 'partial'
  else status = 'missing'

  const todo: Finding[] = []
  const found: Finding[] = []
  for (const { element, context } of outcomes) {
    if (!context) continue
    const finding: Finding = {
      code: code(`${element.id}-registratie`),
      message: context.message,
      severity: context.severity,
    }
    ;(context.severity === 'info' ? found : todo).push(finding)
  }
  for (const { element, hits, state } of outcomes) {
    const isCore = element.core !== false
    if (state === 'found') {
      if (isCore)
        found.push({
          code: code(element.id),
          message: `Gevonden: ${element.label}.`,
          severity: 'info',
          evidence: evidenceList(
            element.strong ? hits.filter((h) => element.strong?.(h.key)) : hits,
            multi,
            rule.topic,
          ),
        })
      continue
    }
    if (!isCore) {
      todo.push({ code: code(element.id), message: element.todo, severity: 'info' })
      continue
    }
    const own = deferrals.filter((d) => d.element === element)
    const finding: Finding = {
      code: code(element.id),
      message: `${stateLabel(state)}: ${element.label}. ${element.todo}`,
      severity: 'warning',
    }
    const shown = state === 'some' ? (hits.length ? hits : weighed.filter((o) => o.element === element)) : own
    const evidence = evidenceList(shown, multi, rule.topic)
    if (evidence.length) finding.evidence = evidence
    todo.push(finding)
  }
  if (deferrals.length) {
    const targets = [...new Set(deferrals.map((d) => d.to).filter((t): t is string => !!t))]
    const where = targets.length ? `naar ${targets.map(withArticle).join(' en ')}` : 'naar later'
    todo.unshift({
      code: code('uitgesteld'),
      message: `Een deel van deze opgave wordt doorgeschoven ${where}. Leg de afspraken in dit document vast${targets.length ? ', of toets het andere document samen met dit document' : ''}.`,
      severity: 'warning',
      evidence: evidenceList(deferrals, multi),
    })
  }
  if (limits.length) {
    todo.unshift({
      code: code('beperkt'),
      message:
        'Een deel van deze afspraken geldt niet voor alle gemeenten: iedere gemeente kan er zelf van afwijken of is er niet aan gebonden. Leg vast wat voor de hele regio geldt.',
      severity: 'warning',
      evidence: evidenceList(limits, multi),
    })
  }
  if (status === 'missing') {
    const mentions = collected.flatMap((c) => c.mentions.map((unit) => ({ unit, corpus: c.corpus })))
    if (mentions.length) {
      todo.unshift({
        code: code('alleen-genoemd'),
        message:
          'Het onderwerp wordt genoemd, maar nog zonder eigen afspraken van de regio: alleen als voornemen, als uitstel of in de woorden van de NvO. Schrijf uit wat de regio concreet heeft besloten.',
        severity: 'warning',
        evidence: evidenceList(mentions, multi),
      })
    }
  }
  return { opgave, title: rule.title, status, findings: [...todo, ...found] }
}
