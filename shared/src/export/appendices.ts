import { getRuleSet } from '../checker/rulesets/index.ts'
import type { OpgaveStatus } from '../checker/types.ts'
import { CONSULTED_GROUPS, type ParticipationReport } from '../comments.ts'
import { GROUP_LABELS, GROUPS, type Group } from '../groups.ts'
import type { Reactieverslag } from './reactieverslag.ts'
import type { ExportContent } from './types.ts'

/** Dutch status names as the councils read them. */
export const STATUS_LABELS: Record<OpgaveStatus, string> = {
  addressed: 'Uitgewerkt',
  partial: 'Gedeeltelijk',
  missing: 'Ontbreekt',
}

export const CHECK_APPENDIX_TITLE = 'Toets aan de Norm voor Opdrachtgeverschap'
export const PARTICIPATION_APPENDIX_TITLE = 'Verantwoording participatie'

/** What the checker appendix says the document was checked against, per rule set. */
const CHECKED_AGAINST: Readonly<Record<string, string>> = {
  'nvo-2020': 'de Norm voor Opdrachtgeverschap',
  'wet-2026': 'de Norm voor Opdrachtgeverschap en de Wet verbetering beschikbaarheid jeugdzorg',
}

/** "de Norm voor Opdrachtgeverschap", or for another rule set its own name ("de regelset Beschermd Wonen …"). */
function checkedAgainst(ruleset: string): string {
  if (Object.hasOwn(CHECKED_AGAINST, ruleset)) return CHECKED_AGAINST[ruleset]!
  const label = getRuleSet(ruleset)?.label
  return label ? `de regelset ${label}` : 'de Norm voor Opdrachtgeverschap'
}

/** The checker appendix's title for a rule set: "Toets aan de Norm voor Opdrachtgeverschap" for nvo-2020. */
export function checkAppendixTitle(ruleset: string): string {
  return `Toets aan ${checkedAgainst(ruleset)}`
}

export interface CheckAppendixRow {
  opgave: number
  title: string
  status: OpgaveStatus
  statusLabel: string
  messages: string[]
}

export interface CheckAppendix {
  kind: 'check'
  /** "Bijlage A". */
  label: string
  title: string
  id: string
  intro: string
  summary: string
  rows: CheckAppendixRow[]
  /** Findings about the document as a whole. */
  general: string[]
}

/** A column of the participation table: an opgave of the rule set, the other chapters, or the total. */
export interface ParticipationAppendixColumn {
  /** The short header: "9", "Overig", "Totaal". */
  label: string
  /** What it stands for in full: "Opgave 9. Wachttijden", "overige hoofdstukken", "het hele document". */
  title: string
}

/** People of a group who reacted, and their comments; both 0 where nobody of the group did. */
export interface ParticipationAppendixCell {
  people: number
  comments: number
}

/** A row of the participation table: one stakeholder group, a cell per column. */
export interface ParticipationAppendixRow {
  group: string
  cells: ParticipationAppendixCell[]
}

/**
 * Who reacted where as one groups × opgaven table, the same as the overview in the interface:
 * a row per stakeholder group (every consulted group, so silence shows), a column per opgave of
 * the document's rule set, then the other chapters and the whole document.
 */
export interface ParticipationAppendix {
  kind: 'participation'
  label: string
  title: string
  id: string
  intro: string
  /** How to read a cell. */
  legend: string
  columns: ParticipationAppendixColumn[]
  rows: ParticipationAppendixRow[]
  /** What the short column headers stand for, one line each: "Opgave 9. Wachttijden", "Totaal: het hele document". */
  key: string[]
  /** Consulted groups without any reaction on the whole document. */
  silent: string[]
  /** The reactieverslag below the table: totals per group, then per opgave and group the public reactions. */
  reactieverslag: Reactieverslag | null
}

/** The heading of the reactieverslag inside the participation appendix, and what it says first. */
export const REACTIEVERSLAG_TITLE = 'Reactieverslag: wat er met de inbreng is gedaan'
export const REACTIEVERSLAG_INTRO =
  'Per groep het aantal reacties en wat het schrijfteam ermee deed. Daarna per opgave en per groep de reacties die de projectleider openbaar maakte, met de reactie van het schrijfteam en wat er in de tekst veranderde. Jongeren en ouders staan er als hun groep in, tenzij zij kozen voor hun naam.'

