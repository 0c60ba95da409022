import type { JSONContent } from '@tiptap/core'
import { Corpus } from './corpus.ts'
import { domainFindings } from './domain.ts'
import type { Collected, Scope } from './engine/collect.ts'
import { collect } from './engine/collect.ts'
import { judgeOpgave } from './engine/judge.ts'
import type { CheckContext, OpgaveRule } from './engine/types.ts'
import { fieldOf } from './fieldScope.ts'
import { plainLanguageFindings } from './plainLanguage.ts'
import { DEFAULT_RULESET, getRuleSet } from './rulesets/index.ts'
import { overviewOf, ownTopics, sectionTopics, textTopics } from './sections.ts'
import type { CheckReport, DocumentCoverage, Finding } from './types.ts'

export { DEFAULT_RULESET }

export interface CheckOptions {
  /** Rule set id: 'nvo-2020' (default), 'wet-2026' or 'bw-mo'. */
  ruleset?: string
  /** What the product knows beyond the text: the adoption tracker and who commented (opgave 1). */
  context?: CheckContext
}

export interface NamedDocument {
  name: string
  doc: JSONContent
}

/**
 * Checks a ProseMirror JSON document against a rule set. Pure: the same function runs in the
 * browser, on the server and in the CLI.
 */
export function checkDocument(doc: JSONContent, options: CheckOptions = {}): CheckReport {
  return checkCorpora([new Corpus(doc)], options)
}

/**
 * Checks several documents together (a beleidskader and an inkoopstrategie): the combined coverage,
 * with `documents` saying what each covers on its own and evidence naming its document.
 */
export function checkDocuments(docs: readonly NamedDocument[], options: CheckOptions = {}): CheckReport {
  return checkCorpora(
    docs.map((d) => new Corpus(d.doc, d.name)),
    options,
  )
}

function checkCorpora(corpora: Corpus[], options: CheckOptions): CheckReport {
  const requested = options.ruleset ?? DEFAULT_RULESET
  const findings: Finding[] = []
  let ruleset = getRuleSet(requested)
  if (!ruleset) {
    findings.push({
      code: 'document.regelset-onbekend',
      message: `De regelset "${requested}" bestaat niet; de toets gebruikt ${DEFAULT_RULESET}.`,
      severity: 'warning',
    })
    ruleset = getRuleSet(DEFAULT_RULESET)!
  }
  if (ruleset.draft)
    findings.push({
      code: 'document.regelset-concept',
      message: `De regelset ${ruleset.label} is een concept: de lijst met opgaven is nog niet geverifieerd. Gebruik de uitkomst als hulpmiddel.`,
      severity: 'info',
    })
  findings.push(...domainFindings(corpora, ruleset))
  findings.push(...plainLanguageFindings(corpora, ruleset))

  const multi = corpora.length > 1
  const topicsOfText = textTopics(ruleset)
  const scopes = corpora.map((c) => {
    const own = ownTopics(c, ruleset)
    const section = sectionTopics(c, ruleset)
    const overview = overviewOf(c, ruleset, own, section)
    const scope: Scope = { sectionTopics: section, ownTopics: own, overview, topicsOfText }
    // A jeugd rule set counts no arrangement made only for the Wmo side of a joint vision. (The BW/MO
    // rule set excludes nothing: its visions name young adults and families as part of their own field.)
    if (ruleset.domain === 'jeugd') {
      const field = fieldOf(c)
      scope.elsewhere = (u) => field(u) === 'wmo'
    }
    return scope
  })
  const perOpgave = ruleset.opgaven.map(({ opgave, rule }) => ({
    opgave,
    rule,
    collected: corpora.map((c, i) => collect(c, rule, opgave, scopes[i])),
  }))
  const opgaven = perOpgave.map(({ opgave, rule, collected }) => {
    const report = judgeOpgave(opgave, rule, collected, { multi, corpora, context: options.context })
    const heading =
      corpora.length === 1 ? corpora[0]?.blocks.find((b) => b.type === 'heading' && b.opgave === opgave) : undefined
    return heading ? { ...report, sectionIndex: heading.index } : report
  })

  const report: CheckReport = {
    ruleset: ruleset.id,
    complete: opgaven.every((o) => o.status === 'addressed'),
    opgaven,
  }
  if (findings.length) report.findings = findings
  if (multi) report.documents = corpora.map((corpus, i) => coverage(corpus, i, perOpgave))
  return report
}

/** What one document covers when judged on its own. */
function coverage(
  corpus: Corpus,
  index: number,
  perOpgave: readonly { opgave: number; rule: OpgaveRule; collected: Collected[] }[],
): DocumentCoverage {
  return {
    name: corpus.name ?? `document ${index + 1}`,
    opgaven: perOpgave.map(({ opgave, rule, collected }) => ({
      opgave,
      status: judgeOpgave(opgave, rule, [collected[index]!], { multi: false, corpora: [corpus] }).status,
    })),
  }
}
