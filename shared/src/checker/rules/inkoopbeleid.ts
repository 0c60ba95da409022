import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { ALL_MUNICIPALITIES } from '../lexicon.ts'

const POLICY = /\binkoop(kader|beleid|strategie|voorwaarden|afspraken|model)\w*|\bregionaal inkoop\w*/
const ALIGNED =
  /\bgeldt voor (alle|alles|al het|de hele)\b|\bgelden voor alle\b|\book (voor )?(wat|de (jeugd)?hulp die) [^.;]{0,40}\blokaal\b|\bafgestemd\b|\bafstemming\b|\b(het|de) regionale inkoop\w*\b[^.;]{0,10}\b(volgt|volgen)\b|\b(volgt|volgen) (het|de) regionale inkoop\w*|\b(stemmen|stemt)\b[^.;]{0,60}\baf\b|\baansluiten bij (de|het) regionale\b|\b(sluiten|sluit) [^.;]{0,40}\baan bij (de|het) regionale\b|\bvolgen [^.;]{0,20}\been (regionaal )?inkoop\w*|\bdezelfde\b|\been regionaal inkoop\w*|\bvoor alle (\S+ ){0,2}inkoop (geldt|gelden)\b|\book voor de lokale inkoop\b|\blokale contracten dezelfde\b|\b(basis|grondslag|uitgangspunt) (voor|van) (alle|al onze|de hele)\b|\blokaal (in ?kopen|inkoopt|contracteren|contracteert)\b[^.;]{0,60}\b(vooraf|eerst)\b[^.;]{0,40}\b(bespreken|bespreekt|voorleggen|voorlegt|voor|afstemmen|afstemt|af|melden|meldt)\b/

const FOLLOW = /\b(volgen|hanteren|passen|gebruiken|werken met|houden zich aan)\b/
const OWN_POLICY = /\beigen inkoop\w*/

const THE_FRAMEWORK = /\b(het|dit|dat|dat regionale) kader\b/

const SECURED: Readonly<Record<string, RegExp>> = {
  regeling:
    /\bgemeenschappelijke regeling\b[^.;]{0,80}\b(bepaalt|legt vast|vastgelegd|gebonden)\b|\bgebonden\b|\bbindend\w*/,
  verordening: /\bverordening\w*/,
  toets: /\btoets\w*|\bcontrole\w*|\brapporteert\b/,
  besluitvorming: /\btwee derde\b|\bafwijken\b[^.;]{0,60}\b(besluit|alleen)\b|\bmeerderheid\b/,
}

const aligned: ElementRule = {
  id: 'afstemming',
  label: 'hoe het inkoopbeleid van de gemeenten op elkaar is afgestemd',
  todo: 'Beschrijf hoe het inkoopbeleid van alle gemeenten op elkaar is afgestemd, bijvoorbeeld één regionaal inkoopkader dat ook geldt voor wat een gemeente lokaal inkoopt.',
  // (a strategy or a model still to come is the purchasing of opgave 7, not the policy's alignment)
  topic: /\binkoop(kader|beleid|voorwaarden|afspraken)\w*|\bregionaal inkoop\w*/,
  needs: { ALIGNED, FOLLOW },
  match(c: Corpus, u: Unit) {
    // (the policy may be named by the heading: "Eén lijn in het inkoopbeleid")
    // (or by the sentence before: "… op basis van het Inkoopkader. Voor de lokaal ingekochte hulp sluiten zij aan bij …")
    if (!c.has(u, POLICY) && !c.underHeading(u, POLICY) && !(u.prev && c.has(u.prev, POLICY))) return null
    if (c.has(u, OWN_POLICY)) return null
    return c.has(u, ALIGNED) || (c.has(u, ALL_MUNICIPALITIES) && c.has(u, FOLLOW)) ? 'afstemming' : null
  },
  judge: byKeys(1),
}

const secured: ElementRule = {
  id: 'borging',
  label: 'hoe die afstemming is geborgd',
  todo: 'Leg vast hoe de afstemming van het inkoopbeleid is geborgd: in de gemeenschappelijke regeling, in (dezelfde) verordeningen, en met een regelmatige toets.',
  topic: /\bgeborgd\b|\bborging\b|\bborgen\b|\bborgt\b/,
  needs: SECURED,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, SECURED)
    // The policy may be named earlier in the paragraph ("Alle gemeenten volgen het inkoopkader. … (2) de
    // verordeningen verwijzen naar het kader").
    if (!keys.length) return null
    // … or in the list item just before, to which "het kader" points back.
    const before = u.block.index - 1
    const pointsBack = c.has(u, THE_FRAMEWORK) && before >= 0 && c.blockHas(before, POLICY)
    return c.context(u, POLICY) || c.blockHas(u.block.index, POLICY) || pointsBack ? keys : null
  },
  judge: byKeys(1),
}

export const inkoopbeleid: OpgaveRule = {
  id: 'inkoopbeleid',
  title: 'Afstemming van het inkoopbeleid en de borging daarvan',
  topic: /\binkoopbeleid\b|\binkoopkader\b|\bafstemming\b/,
  elements: [aligned, secured],
}
