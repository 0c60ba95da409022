export {
  type CheckOptions,
  checkDocument,
  checkDocuments,
  DEFAULT_RULESET,
  type NamedDocument,
} from './checkDocument.ts'
export type { CheckContext, ElementRule, OpgaveRule, RuleSet } from './engine/types.ts'
export {
  type LocalizedFinding,
  type LocalizedOpgave,
  type LocalizedReport,
  localizeReport,
  opgaveTitleIn,
  type ReportLang,
} from './localize.ts'
export { RULESET_MESSAGES_EN } from './messages.en.ts'
export { PLAIN_LANGUAGE_SECTION } from './plainLanguage.ts'
export { prefilterMisses } from './prefilterMisses.ts'
export { NVO_OPGAVEN, type OpgaveDefinition, opgavenOf, outlineOf } from './rulesetOutlines.ts'
export { getRuleSet, RULESETS } from './rulesets/index.ts'
export type {
  CheckReport,
  DocumentCoverage,
  Evidence,
  Finding,
  OpgaveReport,
  OpgaveStatus,
} from './types.ts'
