import { describe, expect, it } from 'vitest'
import { elementState, prose } from '../testDoc.ts'
import { inkoopbeleid } from './inkoopbeleid.ts'

describe('Wet 2026, afstemming inkoopbeleid en borging', () => {
  it.each([
    [
      'afstemming',
      'Het regionale inkoopkader geldt voor alle acht gemeenten, ook voor wat zij lokaal inkopen.',
      'found',
    ],
    ['afstemming', 'Elke gemeente heeft een eigen inkoopbeleid.', 'none'],
    ['borging', 'Het inkoopkader is verankerd in de verordening jeugdhulp van elke gemeente.', 'found'],
    ['borging', 'De afstemming van het inkoopbeleid borgen wij later.', 'none'],
  ])('%s: %s → %s', (id, sentence, expected) => {
    expect(elementState(inkoopbeleid, id, prose(sentence), 10)).toBe(expected)
  })
})
