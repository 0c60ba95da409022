import type { JSONContent } from '@tiptap/core'
import { checkDocument } from './checkDocument.ts'
import { Corpus } from './corpus.ts'
import { collect } from './engine/collect.ts'
import type { ElementState, OpgaveRule } from './engine/types.ts'
import { defers, markersOf } from './text/markers.ts'
import { normalize } from './text/normalize.ts'

/** Tiny builders for checker tests: `doc(h(2, 'Inkoop'), p('…'), ul('…', '…'))`. */
const text = (t: string): JSONContent[] => (t ? [{ type: 'text', text: t }] : [])
export const p = (t: string): JSONContent => ({ type: 'paragraph', content: text(t) })
export const h = (level: number, t: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: 'heading',
  attrs: { level, ...attrs },
  content: text(t),
})
export const ul = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((i) => ({ type: 'listItem', content: [p(i)] })),
})
export const table = (header: string[], ...rows: string[][]): JSONContent => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((c) => ({ type: 'tableHeader', content: [p(c)] })) },
    ...rows.map((r) => ({ type: 'tableRow', content: r.map((c) => ({ type: 'tableCell', content: [p(c)] })) })),
  ],
})
export const guidance = (t: string): JSONContent => ({ type: 'guidance', attrs: { text: t } })
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

/** A document of one paragraph per string. */
export const prose = (...paragraphs: string[]): JSONContent => doc(...paragraphs.map(p))

/** The state of one element of an opgave rule in a document (opgave number 1 unless given). */
export function elementState(rule: OpgaveRule, id: string, document: JSONContent, opgave = 1): ElementState {
  const element = rule.elements.find((e) => e.id === id)
  if (!element) throw new Error(`no element ${id} in ${rule.id}`)
  const corpus = new Corpus(document)
  return element.judge(collect(corpus, rule, opgave).hits.get(element) ?? [])
}

/** One opgave's report when the whole document is checked. */
const reportOf = (document: JSONContent, opgave: number, ruleset: string) =>
  checkDocument(document, { ruleset }).opgaven.find((o) => o.opgave === opgave)

/** The finding codes of one opgave when the whole document is checked. */
export function codesOf(document: JSONContent, opgave: number, ruleset = 'nvo-2020'): string[] | undefined {
  return reportOf(document, opgave, ruleset)?.findings.map((f) => f.code)
}

/** The status of one opgave when the whole document is checked. */
export function statusOf(document: JSONContent, opgave: number, ruleset = 'nvo-2020'): string | undefined {
  return reportOf(document, opgave, ruleset)?.status
}

/** Marker bits (`Flag`) of one sentence. */
export const flagsOf = (sentence: string): number => markersOf(normalize(sentence))

/** Whether one sentence puts something off. */
export const defersSentence = (sentence: string): boolean => defers((re) => re.test(normalize(sentence)))
