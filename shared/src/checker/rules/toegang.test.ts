import { describe, expect, it } from 'vitest'
import { doc, elementState, h, p, prose, ul } from '../testDoc.ts'
import { toegang } from './toegang.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(toegang, id, d, 3)

describe('opgave 3, basisfuncties made concrete for the local teams', () => {
  it('finds the five basisfuncties described for the teams in other words', () => {
    const d = doc(
      h(2, 'De buurtteams en de specialistische hulp'),
      p('De buurtteams vullen de vijf basisfuncties zo in:'),
      ul(
        'zij brengen met het gezin alle leefgebieden in kaart;',
        'zij bieden zelf kortdurende begeleiding;',
        'bij onveiligheid schakelen zij direct Veilig Thuis in;',
        'specialisten geven consultatie in het team;',
        'het team houdt de regie, volgens één gezin, één plan.',
      ),
    )
    expect(state('basisfuncties', d)).toBe('found')
  })

  it.each([
    [prose('Wij gaan verkennen hoe de vijf basisfuncties de wijkteams kunnen helpen.'), 'none'],
    [prose('De NvO vraagt de vijf basisfuncties voor lokale teams als leidraad te nemen.'), 'none'],
    // Naming the five as a guide is a mention; with one of them made concrete it is a start.
    [prose('Onze jeugdteams werken met de vijf basisfuncties als leidraad.'), 'none'],
    [
      prose(
        'Onze jeugdteams werken met de vijf basisfuncties als leidraad.',
        'Het jeugdteam brengt met het gezin alle leefgebieden in beeld.',
      ),
      'some',
    ],
  ])('%#', (d, expected) => {
    expect(state('basisfuncties', d)).toBe(expected)
  })
})

describe('opgave 3, verbinding with specialised care and back', () => {
  it.each([
    [
      prose(
        'Gecontracteerde aanbieders bieden het gebiedsteam wekelijks consultatie.',
        'Na de behandeling schakelt de specialist terug naar het gebiedsteam, met een warme overdracht.',
      ),
      'found',
    ],
    [
      prose(
        'De huisarts overlegt met de praktijkondersteuner van het jeugdteam voor hij verwijst naar een aanbieder; elke verwijzing wordt gemeld bij het team, en het team geeft consultatie.',
      ),
      'found',
    ],
    [prose('Toegang tot de jeugdhulp loopt via de wijkteams en de huisartsen.'), 'none'],
    // One arrangement is part of it; who else refers is not, nor a hand-over between old and new provider
    [
      prose(
        'Aanbieders melden het einde van de hulp aan de gemeente en nemen bij het einde van de hulp contact op met het lokale team.',
      ),
      'some',
    ],
    [prose('Verwijzers: de lokale teams, de huisartsen en de jeugdartsen.'), 'none'],
    [prose('De oude en de nieuwe aanbieder zorgen samen met het sociale team voor een warme overdracht.'), 'none'],
    [
      prose(
        'Tussen mei en juli zijn de aanbieders, de wijkteams en de huisartsen geraadpleegd over consultatie en op- en afschalen.',
      ),
      'none',
    ],
    // In plain words: specialists come to think along in the team, and the team takes over after heavy care
    [
      prose(
        'De zorgorganisaties komen op verzoek binnen een week gratis meedenken in het gezinsteam.',
        'Als de zware hulp klaar is, neemt het gezinsteam het weer over.',
      ),
      'found',
    ],
  ])('%#', (d, expected) => {
    expect(state('verbinding-specialistisch', d)).toBe(expected)
  })
})
