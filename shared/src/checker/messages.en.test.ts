import { describe, expect, it } from 'vitest'
import { GROUPS } from '../groups.ts'
import { checkDocument } from './checkDocument.ts'
import { localizeReport } from './localize.ts'
import { FIXED_CODES_EN, RULESET_MESSAGES_EN } from './messages.en.ts'
import { RULESETS } from './rulesets/index.ts'
import { doc, p } from './testDoc.ts'
import type { CheckReport, Finding } from './types.ts'

const SETS = Object.values(RULESETS)

describe('the English catalogue covers every code a rule set can emit', () => {
  for (const set of SETS) {
    it(`${set.id}: every opgave has an English title, every element an English label and advice`, () => {
      const en = RULESET_MESSAGES_EN[set.id]
      expect(en, `no English for rule set ${set.id}`).toBeDefined()
      const missing: string[] = []
      for (const { opgave, rule } of set.opgaven) {
        if (!en?.titles[opgave]) missing.push(`title of opgave ${opgave} (${rule.title})`)
        for (const element of rule.elements) {
          const code = `opgave-${opgave}.${element.id}`
          const text = en?.elements[code]
          if (!text?.label || !text.todo) missing.push(`${code} (${element.label})`)
          else expect(text.label, code).not.toBe(element.label)
          if (element.fromContext)
            expect(FIXED_CODES_EN.context as readonly string[], code).toContain(`${element.id}-registratie`)
        }
      }
      expect(missing, `add English text to shared/src/checker/messages.en.ts for: ${missing.join('; ')}`).toEqual([])
    })
  }

  it('a code that reads differently in two rule sets (opgave 1 under bw-mo) reads differently in English too', () => {
    const seen = new Map<string, { set: string; dutch: string; english: string }>()
    for (const set of SETS) {
      for (const { opgave, rule } of set.opgaven) {
        const entries = [
          { key: `title ${opgave}`, dutch: rule.title, english: RULESET_MESSAGES_EN[set.id]?.titles[opgave] ?? '' },
          ...rule.elements.map((e) => {
            const code = `opgave-${opgave}.${e.id}`
            const en = RULESET_MESSAGES_EN[set.id]?.elements[code]
            return { key: code, dutch: e.label + e.todo, english: (en?.label ?? '') + (en?.todo ?? '') }
          }),
        ]
        for (const { key, dutch, english } of entries) {
          const before = seen.get(key)
          if (before && before.dutch !== dutch)
            expect(english, `${key}: ${set.id} differs from ${before.set} in Dutch`).not.toBe(before.english)
          if (before && before.dutch === dutch)
            expect(english, `${key}: same Dutch in ${set.id} and ${before.set}`).toBe(before.english)
          seen.set(key, { set: set.id, dutch, english })
        }
      }
    }
  })
})

/** Every finding of the report ends up in English . */
function expectAllEnglish(report: CheckReport, where: string) {
  const en = localizeReport(report, 'en')
  const dutch = [...(en.findings ?? []), ...en.opgaven.flatMap((o) => o.findings)].filter((f) => f.lang !== 'en')
  expect(
    dutch.map((f) => `${f.code}: ${f.message}`),
    where,
  ).toEqual([])
  for (const o of en.opgaven) expect(o.titleLang, `${where}: title of opgave ${o.opgave}`).toBe('en')
  // Nothing but the message and the title changes.
  expect(
    en.opgaven.map((o) => o.findings.map((f) => [f.code, f.severity, f.evidence])),
    where,
  ).toEqual(report.opgaven.map((o) => o.findings.map((f) => [f.code, f.severity, f.evidence])))
  expect(en.opgaven.map((o) => o.status)).toEqual(report.opgaven.map((o) => o.status))
}

