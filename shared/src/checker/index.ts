export { type CheckOptions, checkDocument, DEFAULT_RULESET } from './checkDocument.ts'
export { NVO_OPGAVEN, type OpgaveDefinition } from './opgaven.ts'
export type { CheckReport, Evidence, Finding, OpgaveReport, OpgaveStatus } from './types.ts'
