import type { RuleSet } from '../engine/types.ts'
import { inkoopbeleid } from '../rules/inkoopbeleid.ts'
import { regionaleVormen } from '../rules/regionaleVormen.ts'
import { vertegenwoordiging } from '../rules/vertegenwoordiging.ts'
import { wachttijden } from '../rules/wachttijden.ts'
import { nvo2020 } from './nvo2020.ts'

/**
 * The Wet verbetering beschikbaarheid jeugdzorg (in force 1 January 2026): the eight NvO opgaven and
 * four topics the law adds. The article texts are unverified (domain.md §4): correct them here.
 */
export const wet2026: RuleSet = {
  id: 'wet-2026',
  label: 'Wet verbetering beschikbaarheid jeugdzorg (2026)',
  domain: 'jeugd',
  opgaven: [
    ...nvo2020.opgaven,
    { opgave: 9, rule: wachttijden },
    { opgave: 10, rule: inkoopbeleid },
    { opgave: 11, rule: regionaleVormen },
    { opgave: 12, rule: vertegenwoordiging },
  ],
}
