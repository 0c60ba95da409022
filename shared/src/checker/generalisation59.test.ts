import { describe, expect, it } from 'vitest'
import { beschikbaarheid } from './rules/beschikbaarheid.ts'
import { governance } from './rules/governance.ts'
import { inkoop } from './rules/inkoop.ts'
import { doc, elementState, h, p, prose, statusOf, table } from './testDoc.ts'

// Concepts found missing on unseen batches 59 to 62 (an implementation programme of action tables, among
// others), each with a case that must not count. All sentences are written for these tests.

const ACTIONS = ['Nr.', 'Actie', 'Trekker', 'Wanneer', 'Status']

describe('an action list with a status column', () => {
  it('a row that is done or running tells what is in place; a row still planned does not', () => {
    const row = (status: string) =>
      doc(
        h(2, 'Hulp die er altijd moet zijn'),
        table(ACTIONS, [
          'K1',
          'Crisishulp: beschikbaarheidsbudget van € 300.000 per jaar voor vier crisisplekken bij De Linde',
          'Inkoopteam',
          '1 januari 2026',
          status,
        ]),
      )
    expect(elementState(beschikbaarheid, 'borging', row('gereed'), 2)).toBe('found')
    expect(elementState(beschikbaarheid, 'borging', row('loopt'), 2)).toBe('found')
    expect(elementState(beschikbaarheid, 'borging', row('gepland'), 2)).toBe('none')
    expect(elementState(beschikbaarheid, 'borging', row('nog niet gestart'), 2)).toBe('none')
  })

  it('dated steps of the procurement in it are a planning, planned or not; undated actions are not', () => {
    const steps = (when: [string, string, string]) =>
      doc(
        h(2, 'Inkoop en contracten'),
        p('De huidige contracten lopen af op 31 december 2026. Voor de nieuwe inkoop geldt deze planning:'),
        table(
          ACTIONS,
          ['I1', 'Marktconsultatie met aanbieders', 'Inkoopteam', when[0], 'gepland'],
          ['I2', 'Publicatie van de aanbesteding', 'Inkoopteam', when[1], 'gepland'],
          ['I3', 'Start van de nieuwe contracten', 'Inkoopteam', when[2], 'gepland'],
        ),
      )
    expect(elementState(inkoop, 'planning', steps(['maart 2026', '1 juni 2026', '1 januari 2027']), 7)).toBe('found')
    expect(elementState(inkoop, 'planning', steps(['doorlopend', 'nader te bepalen', 'volgt']), 7)).not.toBe('found')
  })
})

describe('governance named in passing, wished for or found missing (batches 61 and 62)', () => {
  it('an office acting "namens alle gemeenten" alone says nothing of the form; a legal form does', () => {
    const office = prose('Het Jeugdbureau Zandmeer doet het contractbeheer namens alle gemeenten.')
    expect(statusOf(office, 4)).toBe('missing')
    const form = prose('De vijf gemeenten werken samen in een gemeenschappelijke regeling, een openbaar lichaam.')
    expect(statusOf(form, 4)).not.toBe('missing')
  })

  it('"De raad mist in de visie wie …" finds it missing; who speaks for the region, said, is found', () => {
    const missing = prose('De raad mist in de visie wie namens de regio spreekt richting aanbieders en het Rijk.')
    expect(elementState(governance, 'aanspreekpunt', missing, 4)).toBe('none')
    const said = prose(
      'De voorzitter van het dagelijks bestuur spreekt namens de regio richting aanbieders en het Rijk.',
    )
    expect(elementState(governance, 'aanspreekpunt', said, 4)).toBe('found')
  })

  it('"Wij delen het belang van" a binding cooperation binds no one; binding decisions do', () => {
    const valued = prose('Wij delen het belang van een niet-vrijblijvende samenwerking tussen alle gemeenten.')
    expect(elementState(governance, 'bindende-afspraken', valued, 4)).toBe('none')
    const bound = prose('Besluiten van het algemeen bestuur zijn bindend voor alle gemeenten in de samenwerking.')
    expect(elementState(governance, 'bindende-afspraken', bound, 4)).toBe('found')
  })

  it('speaking "namens de drie regio\u2019s" is working with other regions, not our own contact', () => {
    const regions = prose(
      'De regio Oeverdal is accounthouder en voert namens de drie regio\u2019s het gesprek met de GI.',
    )
    expect(elementState(governance, 'aanspreekpunt', regions, 4)).toBe('none')
    const ours = prose('De wethouder van Dalwijk voert namens de zes gemeenten het gesprek met aanbieders en het Rijk.')
    expect(elementState(governance, 'aanspreekpunt', ours, 4)).toBe('found')
  })
})
