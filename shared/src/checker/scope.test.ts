import { describe, expect, it } from 'vitest'
import { checkDocument } from './checkDocument.ts'
import { doc, h, p, table, ul } from './testDoc.ts'

// Markers qualify the element and the section they are about (issue: scope of deferrals, facts in
// tables, action lists). Sentences are written for these tests, not taken from any sample.
const status = (d: ReturnType<typeof doc>, n: number) => checkDocument(d).opgaven.find((o) => o.opgave === n)?.status

const procurement = [
  h(2, 'Contractering'),
  p('De nieuwe overeenkomsten lopen zes jaar, van 1 januari 2027 tot en met 31 december 2032.'),
  table(
    ['Stap', 'Datum'],
    ['Marktconsultatie met aanbieders', 'maart 2026'],
    ['Publicatie van de aanbesteding', '1 mei 2026'],
    ['Gunning', '1 september 2026'],
  ),
  p(
    'Jeugdigen van een aanbieder die geen nieuw contract krijgt, mogen hun hulp tot 1 juli 2027 bij hun huidige hulpverlener afronden.',
  ),
]

describe('scope of markers', () => {
  it('a deferral about another opgave in a procurement chapter does not make procurement partial', () => {
    expect(status(doc(...procurement), 7)).toBe('addressed')
    const withOther = doc(
      ...procurement,
      p(
        'Welke capaciteit wij voor crisisplekken vasthouden en wat er gebeurt als een partner wegvalt, werken wij later uit.',
      ),
    )
    expect(status(withOther, 7)).toBe('addressed')
  })

  it('a deferral that names the procurement itself does', () => {
    const deferred = doc(
      ...procurement,
      p('Hoe de overgang van jeugdigen in verblijf verloopt, werken wij later uit in het inkoopplan.'),
    )
    expect(status(deferred, 7)).toBe('partial')
  })

  it('a sentence that points back qualifies the one before it, not the one after it', () => {
    const next = doc(
      ...procurement,
      p(
        'Over de opvolger wordt nog onderhandeld; wie daarin coördineert, is nog niet bekend. De contractering van 2027 staat vast.',
      ),
    )
    expect(status(next, 7)).toBe('addressed')
    const before = doc(...procurement, p('Een overgangsregeling voor verblijf? Dat is nog niet afgesproken.'))
    expect(status(before, 7)).toBe('partial')
  })

  it('"not agreed yet" after a wish puts off the wish, not an element of the opgave', () => {
    const wish = doc(
      ...procurement,
      p('Wat wij willen: dat de overgang ook voor logeeropvang geldt. Dat is nog niet afgesproken.'),
    )
    expect(status(wish, 7)).toBe('addressed')
  })

  it('a label above a list says what each item is: still to be decided', () => {
    const open = doc(...procurement, p('Nog niet besloten:'), ul('de overgangsregeling voor jeugdigen in verblijf'))
    expect(status(open, 7)).toBe('partial')
    const decided = doc(...procurement, p('Besloten:'), ul('de overgangsregeling voor jeugdigen in verblijf'))
    expect(status(decided, 7)).toBe('addressed')
  })

  it('a look back tells what was, under a heading or as the label of a paragraph', () => {
    const past = 'crisishulp, pleegzorg en residentiële jeugdhulp, met capaciteitsafspraken voor 20 plekken per functie'
    const now = 'In 2026 brengen wij opnieuw in beeld welke functies kwetsbaar zijn.'
    expect(
      status(
        doc(h(2, 'Kwetsbare functies'), h(3, 'Terugblik'), p(`Sinds 2021 borgen wij ${past}.`), h(3, 'Nu'), p(now)),
        2,
      ),
    ).toBe('missing')
    expect(status(doc(h(2, 'Kwetsbare functies'), p(`Wat ging goed: sinds 2021 borgen wij ${past}.`), p(now)), 2)).toBe(
      'missing',
    )
    expect(status(doc(h(2, 'Kwetsbare functies'), p(`Sinds 2021 borgen wij ${past}.`)), 2)).toBe('addressed')
  })

  it('a generic "not finished yet" in the introduction defers nothing', () => {
    const intro = doc(
      h(2, 'Aanleiding'),
      p('In dit stuk staat wat in overgang is. Waar iets nog niet af is, zeggen wij dat.'),
      ...procurement,
    )
    expect(status(intro, 7)).toBe('addressed')
  })

  it('rows of an action list are work still to do, not arrangements', () => {
    const actions = doc(
      h(2, 'Tarieven'),
      p('Wij willen passende tarieven betalen.'),
      table(
        ['Actie', 'Trekker', 'Gereed'],
        ['Tarieven baseren op een rekenmodel met de aanbieders', 'team inkoop', 'Q2 2026'],
      ),
    )
    expect(status(actions, 8)).toBe('missing')
  })

  it('a list takes the markers of the sentence that introduces it, not of the whole lead-in paragraph', () => {
    const lead = (first: string) =>
      doc(
        h(2, 'Beschikbaarheid'),
        p(`${first} Deze functies houden wij regionaal beschikbaar, met een capaciteitsafspraak per functie:`),
        ul('crisishulp, met zes crisisplekken', 'pleegzorg en gezinshuizen, met 40 plekken', 'jeugdbescherming'),
      )
    const functions = (d: ReturnType<typeof doc>) =>
      checkDocument(d).opgaven[1]?.findings.find((f) => f.code === 'opgave-2.functies')?.message ?? ''
    expect(functions(lead('Wij houden de zware hulp samen overeind.'))).toMatch(/^Gevonden/)
    expect(functions(lead('De NvO vraagt welke functies de regio borgt.'))).toMatch(/^Gevonden/)
    const restating = doc(
      h(2, 'Beschikbaarheid'),
      p('De NvO vraagt:'),
      ul('crisishulp', 'pleegzorg', 'jeugdbescherming'),
    )
    expect(functions(restating)).not.toMatch(/^Gevonden/)
  })

  it('a held-over council decision in a table of decisions keeps adoption partial, whatever the row adds', () => {
    const decisions = (last: string) =>
      doc(
        h(2, 'Vaststelling'),
        p('De regiovisie is door de gemeenteraden behandeld:'),
        table(
          ['Gemeente', 'Raadsvergadering', 'Besluit'],
          ['Oudewater-Noord', '4 februari 2026', 'vastgesteld'],
          ['Lindendal', '11 februari 2026', 'vastgesteld'],
          ['Heuvelrijk', '18 februari 2026', last],
        ),
      )
    const find = (d: ReturnType<typeof doc>) =>
      checkDocument(d).opgaven[0]?.findings.find((f) => f.code === 'opgave-1.vaststelling-raden')?.message ?? ''
    expect(find(decisions('vastgesteld'))).toMatch(/^Gevonden/)
    expect(find(decisions('aangehouden; een nieuwe behandeling is nog niet gepland'))).not.toMatch(/^Gevonden/)
  })

  it('a dated list of council decisions under an adoption lead-in counts like a table', () => {
    const list = doc(
      h(2, 'Besluitvorming'),
      p('De gemeenteraden hebben de visie vastgesteld op:'),
      ul('Oudewater-Noord, 4 februari 2026', 'Lindendal, 11 februari 2026', 'Heuvelrijk, 18 februari 2026'),
    )
    const f = checkDocument(list).opgaven[0]?.findings.find((x) => x.code === 'opgave-1.vaststelling-raden')
    expect(f?.message).toMatch(/^Gevonden/)
  })
})
