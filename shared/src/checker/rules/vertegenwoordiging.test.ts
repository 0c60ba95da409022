import { describe, expect, it } from 'vitest'
import { elementState, prose } from '../testDoc.ts'
import { vertegenwoordiging } from './vertegenwoordiging.ts'

describe('Wet 2026, regionale vertegenwoordiging', () => {
  it.each([
    ['De centrumgemeente Rivierstad vertegenwoordigt de regio in rechte en daarbuiten.', 'found'],
    ['Wie de regio vertegenwoordigt, wordt nog bepaald.', 'none'],
    ['Vertegenwoordigers van jongeren dachten mee.', 'none'],
  ])('%s → %s', (sentence, expected) => {
    expect(elementState(vertegenwoordiging, 'vertegenwoordiger', prose(sentence), 12)).toBe(expected)
  })
})
