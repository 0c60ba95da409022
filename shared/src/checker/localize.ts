import { GROUP_LABELS, GROUPS } from '../groups.ts'
import { GENERIC_EN, RULESET_MESSAGES_EN, type RuleSetMessages } from './messages.en.ts'
import type { CheckReport, Finding, OpgaveReport } from './types.ts'

/** The languages of the interface. The report itself is always Dutch. */
export type ReportLang = 'nl' | 'en'

/** A finding as the interface shows it: `lang` says which language its message ended up in. */
export interface LocalizedFinding extends Finding {
  lang: ReportLang
}

export interface LocalizedOpgave extends Omit<OpgaveReport, 'findings'> {
  findings: LocalizedFinding[]
  /** The language of `title`. */
  titleLang: ReportLang
}

export interface LocalizedReport extends Omit<CheckReport, 'opgaven' | 'findings'> {
  opgaven: LocalizedOpgave[]
  findings?: LocalizedFinding[]
}

const DUTCH_GROUPS = new Map(GROUPS.map((g) => [GROUP_LABELS[g].nl.toLowerCase(), GROUP_LABELS[g].en.toLowerCase()]))

/** "de inkoopstrategie en het beleidskader" → "the inkoopstrategie and the beleidskader" (names stay Dutch). */
function targetsEn(dutch: string): string {
  return dutch.replace(/\b(de|het) /g, 'the ').replace(/ en /g, ' and ')
}

/** "ouders, jongeren" → "parents, young people"; an unknown name stays as it is. */
function groupsEn(dutch: string): string {
  return dutch
    .split(', ')
    .map((g) => DUTCH_GROUPS.get(g) ?? g)
    .join(', ')
}

/** The English of a finding about the whole document, or null when its message has an unknown form. */
function documentFinding(f: Finding, ruleset: RuleSetMessages | undefined): string | null {
  switch (f.code) {
    case 'document.regelset-onbekend': {
      const m = /^De regelset "(.*)" bestaat niet; de toets gebruikt (\S+)\.$/.exec(f.message)
      return m ? GENERIC_EN.unknownRuleset(m[1]!, m[2]!) : null
    }
    case 'document.regelset-concept':
      return ruleset ? GENERIC_EN.draftRuleset(ruleset.label) : null
    case 'document.gewone-taal':
      return GENERIC_EN.noPlainLanguage
    case 'document.ander-domein':
      if (f.message.includes('niet over jeugdhulp')) return GENERIC_EN.otherDomainBwmo
      if (f.message.includes('gaan over jeugdhulp')) return GENERIC_EN.otherDomainJeugd
      return null
    default:
      return null
  }
}

/** The English of a finding on an opgave, or null when its code or message form is unknown. */
function opgaveFinding(f: Finding, ruleset: RuleSetMessages | undefined): string | null {
  const m = /^opgave-\d+\.(.+)$/.exec(f.code)
  if (!m) return null
  const suffix = m[1]!
  if (suffix === 'uitgesteld') {
    const to = /doorgeschoven naar (.+?)\. Leg de afspraken/.exec(f.message)?.[1]
    if (!to) return null
    return GENERIC_EN.deferred(to === 'later' ? null : targetsEn(to))
  }
  if (suffix === 'beperkt') return GENERIC_EN.limited
  if (suffix === 'alleen-genoemd') return GENERIC_EN.mentionOnly
  if (suffix.endsWith('-registratie')) {
    const commented = /^In dit document hebben gereageerd: (.*)\. Dat telt mee/.exec(f.message)
    if (commented) return GENERIC_EN.commented(groupsEn(commented[1]!))
    const handled = /^In dit document hebben gereageerd: (.*)\. Het schrijfteam heeft op alle (\d+) reacties/.exec(
      f.message,
    )
    if (handled) return GENERIC_EN.commentedAllAnswered(groupsEn(handled[1]!), handled[2]!)
    const open = /^In dit document hebben gereageerd: (.*)\. Op (\d+) van de (\d+) reacties/.exec(f.message)
    if (open) return GENERIC_EN.commentedOpen(groupsEn(open[1]!), open[2]!, open[3]!)
    const all = /hebben alle (\d+) gemeenteraden de regiovisie vastgesteld\.$/.exec(f.message)
    if (all) return GENERIC_EN.adoptedByAll(all[1]!)
    const some = /vastgesteld door (\d+) van (\d+) gemeenteraden\. Nog niet vastgesteld door: (.*)\.$/.exec(f.message)
    if (some) return GENERIC_EN.adoptedBySome(some[1]!, some[2]!, some[3]!)
    return null
  }
  const element = ruleset?.elements[f.code]
  if (!element) return null
  if (f.message.startsWith('Gevonden: ')) return GENERIC_EN.found(element.label)
  if (f.message.startsWith('Deels gevonden: ')) return GENERIC_EN.partly(element.label, element.todo)
  if (f.message.startsWith('Nog niet gevonden: ')) return GENERIC_EN.notYet(element.label, element.todo)
  // A recommended element that is not there: its advice alone.
  return element.todo
}

function localizeFinding(f: Finding, ruleset: RuleSetMessages | undefined): LocalizedFinding {
  const en = f.code.startsWith('document.') ? documentFinding(f, ruleset) : opgaveFinding(f, ruleset)
  return en === null ? { ...f, lang: 'nl' } : { ...f, message: en, lang: 'en' }
}

/**
 * The report in the interface's language: for English, each finding's message from the English
 * catalogue (by code; a finding without an entry keeps its Dutch message, marked `lang: 'nl'`) and
 * the opgave titles in English. Codes, statuses and evidence (the document's own words) are unchanged.
 */
export function localizeReport(report: CheckReport, lang: ReportLang): LocalizedReport {
  const ruleset =
    lang === 'en' && Object.hasOwn(RULESET_MESSAGES_EN, report.ruleset)
      ? RULESET_MESSAGES_EN[report.ruleset]
      : undefined
  const finding = (f: Finding): LocalizedFinding => (lang === 'en' ? localizeFinding(f, ruleset) : { ...f, lang: 'nl' })
  const { findings, ...rest } = report
  const localized: LocalizedReport = {
    ...rest,
    opgaven: report.opgaven.map((o) => {
      const title = ruleset?.titles[o.opgave]
      return {
        ...o,
        title: title ?? o.title,
        titleLang: title ? 'en' : 'nl',
        findings: o.findings.map(finding),
      }
    }),
  }
  if (findings) localized.findings = findings.map(finding)
  return localized
}

/** An opgave's title in the interface's language (the participation overview, which has no report). */
export function opgaveTitleIn(
  lang: ReportLang,
  ruleset: string,
  opgave: number,
  dutch: string,
): { title: string; lang: ReportLang } {
  const title =
    lang === 'en' && Object.hasOwn(RULESET_MESSAGES_EN, ruleset)
      ? RULESET_MESSAGES_EN[ruleset]!.titles[opgave]
      : undefined
  return title ? { title, lang: 'en' } : { title: dutch, lang: 'nl' }
}
