import { describe, expect, it } from 'vitest'
import { requiredLiterals } from './requiredLiterals.ts'

describe('requiredLiterals', () => {
  it.each([
    [String.raw`\bcrisis\w*|\bspoed(eisende)? (zorg|hulp)`, ['crisis', 'spoed']],
    [String.raw`\bjeugd-?ggz\b|\bjeugdzorg ?plus\b`, ['jeugd', 'jeugdzorg']],
    [String.raw`(?:\bpleegzorg\w*)|(?:\bgezinshui\w*|\bkliniek)`, ['pleegzorg', 'gezinshui', 'kliniek']],
    [String.raw`\b(wij|we) (willen|streven)\b`, ['willen', 'streven']],
    [String.raw`\b(wij|we)\b`, ['wij', 'we']],
    [String.raw`\bgi'?s\b`, ['gi']],
    [String.raw`\bop- en afschalen\b`, ['op- en afschalen']],
    [String.raw`\b(gemeente)?raden\b`, ['raden']],
    [String.raw`\w*sessie\w*`, ['sessie']],
    [String.raw`\b(\d+|twee) jaar\b`, [' jaar']],
    ['(ab)?cd', ['cd']],
    ['[^.;]{0,30}(analyse|verheldering)', ['analyse', 'verheldering']],
  ])('%s needs one of %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals)
  })

  it.each([String.raw`\d+`, String.raw`\bx\b|\bcrisis`, '(?<=a )b', String.raw`\p{Lu}\w+`])(
    'cannot tell for %s',
    (source) => {
      expect(requiredLiterals(source)).toBeNull()
    },
  )

  it('never misses a match: every matching string contains one of the literals', () => {
    const source = String.raw`\b(dezelfde|een set) (algemene )?(contract)?voorwaarden\b|\bmodelovereenkomst\w*`
    const re = new RegExp(source)
    const lits = requiredLiterals(source)!
    for (const s of ['een set voorwaarden', 'dezelfde algemene contractvoorwaarden', 'de modelovereenkomsten'])
      expect(re.test(s) && lits.some((l) => s.includes(l))).toBe(true)
  })
})
