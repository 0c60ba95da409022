import type { CheckReport } from '../checker/types.ts'
import type { ParticipationReport } from '../comments.ts'
import type { JSONContent } from '../schema/index.ts'
import type { Reactieverslag } from './reactieverslag.ts'

/** What the title page shows about the exported version. */
export interface ExportMeta {
  title: string
  region: string | null
  municipalities: string[]
  /** The named version ("Versie ter vaststelling"); null for the current, unnamed state ("Concept"). */
  versionName: string | null
  /** ISO 8601 timestamp of the version (or of the export, for the current state). */
  versionDate: string
  /**
   * Short fingerprint of the exported state, kept in the file's properties (not on the title page,
   * which speaks people's words), so a council can still tell which text it adopted.
   */
  versionId: string
  /** The rule set the document is checked against (`nvo-2020`): the title page names it in words. */
  ruleset: string
}

/** Everything an export is made of. Comments are not part of it: only their summary in `participation`. */
export interface ExportContent {
  /** ProseMirror JSON of the shared schema. */
  doc: JSONContent
  meta: ExportMeta
  /** The checker's result for this content: the appendix "Toets aan de Norm voor Opdrachtgeverschap". */
  check: CheckReport
  /** null, or a report without comments: no appendix "Verantwoording participatie". */
  participation: ParticipationReport | null
  /**
   * What was done with the input (`buildReactieverslag` over the threads as a lezer reads them): shown
   * in the participation appendix below its table. Absent or null: the table alone.
   */
  reactieverslag?: Reactieverslag | null
}
