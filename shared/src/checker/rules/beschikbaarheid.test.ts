import { describe, expect, it } from 'vitest'
import { doc, elementState, h, prose, table, ul } from '../testDoc.ts'
import { beschikbaarheid } from './beschikbaarheid.ts'

const state = (id: string, d: ReturnType<typeof doc>) => elementState(beschikbaarheid, id, d, 2)

describe('opgave 2, functies: which functions the region keeps available', () => {
  it.each([
    [prose('Regionaal kopen wij in: gezinshuizen, gesloten jeugdhulp, jeugdreclassering en crisisopvang.'), 'found'],
    [
      doc(
        h(2, 'Kwetsbare functies'),
        ul('pleegzorg', 'klinische behandeling in de jeugd-ggz', 'logeeropvang bij een verstandelijke beperking'),
      ),
      'found',
    ],
    [prose('Wij werken samen op JeugdzorgPlus en crisis.'), 'none'],
    [prose('De komende periode brengen wij in beeld welke functies kwetsbaar zijn.'), 'none'],
    [prose('Jeugdhulp is belangrijk voor kinderen en gezinnen.'), 'none'],
  ])('%#', (d, expected) => {
    expect(state('functies', d)).toBe(expected)
  })
})

describe('opgave 2, borging: how availability is secured', () => {
  it.each([
    [prose('Voor de crisisopvang houdt de aanbieder altijd drie bedden vrij voor onze regio.'), 'found'],
    [
      prose(
        'Voor verblijf sluiten wij meerjarige raamovereenkomsten met een omzetgarantie.',
        'Valt een aanbieder van pleegzorg weg, dan treedt het overnameprotocol in werking.',
      ),
      'found',
    ],
    [
      prose('De continuïteit van deze functies borgen wij met een continuïteitsreserve van twee miljoen euro.'),
      'found',
    ],
    [prose('Hoe wij de continuïteit van deze functies borgen, werken wij in 2026 uit.'), 'none'],
    [prose('Wij willen capaciteitsafspraken maken over crisisplekken.'), 'none'],
    [prose('Wij vinden beschikbaarheid en continuïteit van zorg heel belangrijk.'), 'none'],
  ])('%#', (d, expected) => {
    expect(state('borging', d)).toBe(expected)
  })

  it('reads a table with one arrangement per function', () => {
    const d = doc(
      h(2, 'Wat wij regionaal borgen'),
      table(
        ['Functie', 'Afspraak'],
        ['Crisishulp', '5 crisisplekken, dag en nacht beschikbaar'],
        ['Gezinshuizen', 'groei naar 30 plekken'],
      ),
    )
    expect(state('borging', d)).toBe('found')
  })
})
