import type { Corpus, Unit } from '../../corpus.ts'
import type { ElementRule, OpgaveRule } from '../../engine/types.ts'
import { byKeys } from '../../engine/types.ts'

const MODEL = /\b(objectie\w* )?verdeelmodel\w*|\bingroeipad\w*|\bdoordecentralisatie\b|\bherverdeel\w*/
const ARRANGEMENT =
  /\bsolidari\w*|\bverevening\w*|\bafspra\w*|\boverganstermijn\b|\bovergangs\w*|\bvangnet\w*|\bmiddelen\b|\bbudget\w*/

const arrangements: ElementRule = {
  id: 'verdeelmodel',
  label: 'financiële afspraken tijdens de overgang naar het objectieve verdeelmodel',
  todo: 'Beschrijf de financiële afspraken tijdens de overgang naar het objectieve verdeelmodel: hoe de middelen worden verdeeld en hoe de gemeenten risico’s delen.',
  topic: MODEL,
  match(c: Corpus, u: Unit) {
    return c.has(u, MODEL) && c.has(u, ARRANGEMENT) ? 'afspraken' : null
  },
  judge: byKeys(1),
}

/** BW/MO draft: financial arrangements during the move to the objective model (domain.md §4, unverified). */
export const financieleAfspraken: OpgaveRule = {
  id: 'financiele-afspraken',
  title: 'Financiële afspraken bij de overgang naar het objectieve verdeelmodel',
  topic: MODEL,
  elements: [arrangements],
}
