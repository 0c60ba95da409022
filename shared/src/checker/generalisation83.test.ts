import { describe, expect, it } from 'vitest'
import { bovenregionaal } from './rules/bovenregionaal.ts'
import { doc, elementState, h, p } from './testDoc.ts'

// Concepts found missing or mistaken on unseen batches 83 to 86 (a FAQ for council members, a SWOT,
// a yearly report, an interview, one-pagers, a besluitenlijst, user stories, a kaderbrief, among
// others), each with a case that must not count. All sentences are written for these tests.

describe('other regions are not "andere regionale …" (batch 84)', () => {
  it('a cost split over "de andere regionale vormen" names no partner region; "de andere regio\'s" does', () => {
    const own = doc(
      h(2, 'Verdeling van de kosten'),
      p(
        'De kosten van crisisopvang en gesloten jeugdhulp delen de gemeenten naar inwonertal. Voor de andere regionale vormen betaalt elke gemeente naar gebruik.',
      ),
    )
    expect(elementState(bovenregionaal, 'functies-bovenregionaal', own, 5)).toBe('none')
    const partners = doc(
      h(2, 'Verdeling van de kosten'),
      p('De kosten van crisisopvang en gesloten jeugdhulp delen wij met de andere regio’s in het landsdeel.'),
    )
    expect(elementState(bovenregionaal, 'functies-bovenregionaal', partners, 5)).toBe('found')
  })
})
