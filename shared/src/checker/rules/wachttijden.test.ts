import { describe, expect, it } from 'vitest'
import { doc, elementState, h, prose, table } from '../testDoc.ts'
import { wachttijden } from './wachttijden.ts'

describe('Wet 2026, wachttijden', () => {
  it.each([
    [
      'inzicht',
      doc(h(2, 'Wachttijden'), table(['Zorgvorm', 'Wachttijd nu', 'Norm'], ['Jeugd-ggz', '19 weken', '8 weken'])),
      'found',
    ],
    ['inzicht', prose('De wachttijden in de jeugd-ggz zijn lang.'), 'none'],
    // Figures without a norm or a way of registering are some insight
    ['inzicht', prose('Voor een plek in een gezinshuis wachtte een jeugdige vorig jaar gemiddeld 11 weken.'), 'some'],
    [
      'aanpak',
      prose(
        'Tegen de wachttijden zet de regio een zorgbemiddelaar in die wachtenden actief een plek zoekt.',
        'Wie wacht, krijgt overbruggingshulp van het wijkteam, en bij onveiligheid gaat een jeugdige met voorrang voor.',
      ),
      'found',
    ],
    ['aanpak', prose('Wij willen de wachttijden verkorten.'), 'none'],
  ])('%s %#', (id, d, expected) => {
    expect(elementState(wachttijden, id, d, 9)).toBe(expected)
  })
})
