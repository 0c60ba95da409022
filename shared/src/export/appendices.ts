import { getRuleSet } from '../checker/rulesets/index.ts'
import type { OpgaveStatus } from '../checker/types.ts'
import type { ParticipationReport } from '../comments.ts'
import { GROUP_LABELS, type Group } from '../groups.ts'
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

export interface ParticipationAppendixRow {
  section: string
  comments: number
  /** "Jongeren (2)": the groups that reacted, with the number of distinct people. */
  reacted: string[]
  /** Consulted groups without a reaction on this section. */
  silent: string[]
}

export interface ParticipationAppendix {
  kind: 'participation'
  label: string
  title: string
  id: string
  intro: string
  rows: ParticipationAppendixRow[]
  reacted: string[]
  silent: string[]
}

export type Appendix = CheckAppendix | ParticipationAppendix

function groupLabel(group: string): string {
  return Object.hasOwn(GROUP_LABELS, group) ? GROUP_LABELS[group as Group].nl : 'Groep onbekend of niet bevestigd'
}

function reactedGroups(people: Partial<Record<string, number>>): string[] {
  return Object.entries(people)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([group, n]) => `${groupLabel(group)} (${n})`)
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

function participationAppendix(report: ParticipationReport, label: string): ParticipationAppendix {
  const silent = (groups: Group[]) => groups.map(groupLabel)
  return {
    kind: 'participation',
    label,
    title: PARTICIPATION_APPENDIX_TITLE,
    id: 'bijlage-participatie',
    intro:
      'Welke groepen belanghebbenden via opmerkingen in de editor op welk hoofdstuk reageerden. Tussen haakjes: het aantal verschillende personen. Antwoorden van het schrijfteam (redacteuren en projectleider) tellen niet mee. De opmerkingen zelf maken geen deel uit van dit document.',
    rows: report.sections.map((s) => ({
      section: s.opgave === null ? s.title : `Opgave ${s.opgave}. ${s.title}`,
      comments: s.comments,
      reacted: reactedGroups(s.people),
      silent: silent(s.silentGroups),
    })),
    reacted: reactedGroups(report.people),
    silent: silent(report.silentGroups),
  }
}

/**
 * The appendices of an export, as data every format renders the same way: always the checker's
 * result, and the participation summary only when there are comments to account for.
 */
export function buildAppendices(content: ExportContent): Appendix[] {
  const appendices: Appendix[] = [checkAppendix(content, 'Bijlage A')]
  if (content.participation && countComments(content.participation) > 0) {
    appendices.push(participationAppendix(content.participation, 'Bijlage B'))
  }
  return appendices
}
