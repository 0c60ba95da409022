import { describe, expect, it } from 'vitest'
import { type doc, elementState, prose } from '../testDoc.ts'
import { bovenregionaal } from './bovenregionaal.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(bovenregionaal, id, d, 5)

describe('opgave 5, bovenregionale samenwerking', () => {
  it.each([
    [
      'functies-bovenregionaal',
      'Gesloten jeugdhulp organiseren wij met de buurregio’s in het landsdeel Oost.',
      'found',
    ],
    ['functies-bovenregionaal', 'Met andere regio’s werken wij nauw samen.', 'none'],
    // Where a provider is, is not working with another region
    ['functies-bovenregionaal', 'LVB-behandeling: achtervangafspraak met een aanbieder in de buurregio.', 'none'],
    [
      'functies-bovenregionaal',
      'Voor LVB-behandeling hebben wij met de buurregio een achtervangafspraak bij een aanbieder in de buurregio.',
      'found',
    ],
    [
      'afspraken-bovenregionaal',
      'Voor de jeugdzorgplus kopen wij met vijf andere regio’s samen in; Hoogeveld is de coördinerende regio.',
      'found',
    ],
    [
      'afspraken-bovenregionaal',
      'Met de regio Dijkstreek hebben wij een convenant over de klinische jeugd-ggz.',
      'found',
    ],
    ['afspraken-bovenregionaal', 'Zeer specialistische zorg blijft landelijk ingekocht via het LTA.', 'none'],
    [
      'afspraken-bovenregionaal',
      'De afspraken over crisisbedden met andere regio’s maken wij volgend jaar opnieuw.',
      'none',
    ],
  ])('%s: %s → %s', (id, sentence, expected) => {
    expect(state(id, prose(sentence))).toBe(expected)
  })
})
