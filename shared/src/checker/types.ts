/** The checker's report: the JSON contract of GET /api/documents/:id/check and the CLI's --json. */

export type OpgaveStatus = 'addressed' | 'partial' | 'missing'

export interface Evidence {
  /** The quoted sentence. */
  quote: string
  /** Heading of the section it is in ('' before the first heading). */
  section: string
  /** Index of the block (paragraph, list item, table row…) in the document, counting from 0. */
  paragraph: number
  /** Which document it came from, when several were checked together. */
  document?: string
}

export interface Finding {
  /** Stable code, e.g. "opgave-2.missing-section". */
  code: string
  /** Dutch, says what to add. */
  message: string
  severity?: 'info' | 'warning'
  evidence?: Evidence[]
}

export interface OpgaveReport {
  opgave: number
  title: string
  status: OpgaveStatus
  findings: Finding[]
  /** Block index of the opgave's section heading in the document, when there is one. */
  sectionIndex?: number
}

export interface CheckReport {
  ruleset: string
  complete: boolean
  opgaven: OpgaveReport[]
  /** Findings about the whole document (e.g. it is about another domain). */
  findings?: Finding[]
}