export type Appendix = CheckAppendix | ParticipationAppendix

function groupLabel(group: string): string {
  return Object.hasOwn(GROUP_LABELS, group) ? GROUP_LABELS[group as Group].nl : 'Groep onbekend of niet bevestigd'
}

function countComments(report: ParticipationReport): number {
  return report.sections.reduce((sum, s) => sum + s.comments, 0)
}

function checkAppendix(content: ExportContent, label: string): CheckAppendix {
  const { check } = content
  const rows = check.opgaven.map((o) => ({
    opgave: o.opgave,
    title: o.title,
    status: o.status,
    statusLabel: STATUS_LABELS[o.status] ?? o.status,
    messages: o.findings.map((f) => f.message),
  }))
  const count = (s: OpgaveStatus) => rows.filter((r) => r.status === s).length
  const summary =
    rows.length === 0
      ? 'Er is geen toetsresultaat voor deze versie.'
      : `${count('addressed')} van de ${rows.length} opgaven uitgewerkt, ${count('partial')} gedeeltelijk, ${count('missing')} ontbreken.`
  return {
    kind: 'check',
    label,
    title: checkAppendixTitle(check.ruleset),
    id: 'bijlage-toets',
    intro: `Uitkomst van de toets van deze versie aan ${checkedAgainst(check.ruleset)} (regelset ${check.ruleset}): per opgave of die is uitgewerkt, en wat de toets vond of nog mist.`,
    summary,
    rows,
    general: (check.findings ?? []).map((f) => f.message),
  }
}

/** A cell as text: "2 (3)" for two people with three comments, "–" where nobody reacted. */
export function participationCellText(cell: ParticipationAppendixCell): string {
  return cell.people === 0 ? '–' : `${cell.people} (${cell.comments})`
}

type GroupKey = Group | 'onbekend'

/**
 * The rows: every consulted group (silence must show), the others (gemeente, anders) only once
 * someone of them reacted, and last the people whose group the owner has not confirmed.
 */
function participationGroups(report: ParticipationReport): GroupKey[] {
  const rows: GroupKey[] = GROUPS.filter((g) => CONSULTED_GROUPS.includes(g) || (report.people[g] ?? 0) > 0)
  return (report.people.onbekend ?? 0) > 0 ? [...rows, 'onbekend'] : rows
}

function participationAppendix(
  report: ParticipationReport,
  label: string,
  reactieverslag: Reactieverslag | null,
): ParticipationAppendix {
  const columns: ParticipationAppendixColumn[] = [
    ...report.sections.map((s) =>
      s.opgave === null
        ? { label: 'Overig', title: 'overige hoofdstukken' }
        : { label: String(s.opgave), title: `Opgave ${s.opgave}. ${s.title}` },
    ),
    { label: 'Totaal', title: 'het hele document' },
  ]
  const counted = [...report.sections, report]
  return {
    kind: 'participation',
    label,
    title: PARTICIPATION_APPENDIX_TITLE,
    id: 'bijlage-participatie',
    intro:
      'Welke groepen belanghebbenden via opmerkingen in de editor op welke opgave reageerden. Alleen inbreng telt: antwoorden van het schrijfteam (redacteuren en projectleider) tellen niet mee. Een groep telt pas wanneer de projectleider die heeft bevestigd. De opmerkingen zelf maken geen deel uit van dit document.',
    legend: 'Per cel: het aantal verschillende personen, tussen haakjes hun aantal reacties; – : geen reactie.',
    columns,
    rows: participationGroups(report).map((g) => ({
      group: groupLabel(g),
      cells: counted.map((s) => ({ people: s.people[g] ?? 0, comments: s.commentsByGroup[g] ?? 0 })),
    })),
    key: columns.map((c) => (c.title.startsWith(`Opgave ${c.label}.`) ? c.title : `${c.label}: ${c.title}`)),
    silent: report.silentGroups.map(groupLabel),
    reactieverslag,
  }
}

/**
 * The appendices of an export, as data every format renders the same way: always the checker's
 * result, and the participation summary only when there are comments to account for.
 */
export function buildAppendices(content: ExportContent): Appendix[] {
  const appendices: Appendix[] = [checkAppendix(content, 'Bijlage A')]
  if (content.participation && countComments(content.participation) > 0) {
    appendices.push(participationAppendix(content.participation, 'Bijlage B', content.reactieverslag ?? null))
  }
  return appendices
}
