import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { DESK_ONLY, PER_TOPIC } from './governance.ts'

const REPRESENTS =
  /\bvertegenwoordig(t|en|d)\b[^.;]{0,40}\b(regio|gemeenten)\b|\bvertegenwoordiging van de regio\b|\b(treedt|treden|optreedt)\b[^.;]{0,40}\bnamens\b|\bnamens de regio\b|\brechtspersoon\w*|\bwettelijk vertegenwoordig\w*|\baanspreekpunt\w*/
const ACTOR =
  /\b(voorzitter|wethouder|burgemeester|bestuur|college|directeur|bvo|gemeente|centrumgemeente|gr|regeling|organisatie)\b/

const representative: ElementRule = {
  id: 'vertegenwoordiger',
  label: 'wie de regio vertegenwoordigt',
  todo: 'Leg vast wie de regio (juridisch) vertegenwoordigt, bijvoorbeeld de bedrijfsvoeringsorganisatie of de centrumgemeente, en wie namens de regio optreedt.',
  topic: /\bvertegenwoordig\w*/,
  needs: REPRESENTS,
  match(c: Corpus, u: Unit) {
    // (a wethouder per topic, "wisselt het per onderwerp", is no one representing the region)
    if (!c.has(u, REPRESENTS) || c.has(u, DESK_ONLY) || c.has(u, PER_TOPIC)) return null
    return c.has(u, ACTOR) || c.named(u) ? 'vertegenwoordiger' : null
  },
  judge: byKeys(1),
}

export const vertegenwoordiging: OpgaveRule = {
  id: 'vertegenwoordiging',
  title: 'Regionale vertegenwoordiging',
  topic: /\bvertegenwoordig\w*/,
  elements: [representative],
}