describe('localizeReport', () => {
  it('English: an empty document, an unknown rule set, and the context findings', () => {
    const empty = doc(p(''))
    for (const set of SETS) expectAllEnglish(checkDocument(empty, { ruleset: set.id }), `empty (${set.id})`)
    const unknown = localizeReport(checkDocument(empty, { ruleset: 'nvo-1999' }), 'en')
    expect(unknown.findings?.[0]?.message).toBe('The rule set "nvo-1999" does not exist; the check uses nvo-2020.')
    for (const context of [
      { adoption: { adopted: 2, total: 3, pending: ['Borne'] }, consultedGroups: [...GROUPS] },
      { adoption: { adopted: 3, total: 3, pending: [] }, consultedGroups: ['ouders'] },
    ]) {
      const report = checkDocument(empty, { ruleset: 'nvo-2020', context })
      expectAllEnglish(report, 'context')
      const messages = localizeReport(report, 'en').opgaven[0]!.findings.map((f) => f.message)
      expect(messages.join(' ')).toMatch(/According to the adoption tracker, (2 of 3|all 3) municipal councils/)
      expect(messages.join(' ')).toContain('People from these groups commented on this document: ')
    }
    const some = localizeReport(
      checkDocument(empty, {
        context: { adoption: { adopted: 2, total: 3, pending: ['Borne'] }, consultedGroups: ['ouders', 'jongeren'] },
      }),
      'en',
    ).opgaven[0]!.findings.map((f) => f.message)
    expect(some).toContain(
      'According to the adoption tracker, 2 of 3 municipal councils have adopted the regiovisie. Not adopted yet by: Borne.',
    )
    expect(some.join(' ')).toContain('commented on this document: parents, young people.')
  })

  it('English: the generic forms (found, partly, not yet, tip, deferred, mention only)', () => {
    const en = RULESET_MESSAGES_EN['nvo-2020']!.elements
    const f = (code: string, message: string): Finding => ({ code, message, severity: 'warning' })
    const report: CheckReport = {
      ruleset: 'nvo-2020',
      complete: false,
      opgaven: [
        {
          opgave: 7,
          title: 'Zorgvuldige inkoop',
          status: 'partial',
          findings: [
            f(
              'opgave-7.uitgesteld',
              'Een deel van deze opgave wordt doorgeschoven naar de inkoopstrategie en het beleidskader. Leg de afspraken in dit document vast, of toets het andere document samen met dit document.',
            ),
            f(
              'opgave-7.uitgesteld',
              'Een deel van deze opgave wordt doorgeschoven naar later. Leg de afspraken in dit document vast.',
            ),
            f('opgave-7.alleen-genoemd', 'Het onderwerp wordt genoemd, maar …'),
            f('opgave-7.planning', 'Gevonden: een planning.'),
            f('opgave-7.meerjarig', 'Deels gevonden: x. y'),
            f('opgave-7.continuiteit-overgang', 'Nog niet gevonden: x. y'),
            f('opgave-7.inkoopmodel', 'Tip: noem ook het inkoopmodel.'),
            f('opgave-7.nieuw-element', 'Nog niet gevonden: iets nieuws.'),
          ],
        },
      ],
    }
    const out = localizeReport(report, 'en').opgaven[0]!
    expect(out.title).toBe('Careful procurement')
    expect(out.findings.map((x) => x.message)).toEqual([
      'Part of this opgave is put off to the inkoopstrategie and the beleidskader. Record the agreements in this document, or check the other document together with this one.',
      'Part of this opgave is put off until later. Record the agreements in this document.',
      expect.stringContaining('The topic is mentioned'),
      `Found: ${en['opgave-7.planning']!.label}.`,
      `Partly found: ${en['opgave-7.meerjarig']!.label}. ${en['opgave-7.meerjarig']!.todo}`,
      `Not found yet: ${en['opgave-7.continuiteit-overgang']!.label}. ${en['opgave-7.continuiteit-overgang']!.todo}`,
      en['opgave-7.inkoopmodel']!.todo,
      // No entry: the Dutch stays, marked as Dutch.
      'Nog niet gevonden: iets nieuws.',
    ])
    expect(out.findings.at(-1)?.lang).toBe('nl')
  })

  it('Dutch: the report unchanged', () => {
    const report = checkDocument(doc(p('')), { ruleset: 'wet-2026' })
    const nl = localizeReport(report, 'nl')
    expect(nl.opgaven.map((o) => [o.title, o.findings.map((f) => f.message)])).toEqual(
      report.opgaven.map((o) => [o.title, o.findings.map((f) => f.message)]),
    )
    expect(nl.opgaven.every((o) => o.titleLang === 'nl' && o.findings.every((f) => f.lang === 'nl'))).toBe(true)
  })
})
