import { describe, expect, it } from 'vitest'
import { type doc, elementState, prose } from '../testDoc.ts'
import { administratieveLasten } from './administratieveLasten.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(administratieveLasten, id, d, 6)

describe('opgave 6, administratieve lasten', () => {
  it.each([
    ['uitvoeringsvariant', 'Vanaf 2026 bekostigen alle gemeenten de jeugdhulp taakgericht.', 'found'],
    ['uitvoeringsvariant', 'Wij hanteren de inspanningsgerichte variant: tarief per uur.', 'found'],
    [
      'uitvoeringsvariant',
      'Er zijn drie uitvoeringsvarianten: inspanningsgericht, outputgericht en taakgericht.',
      'none',
    ],
    ['uitvoeringsvariant', 'Welke uitvoeringsvariant wij kiezen, werken wij uit in het inkoopplan.', 'none'],
    ['uitvoeringsvariant', 'Wij willen de outputgerichte variant invoeren.', 'none'],
    // One variant set apart from the others named beside it
    [
      'uitvoeringsvariant',
      'De regio koos niet voor de taakgerichte aanpak, maar voor de inspanningsgerichte variant met uurtarieven.',
      'found',
    ],
    ['uitvoeringsvariant', 'Wij betalen per afgesloten traject, niet per uur.', 'found'],
    ['contractvoorwaarden', 'Er zijn geen afwijkende leveringsvoorwaarden per gemeente.', 'found'],
    ['contractbeheer', 'De contracten worden voor alle gemeenten beheerd door het regiobureau.', 'found'],
    ['contractvoorwaarden', 'Alle gemeenten gebruiken één modelovereenkomst met uniforme voorwaarden.', 'found'],
    ['contractvoorwaarden', 'Gemeenten stellen geen aanvullende eisen aan aanbieders.', 'found'],
    ['contractvoorwaarden', 'Wij willen meer uniformeren.', 'none'],
    ['contractbeheer', 'Het regionale inkoopbureau doet het contractmanagement voor alle gemeenten.', 'found'],
    // The team that manages the contracts, named with where it sits
    ['contractbeheer', 'Eén bureau van de samenwerking in Lindendal beheert alle jeugdcontracten.', 'found'],
    ['contractbeheer', 'Het Servicebureau Jeugd in Heuvelrijk beheert alle regionale contracten.', 'found'],
    ['contractbeheer', 'Elke aanbieder heeft één contractmanager per aanbieder bij de regio.', 'found'],
    ['contractbeheer', 'Iedere gemeente beheert haar eigen contracten.', 'none'],
    // In plain words: paying for the time spent, one team for all contracts
    [
      'uitvoeringsvariant',
      'We betalen de zorgorganisaties voor de tijd die zij aan een kind besteden: per uur, per dagdeel of per etmaal.',
      'found',
    ],
    ['contractbeheer', 'Eén team doet alle contracten: het contractteam van de regio.', 'found'],
    ['contractbeheer', 'Het contractbeheer is belegd bij de afzonderlijke gemeenten.', 'none'],
  ])('%s: %s → %s', (id, sentence, expected) => {
    expect(state(id, prose(sentence))).toBe(expected)
  })
})
