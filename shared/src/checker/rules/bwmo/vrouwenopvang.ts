import type { Corpus, Unit } from '../../corpus.ts'
import type { ElementRule, OpgaveRule } from '../../engine/types.ts'
import { byKeys } from '../../engine/types.ts'
import { NUMBER } from '../../lexicon.ts'

const SHELTER = /\bvrouwenopvang\b|\bopvang (van|voor) slachtoffers\b|\bhuiselijk geweld\b/
const ORGANISED =
  /\bplekken\b|\bplaatsen\b|\bcentrumgemeente\b|\bveilig thuis\b|\bregionaal\b|\bafspra\w*|\bingekocht\b|\bcontract\w*/

const shelter: ElementRule = {
  id: 'vrouwenopvang',
  label: 'hoe de vrouwenopvang is georganiseerd',
  todo: 'Beschrijf hoe de vrouwenopvang is georganiseerd: welke centrumgemeente, hoeveel plekken, en de samenwerking met Veilig Thuis.',
  topic: SHELTER,
  match(c: Corpus, u: Unit) {
    return c.has(u, SHELTER) && c.has(u, ORGANISED) && c.has(u, NUMBER) ? 'vrouwenopvang' : null
  },
  judge: byKeys(1),
}

/** BW/MO draft: vrouwenopvang (domain.md §4, unverified). */
export const vrouwenopvang: OpgaveRule = {
  id: 'vrouwenopvang',
  title: 'Vrouwenopvang',
  topic: SHELTER,
  elements: [shelter],
}
