import { getRuleSet } from '../checker/rulesets/index.ts'
import type { JSONContent } from '../schema/index.ts'
import { formatDutchDate } from './exportDate.ts'
import type { ExportOutline } from './outline.ts'
import type { ExportMeta } from './types.ts'

/** What the title page says, in the words of the people who read it; every format prints this. */
export interface TitlePage {
  title: string
  /** The lines of the document's title block as typed (rendered like body blocks, not numbered). */
  blocks: JSONContent[]
  /** "Regio Holland Rijnland", only for a document without a title block of its own (an import). */
  region: string | null
  /** Only for a document without a title block of its own: the template's block already names them. */
  municipalities: string[]
  /** "Versie ter vaststelling, 30 november 2026"; "Concept, stand van 30 november 2026" for the current text. */
  version: string
  /** "Getoetst aan de Norm voor Opdrachtgeverschap (2020)". */
  checkedAgainst: string
}

/** Per rule set, what the text was checked against: the norm, and under the law the law too. */
const CHECKED_AGAINST: Readonly<Record<string, string>> = {
  'nvo-2020': 'de Norm voor Opdrachtgeverschap (2020)',
  'wet-2026': 'de Wet verbetering beschikbaarheid jeugdzorg (2026) en de Norm voor Opdrachtgeverschap (2020)',
}

/** "Getoetst aan …" for a rule set id: its own words, else the rule set's label, never the id alone. */
export function checkedAgainstLine(ruleset: string): string {
  if (Object.hasOwn(CHECKED_AGAINST, ruleset)) return `Getoetst aan ${CHECKED_AGAINST[ruleset]}`
  const label = getRuleSet(ruleset)?.label
  return label ? `Getoetst aan de regelset ${label}` : 'Getoetst aan de Norm voor Opdrachtgeverschap (2020)'
}

/** The version as a council names it: its name and its date. */
export function versionLine(meta: Pick<ExportMeta, 'versionName' | 'versionDate'>): string {
  const date = formatDutchDate(meta.versionDate)
  return meta.versionName ? `${meta.versionName}, ${date}` : `Concept, stand van ${date}`
}

/**
 * The title the export carries (title page, running header, file name, document properties): the
 * one typed in the document's title block, else the title the document was created with.
 */
export function exportTitle(meta: Pick<ExportMeta, 'title'>, outline: Pick<ExportOutline, 'titleBlock'>): string {
  return outline.titleBlock?.title ?? meta.title
}

/**
 * The title page of an export. A document with a title block speaks for itself: its title and the
 * lines under it are printed as typed, and nothing from the record is added to them (a region line
 * the writers removed stays removed). A document without one (an import) gets the record's title,
 * region and municipalities.
 */
export function titlePageOf(meta: ExportMeta, outline: Pick<ExportOutline, 'titleBlock'>): TitlePage {
  const own = outline.titleBlock
  return {
    title: exportTitle(meta, outline),
    blocks: own?.blocks ?? [],
    region: own ? null : meta.region,
    municipalities: own ? [] : meta.municipalities,
    version: versionLine(meta),
    checkedAgainst: checkedAgainstLine(meta.ruleset),
  }
}
