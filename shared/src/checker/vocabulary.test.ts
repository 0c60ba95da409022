import { describe, expect, it } from 'vitest'
import { concepts, terms } from './vocabulary.ts'

describe('vocabulary terms', () => {
  it.each([
    ['crisis*', 'de crisisplekken zijn vol', true],
    ['crisis*', 'een acute situatie', false],
    ['*team', 'het buurtteam', true],
    ['*team', 'de teamleider', false],
    ['*plek*', 'twaalf verblijfsplekken', true],
    ['jeugdhulp/jeugdzorg plus', 'jeugdzorg plus', true],
    ['jeugdhulp/jeugdzorg plus', 'jeugdhulp plus', true],
    ['jeugdhulp/jeugdzorg plus', 'jeugdhulpplus', false],
    ['(specialistische) ggz', 'specialistische ggz', true],
    ['(specialistische) ggz', 'de ggz', true],
    ['lokale (jeugd) teams', 'lokale jeugd teams', true],
    ['lokale (jeugd) teams', 'lokale teams', true],
    ["gi's", "de gi's en veilig thuis", true],
    ['jeugd- en gezinsteam*', 'het jeugd- en gezinsteam', true],
    ['wet', 'wetten', false],
    // Inflections the Dutch stemmer reduces to the same stem count like the base word.
    ['aanbieder', 'drie aanbieders', true],
    ['*aanbieder', 'alle jeugdhulpaanbieders', true],
    ['crisisplek', 'zes crisisplekken', true],
    ['gemeente', 'de gemeenten', true],
    ['raad', 'alle raden', true],
    ['overeenkomst', 'de overeenkomsten', true],
    ['afspraak', 'heldere afspraken', true],
    ['plek', 'plekjesdag', false],
    ['raad', 'raadpleging', false],
  ])('%s on "%s" → %s', (term, text, expected) => {
    expect(terms(term).test(text)).toBe(expected)
  })

  it('compiles a map of concepts to one pattern each', () => {
    const c = concepts({ crisis: ['crisis*', 'spoed/spoedeisende zorg/hulp'], pleegzorg: ['pleeg*', '*gezinshui*'] })
    expect(c.crisis.test('spoedeisende hulp')).toBe(true)
    expect(c.pleegzorg.test('negen gezinshuizen')).toBe(true)
    expect(c.pleegzorg.test('spoedeisende hulp')).toBe(false)
  })
})
