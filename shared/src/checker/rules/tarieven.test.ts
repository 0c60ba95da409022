import { describe, expect, it } from 'vitest'
import { doc, elementState, h, prose, table } from '../testDoc.ts'
import { tarieven } from './tarieven.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(tarieven, id, d, 8)

describe('opgave 8, reële tarieven', () => {
  it.each([
    [
      'tariefmethode',
      'De tarieven zijn berekend met een kostprijsmodel dat wij samen met aanbieders opstelden.',
      'found',
    ],
    ['tariefmethode', 'De kosten van de jeugdhulp stijgen elk jaar.', 'none'],
    ['tariefmethode', 'Wij gaan uit van reële tarieven.', 'none'],
    [
      'kostprijselementen',
      'Het tarief is opgebouwd uit loonkosten volgens de cao, een overheadopslag van 20% en jaarlijkse indexatie.',
      'found',
    ],
    ['kostprijselementen', 'De tarieven worden jaarlijks geïndexeerd.', 'some'],
    ['tariefopbouw-transparantie', 'Aanbieders geven jaarlijks inzage in hun kostprijs per product.', 'found'],
    [
      'tariefopbouw-transparantie',
      'Aanbieders leggen jaarlijks verantwoording af over de opbouw van hun kostprijs.',
      'found',
    ],
    ['tariefopbouw-transparantie', 'Reële tarieven, mits aanbieders transparant zijn over hun tariefopbouw.', 'none'],
    ['tariefopbouw-transparantie', 'Wij willen dat aanbieders transparant zijn over hun tarieven.', 'none'],
    // In plain words: what an hour of care really costs, and showing how a price is built up
    [
      'tariefmethode',
      'De prijzen zijn gebaseerd op wat wij met de organisaties hebben uitgerekend: wat een uur hulp echt kost.',
      'found',
    ],
    [
      'tariefopbouw-transparantie',
      'Elke zorgorganisatie laat ons één keer per jaar zien hoe haar prijs is opgebouwd.',
      'found',
    ],
  ])('%s: %s → %s', (id, sentence, expected) => {
    expect(state(id, prose(sentence))).toBe(expected)
  })
})

describe('opgave 8 in a table of products still to be delivered', () => {
  it('reads a row of an agenda ("onderwerp | product | planning") as work to do, not as a method', () => {
    const d = doc(
      h(2, 'Ontwikkelagenda'),
      table(['Onderwerp', 'Product', 'Planning'], ['Tarieven', 'Besluit over kostprijsonderzoek', '2027']),
    )
    expect(state('tariefmethode', d)).toBe('none')
  })
})
