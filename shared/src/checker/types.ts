/** The checker's report: the JSON contract of GET /api/documents/:id/check and the CLI's --json. */

export type OpgaveStatus = 'addressed' | 'partial' | 'missing'

export interface Evidence {
  /** The quoted sentence. */
  quote: string
  /** Heading of the section it is in ('' before the first heading). */
  section: string
  /** Index of the block (paragraph, list item, heading, table row) in the document, counting from 0. */
  paragraph: number
  /** ProseMirror position where the quote starts (a table row: the row's start). Select from…to to show it. */
  from?: number
  /** ProseMirror position where the quote ends. */
  to?: number
  /** Which document it came from, when several were checked together. */
  document?: string
}

export interface Finding {
  /**
   * Stable code: `opgave-<n>.<element>` for an element of an opgave (e.g. "opgave-8.tariefopbouw-transparantie"),
   * `opgave-<n>.uitgesteld` (put off), `opgave-<n>.alleen-genoemd` (mention only), `document.<…>` for the whole document.
   */
  code: string
  /** Dutch: what was found, or what to add. */
  message: string
  /**
   * 'warning': needs attention (not found yet, partly found, deferred). 'info': found (with evidence)
   * or a tip. Findings are ordered: warnings first.
   */
  severity?: 'info' | 'warning'
  /** For found or partly found elements: the sentences that show it; for deferrals: the deferring sentences. */
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

/** What one of several documents checked together covers on its own. */
export interface DocumentCoverage {
  name: string
  opgaven: { opgave: number; status: OpgaveStatus }[]
}

export interface CheckReport {
  ruleset: string
  complete: boolean
  opgaven: OpgaveReport[]
  /** Findings about the whole document (e.g. it is about another domain). */
  findings?: Finding[]
  /** When several documents were checked together: what each covers on its own. */
  documents?: DocumentCoverage[]
}
