import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { doc, h, p } from './testDoc.ts'

const reminder = (d: ReturnType<typeof doc>) =>
  (checkDocument(d).findings ?? []).some((f) => f.code === 'document.gewone-taal')

describe('the reminder of a chapter in plain language for youth and parents', () => {
  const forCouncils = p('Alle vijf gemeenteraden stellen deze visie in juni 2026 vast.')

  it('reminds when a document for the councils has none', () => {
    expect(reminder(doc(h(1, 'Regiovisie Jeugd Waterland'), forCouncils))).toBe(true)
  })

  it('reminds when the template’s chapter was left empty', () => {
    const empty = doc(
      h(1, 'Regiovisie'),
      forCouncils,
      h(2, 'In gewone taal: wat verandert er voor jongeren en ouders', { section: 'gewone-taal' }),
      h(2, 'Uitvoeringsagenda'),
      p('Acties.'),
    )
    expect(reminder(empty)).toBe(true)
  })

  it('is quiet when such a chapter has text, under any of the usual names', () => {
    for (const title of ['In gewone taal', 'Voor jongeren en ouders', 'Samenvatting voor inwoners']) {
      expect(
        reminder(doc(h(1, 'Regiovisie'), forCouncils, h(2, title), p('Je kunt altijd terecht bij het wijkteam.'))),
      ).toBe(false)
    }
  })

  it('is quiet for a text that is not meant for the councils', () => {
    expect(reminder(doc(h(1, 'Werkdocument inkoop'), p('De inkoop start in maart.')))).toBe(false)
  })
})
