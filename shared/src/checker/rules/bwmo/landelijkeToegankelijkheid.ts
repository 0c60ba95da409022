import type { Corpus, Unit } from '../../corpus.ts'
import type { ElementRule, OpgaveRule } from '../../engine/types.ts'
import { byKeys } from '../../engine/types.ts'

const ACCESSIBLE =
  /\blandelijk\w* toegankelijk\w*|\bregiobinding\b|\bongeacht (herkomst|waar)\b|\buit (een )?andere regio\b|\bbovenregionale? (plaatsing|toegang)\w*/

const accessible: ElementRule = {
  id: 'toegankelijkheid',
  label: 'hoe de opvang landelijk toegankelijk is',
  todo: 'Beschrijf hoe de opvang landelijk toegankelijk is: geen regiobinding als voorwaarde, en hoe mensen uit een andere regio worden geholpen.',
  topic: ACCESSIBLE,
  match(c: Corpus, u: Unit) {
    return c.has(u, ACCESSIBLE) ? 'toegankelijk' : null
  },
  judge: byKeys(1),
}

/** BW/MO draft: national accessibility of the opvang (domain.md §4, unverified). */
export const landelijkeToegankelijkheid: OpgaveRule = {
  id: 'landelijke-toegankelijkheid',
  title: 'Landelijke toegankelijkheid van de opvang',
  topic: /\btoegankelijk\w*/,
  elements: [accessible],
}
