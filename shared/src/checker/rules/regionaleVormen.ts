import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { JEUGD_FUNCTIONS, SCOPE_OR_CONSULTED, WAITING } from '../lexicon.ts'

const REGIONALLY_CONTRACTED =
  /\bregionaal( (moeten|moet|zullen|zal|gaan|gaat))?( (worden|wordt))?( te)? (contracteren|gecontracteerd\w*|ingekocht\w*|inkopen|kopen|in te kopen|in ?gekocht)\b|\bcontracteren [^.;]{0,40}\bregionaal\b|\b(kopen|koopt) [^.;]{0,50}\b(regionaal|gezamenlijk|samen) in\b|\bregionale inkoop\b|\bregionaal (organiseren|georganiseerd)\b|\b(gezamenlijk|samen) (contracteren|gecontracteerd\w*|ingekocht\w*|inkopen|in te kopen)\b|\b(gezamenlijk|samen) (wordt|worden) (ingekocht|gecontracteerd)\b/
/** … and, as context for a list of forms, the bare word ("regionaal: crisishulp, pleegzorg, …"). */
const REGIONAL_CONTEXT = new RegExp(`${REGIONALLY_CONTRACTED.source}|\\bregionaal\\b`)

const ELSEWHERE =
  /\b(landelijk transitiearrangement|lta|landelijke? (inkoop|afspraken|contracten)|expertteam|bovenregiona\w*|landsde\w*|andere regio(?:'?s)?\b|buurregio\w*)\b/

const forms: ElementRule = {
  id: 'vormen',
  label: 'welke vormen van jeugdhulp regionaal worden gecontracteerd',
  todo: 'Noem welke vormen van jeugdhulp de regio regionaal contracteert (ten minste de vormen die de wet voorschrijft), bijvoorbeeld in een tabel per vorm.',
  topic: REGIONALLY_CONTRACTED,
  needs: JEUGD_FUNCTIONS,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, JEUGD_FUNCTIONS)
    if (!keys.length || !c.context(u, REGIONAL_CONTEXT)) return null
    // Who was consulted ("de regionaal gecontracteerde aanbieders, de gecertificeerde instellingen …"),
    // what the document covers ("heeft betrekking op de jeugdbescherming …") and what is arranged with other
    // regions or nationally (opgave 5) name forms of care, not which ones the region contracts.
    if (c.has(u, SCOPE_OR_CONSULTED)) return null
    // (nor does how long children wait for one: opgave 9)
    if ((c.has(u, ELSEWHERE) || c.has(u, WAITING)) && !c.has(u, REGIONALLY_CONTRACTED)) return null
    return keys
  },
  judge: byKeys(3),
}

export const regionaleVormen: OpgaveRule = {
  id: 'regionale-vormen',
  title: 'Regionaal gecontracteerde vormen van jeugdhulp',
  topic: /\bregionaal (contracteren|gecontracteerd|ingekocht|inkopen)\b/,
  elements: [forms],
}
