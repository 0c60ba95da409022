import { describe, expect, it } from 'vitest'
import { type doc, elementState, prose } from '../testDoc.ts'
import { governance } from './governance.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(governance, id, d, 4)

describe('opgave 4, governance', () => {
  it.each([
    ['rechtsvorm', 'De samenwerking is vastgelegd in een centrumregeling met Rivierstad als centrumgemeente.', 'found'],
    ['rechtsvorm', 'Sinds 2019 is er een gemeenschappelijke regeling: het openbaar lichaam Jeugd Polderland.', 'found'],
    [
      'rechtsvorm',
      'Wij onderzoeken welke rechtsvorm het beste past, bijvoorbeeld een gemeenschappelijke regeling.',
      'none',
    ],
    ['rechtsvorm', 'De wethouders overleggen maandelijks in het portefeuillehoudersoverleg.', 'none'],
    ['bindende-afspraken', 'Besluiten van het algemeen bestuur zijn bindend voor alle zeven gemeenten.', 'found'],
    [
      'bindende-afspraken',
      'De kosten van verblijf verdelen de gemeenten solidair, naar rato van het aantal inwoners.',
      'found',
    ],
    ['bindende-afspraken', 'Wij streven naar een niet-vrijblijvende samenwerking tussen de gemeenten.', 'none'],
    [
      'aanspreekpunt',
      'De voorzitter van het dagelijks bestuur is het aanspreekpunt en treedt extern op namens de regio.',
      'found',
    ],
    [
      'aanspreekpunt',
      'Namens de regio treedt de wethouder van Rivierstad op als contactpunt voor de Jeugdautoriteit.',
      'found',
    ],
    ['aanspreekpunt', 'Een regionaal aanspreekpunt is er nog niet.', 'none'],
    // The spokesperson in other words; a desk for providers only is not it
    ['aanspreekpunt', 'Naar buiten spreekt één persoon voor de regio: de voorzitter van het bestuur.', 'found'],
    ['aanspreekpunt', 'De wethouder van Eikstad is de vaste spreekbuis van de regio.', 'found'],
    ['aanspreekpunt', 'Het bureau is het contactpunt voor aanbieders.', 'none'],
    [
      'aanspreekpunt',
      'De voorzitter is het contactpunt voor aanbieders, buurregio’s en het Rijk en spreekt namens alle gemeenten.',
      'found',
    ],
    ['aanspreekpunt', 'Wie het aanspreekpunt wordt, bepalen wij later.', 'none'],
    // The spokesperson for "us all"; a desk for providers with the providers named first
    ['aanspreekpunt', 'De burgemeester van Lindendal praat namens ons allen met het Rijk en buurregio’s.', 'found'],
    ['aanspreekpunt', 'Voor zorgaanbieders is het Servicepunt Jeugd Heuvelrijk het vaste aanspreekpunt.', 'none'],
    [
      'aanspreekpunt',
      'Wie de regio extern vertegenwoordigt als aanspreekpunt, besluit het algemeen bestuur in het najaar van 2026.',
      'none',
    ],
    // Binding in plain words, and what only looks like it
    [
      'bindende-afspraken',
      'Als vier van de vijf wethouders iets besluiten, dan geldt dat voor alle vijf gemeenten.',
      'found',
    ],
    ['bindende-afspraken', 'Besluiten van het bestuur worden genomen met vijf van de zes stemmen.', 'found'],
    ['bindende-afspraken', 'Dat geldt voor alle hulp die de gemeenten samen regelen.', 'none'],
    ['bindende-afspraken', 'Ik werk voor vijf van de zeven gemeenten.', 'none'],
  ])('%s: %s → %s', (id, sentence, expected) => {
    expect(state(id, prose(sentence))).toBe(expected)
  })
})
