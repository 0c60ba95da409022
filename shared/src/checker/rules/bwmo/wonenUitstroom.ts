import type { Corpus, Unit } from '../../corpus.ts'
import type { ElementRule, OpgaveRule } from '../../engine/types.ts'
import { byKeys } from '../../engine/types.ts'
import { NUMBER } from '../../lexicon.ts'

const HOUSING_PARTNERS =
  /\bwoningcorporatie\w*|\bcorporaties\b|\bprestatieafspra\w*|\bcontingent\w*|\burgentie\w*|\bhuisvesting\w*/
const OUTFLOW = /\buitstroom\w*|\bdoorstroom\w*|\bzelfstandig wonen\b|\bvervolgplek\w*|\bwoonplek\w*|\bwoningen\b/

const partners: ElementRule = {
  id: 'woningcorporaties',
  label: 'afspraken met woningcorporaties over woonruimte',
  todo: 'Beschrijf de afspraken met woningcorporaties over woonruimte voor mensen die uitstromen (bijvoorbeeld een jaarlijks contingent woningen of prestatieafspraken).',
  topic: HOUSING_PARTNERS,
  match(c: Corpus, u: Unit) {
    return c.has(u, HOUSING_PARTNERS) && c.context(u, OUTFLOW) ? 'corporaties' : null
  },
  judge: byKeys(1),
}

const outflow: ElementRule = {
  id: 'uitstroom',
  label: 'hoe uitstroom naar zelfstandig wonen is geregeld, met aantallen',
  todo: 'Beschrijf hoe de uitstroom uit beschermd wonen en opvang naar zelfstandig wonen is geregeld, met aantallen of doelen.',
  topic: OUTFLOW,
  match(c: Corpus, u: Unit) {
    return c.has(u, OUTFLOW) && c.has(u, NUMBER) ? 'uitstroom' : null
  },
  judge: byKeys(1),
}

/** BW/MO draft: housing and outflow (domain.md §4, unverified). */
export const wonenUitstroom: OpgaveRule = {
  id: 'wonen-uitstroom',
  title: 'Wonen en uitstroom',
  topic: /\bwonen\b|\buitstroom\w*/,
  elements: [partners, outflow],
}
