import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys, foundUnless } from '../engine/types.ts'
import { ALL_MUNICIPALITIES, OTHER_REGIONS, SEVERAL_REGIONS } from '../lexicon.ts'
import { NUMBER_WORDS } from '../text/markers.ts'
import { concepts } from '../vocabulary.ts'

/** Legal forms of the cooperation (domain.md opgave 4), as terms (see `vocabulary.ts`). */
const LEGAL_FORMS: Readonly<Record<string, RegExp>> = {
  ...concepts({
    'openbaar-lichaam': [
      'openbaar lichaam',
      'publiekrechtelijk* rechtspersoon/lichaam/samenwerkingsverband/samenwerking',
      'met (eigen) rechtspersoonlijkheid',
    ],
    bedrijfsvoeringsorganisatie: ['bedrijfsvoeringsorganisatie*', 'bvo'],
    centrumgemeente: ['centrumgemeente*', 'centrumregeling*'],
    'gemeenschappelijk-orgaan': ['gemeenschappelijk orgaan'],
    convenant: ['convenant', 'samenwerkingsovereenkomst*', 'dienstverleningsovereenkomst*', 'samenwerkingsafspraken'],
  }),
  // "GR" but not "GR-" as the start of a compound name.
  'gemeenschappelijke-regeling': /\bgemeenschappelijke regeling\b|\bgr\b(?! ?-)/,
}
/** Organs that exist only in a formal cooperation. */
const ORGANS = /\b(algemeen|dagelijks) bestuur\b|\bbestuur van de\b/
const ON_BEHALF = /\bnamens (de|alle) (\S+ ){0,2}gemeenten\b|\bnamens de regio\b/

/** All the members: "alle gemeenten", "elke deelnemer", "alle vijf". */
const EVERY_MEMBER = String.raw`(alle|elke|iedere) ((\d+|${NUMBER_WORDS})\b|(\S+ )?(gemeenten?|deelnemers?|deelnemende|partijen|leden|colleges|raden)\b)`
/**
 * A majority counted out: "vier van de vijf", "met vijf van de zes stemmen". (`\s`, not a space, so that
 * the prefilter keys on "stemmen" or "besluit", not on the common " van de ".)
 */
const COUNTED_MAJORITY = String.raw`\b(\d+|${NUMBER_WORDS})\svan\sde\s(\d+|${NUMBER_WORDS})\b`

const BINDING: Readonly<Record<string, RegExp>> = {
  bindend: new RegExp(
    String.raw`\bbindend\w*\b(?! (verplichting|overeenkomst|contract)\w*)|\bbinden\b|\bgebonden\b|\bniet[- ]vrijblijvend\w*|\b(gelden|geldt) (\S+ ){0,2}?voor ${EVERY_MEMBER}|\b(niet|geen gemeente) [^.;]{0,40}\b(zelf|apart|eigen)\b[^.;]{0,30}\b(in ?kopen|inkoopt|contracten|contracteren)\b|\bniet (zelf|apart|afzonderlijk|eigenstandig) (\w+ )?(in ?kopen|inkoopt|inkopen|in|contracteren|contracteert)\b|\b(in ?kopen|contracteren)\b[^.;]{0,20}\bniet (zelf|apart|afzonderlijk|eigenstandig)\b`,
  ),
  solidariteit:
    /\bsolidair\w*|\bsolidariteit\w*|\bverevening\w*|\bverevend\b|\brisicoverevening\w*|\bverdeelsleutel\w*|\bnaar rato\b|\bnaar inwonertal\b|\bnaar (het )?aantal (jeugdigen|inwoners)\b|\bgedeeld naar\b|\brisicodeling\b|\bgezamenlijk gedragen\b/,
  besluitvorming: new RegExp(
    String.raw`\bgewogen stem\w*|\btwee derde\b|\bmeerderheid\b|\bstemverhouding\w*|\bgeschillenregeling\w*|\bmeningsverschil\w*|${COUNTED_MAJORITY} stemmen\b|${COUNTED_MAJORITY}[^.;]{0,40}\b(besluit|besluiten|beslist|beslissen)\b`,
  ),
  uittreden: /\buittred\w*|\bfrictiekosten\b|\bopzegtermijn\w*/,
}
const ABOUT_COOPERATION =
  /\bgemeenten?\b|\bsamen besluiten\b|\baanspreekpunt\w*|\bsamenwerking\b|\bregeling\b|\bbestuur\b|\bsturing\b|\bgovernance\b|\bdeelnemers\b|\bdeelnemende\b|\bab\b/
const OWN_FORM = /\bgemeenschappelijke regeling\b|\bbvo\b|\bcentrumgemeente/

const CONTACT =
  /\baanspreekpunt\w*|\bcontactpunt\w*|\b(treedt|treden|optreden|optreedt|op te treden)\b[^.;]{0,40}\b(extern|namens|naar buiten)\b|\bextern\b[^.;]{0,30}\b(op ?treden|optreedt|treedt)\b|\bvertegenwoordigt de regio\b|\bnamens de regio\b[^.;]{0,40}\b(spreekt|optreedt|treedt|onderhandelt)\b|\bwoordvoerder\w*|\b(het|ons|als|een) boegbeeld\b|\bgezicht naar buiten\b|\bnaar buiten (\S+ )?(een )?gezicht\b|\b(voert|voeren) het woord namens\b|\bspreekbuis\b|\b(spreekt|spreken|praat|treedt op|optreedt) (\S+ ){0,3}?(voor|namens) (de|het|onze|alle) (\S+ ){0,2}?(regio|gemeenten)\b|\bmet een stem\b|\b(voert|voeren) namens (de|alle) (\S+ ){0,2}(gemeenten|regio)\b|\b(spreekt|praat|onderhandelt) namens (de|alle) (\S+ ){0,2}(gemeenten|regio)\b|\b(spreekt|spreken|praat|onderhandelt|treedt op|optreedt) (\S+ ){0,3}?namens ons( allen| allemaal)?\b|\bnamens (de|het|onze|alle) (\S+ ){0,2}?(regio|gemeenten) (\S+ ){0,2}?(spreekt|spreken|praat|praten|optreedt|optreden|onderhandelt|onderhandelen)\b/
/** On behalf of several regions: an account holder among regions, not the region's own contact. */
const FOR_REGIONS = new RegExp(
  String.raw`\bnamens (de |alle |onze )?((\d+|${NUMBER_WORDS}|beide|meerdere|andere) )?(jeugd)?regio'?s\b`,
)
/** A clause that starts with who was just named: "… de wethouder van Dalwijk; die treedt op namens …". */
const POINTS_BACK = /^(die|deze|zij|hij|beiden|zij beiden|beide)\b/
/** A clause without its subject, starting with the verb: "treedt extern op …", "spreekt namens …". */
const VERB_FIRST =
  /^(treedt|treden|spreekt|spreken|vertegenwoordigt|vertegenwoordigen|fungeert|fungeren|handelt|handelen|is|zijn)\b/
/** A sentence that names who was just described: "Dat is de voorzitter …", "Die rol heeft de wethouder …". */
const WHO_THAT_IS =
  /^(dat|dit|die|deze) (is|zijn|wordt|worden)\b|^die rol\b|\b(ben ik|is hij|is zij|zijn wij|zijn we|zijn zij) dat\b/
/** A council's vote on a proposal: adoption (opgave 1), not how the cooperation binds its members. */
const COUNCIL_VOTE =
  /\b(gemeente)?raad\b[^.;]{0,60}\b(aangehouden|verworpen|vastgesteld|aangenomen|ingestemd|gestemd)\b|\b(aangehouden|verworpen)\b[^.;]{0,60}\b(gemeente)?raad\b/
/** Partners other than the member municipalities: a convenant with them is no form of the region's cooperation. */
const OTHER_PARTIES =
  /\bonderwijs\w*|\bscholen\b|\bzorgverzekeraar\w*|\bzorgkantoor\w*|\bwoningcorporatie\w*|\bhuisarts\w*/
/** Contact points split by topic ("per dossier de portefeuillehouder", "afhankelijk van het onderwerp"). */
export const PER_TOPIC =
  /\bper (dossier|onderwerp|thema|domein|portefeuille|taak|gemeente)\b|\bafhankelijk van (het|de) (onderwerp|vraag|thema|dossier)\b|\bverschilt per (onderwerp|dossier|thema)\b/
const SPLIT = 'per-onderwerp'
/** A desk for providers' contracts or questions: not who represents the region. */
export const DESK_ONLY =
  /^voor (de |alle |elke )?(aanbieder\w*|zorgaanbieder\w*|vragen|declaratie\w*|facturen)\b(?![^.;]{0,40}\b(jeugdautoriteit|rijk|ministerie|andere regio|buurregio|pers|toezicht|inspectie|landelijk))[^.;]{0,140}\b(aanspreekpunt|contactpunt|contactpersoon)\b|\b(contractmanager|accountmanager|accounthouder)s?\b[^.;]{0,60}\b(aanspreekpunt|contactpunt)\b|\b(aanspreekpunt|contactpunt|contactpersoon)\w* (voor|van) (de |alle |elke )?(aanbieder\w*|zorgaanbieder\w*|vragen|declaratie\w*|administratie\w*|facturen)\b(?!,? (en |de |het )*(buurregio|andere|rijk|ministerie|toezicht|inspectie|jeugdautoriteit|pers|landelijk))|\baanspreekpunt (over|voor) (hun|de|het|zijn|haar) (eigen )?(contract\w*|declaratie\w*|factu\w*|vragen)\b|\bcontract(beheer|management)\b[^.;]{0,120}\b(aanspreekpunt|contactpunt|loket)\b|\bnamens (ons|de regio|de gemeenten|alle gemeenten) (de )?(overeenkomsten|contracten)\b|\b(aanspreekpunt|contactpunt|loket)\w*\b[^.;]{0,50}\bvoor (\S+ )?(contract\w*|declaratie\w*|administratie\w*|facturen|facturatie)( en (contract\w*|declaratie\w*|administratie\w*|facturen|facturatie))?\s*[.;]?$/
const ACTOR =
  /\b(voorzitter|wethouder|burgemeester|bestuur|college|directeur|bvo|gemeente|centrumgemeente|aanspreekpuntgemeente|portefeuillehouder|regiomanager|bureau|organisatie|gr|regeling|dagelijks bestuur)\b/

const legalForm: ElementRule = {
  id: 'rechtsvorm',
  label: 'de rechtsvorm van de samenwerking',
  todo: 'Noem de rechtsvorm van de samenwerking: een gemeenschappelijke regeling (openbaar lichaam, bedrijfsvoeringsorganisatie of centrumgemeente/centrumregeling) of een convenant, en wie wat doet.',
  topic: /\bgovernance\b|\brechtsvorm\b|\bwelke vorm\b|\bsamenwerkingsvorm\b/,
  needs: { ...LEGAL_FORMS, ORGANS, ON_BEHALF },
  // Someone acting "namens de gemeenten" (an office doing the contract management, a letter's
  // signature) is a trace of a cooperation, not yet a word about its form: alone it addresses nothing.
  alone: (hits) => hits.some((h) => h.key !== 'uitvoeringsorganisatie'),
  match(c: Corpus, u: Unit) {
    const forms = c.keys(u, LEGAL_FORMS)
    if (forms.length) {
      // A convenant with other regions is opgave 5, not the region's own governance.
      if ((c.has(u, OTHER_REGIONS) || c.around(u, OTHER_REGIONS)) && !c.has(u, OWN_FORM)) return null
      // … as is one the regions signed together ("het convenant …, dat de drie regio's ondertekenden"),
      // also in a later sentence of the paragraph ("dat staat al in het convenant").
      if (forms.length === 1 && forms[0] === 'convenant' && c.blockHas(u.block.index, SEVERAL_REGIONS)) return null
      // An agreement with schools or insurers on one arrangement is not how the municipalities cooperate.
      if (forms.length === 1 && forms[0] === 'convenant' && (c.has(u, OTHER_PARTIES) || c.around(u, OTHER_PARTIES)))
        return null
      return forms
    }
    if (c.has(u, ORGANS)) return 'bestuursorgaan'
    if (c.has(u, ON_BEHALF) && c.named(u)) return 'uitvoeringsorganisatie'
    return null
  },
  judge(hits) {
    const keys = new Set(hits.map((h) => h.key))
    keys.delete('bestuursorgaan')
    keys.delete('uitvoeringsorganisatie')
    if (keys.size > 0) return 'found'
    return hits.length > 0 ? 'some' : 'none'
  },
}

/** A heading above names other regions and not the region's own governance. */
// (the nearest heading that says either decides: "5.1 Onze samenwerkingsvorm" under "5. … en andere regio's")
function aboutOtherRegionsOnly(c: Corpus, u: Unit): boolean {
  const { headings } = u.block
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!
    if (c.blockHas(h, OWN_GOVERNANCE)) return false
    if (c.blockHas(h, OTHER_REGIONS)) return true
  }
  return false
}
const OWN_GOVERNANCE =
  /\bgovernance\b|\bbestuur\w*|\bsturing\b|\baanspreekpunt\w*|\bsamenwerkingsvorm\b|\b(onze|eigen) samenwerking\b/

const binding: ElementRule = {
  id: 'bindende-afspraken',
  shared: true,
  label: 'hoe de afspraken bindend zijn',
  todo: 'Leg vast hoe de samenwerking niet vrijblijvend is: besluiten die alle gemeenten binden, solidariteit of risicoverevening met een verdeelsleutel, en wat er gebeurt bij uittreden (opzegtermijn, frictiekosten).',
  // (not who enters into obligations for the region, "wie juridisch bindende verplichtingen aangaat": its legal
  // representation, opgave 12)
  // (not a council still to decide on it, "het college stuurt een toelichting op de solidariteitsbijdrage aan
  // de raad, zodat het voorstel opnieuw kan worden geagendeerd": that puts off adoption, opgave 1)
  topic:
    /(\bvrijblijvend\w*|\bbindend\w*\b(?! (verplichting|overeenkomst|contract)\w*)|\bsolidari\w*|\bverdeelsleutel\w*|\b(risico)?verevening\w*)(?![^.;]{0,120}\b(aan de raad|raadsvergadering|geagendeerd|raadsvoorstel)\b)/,
  needs: BINDING,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, BINDING)
    if (!keys.length) return null
    // How a council voted on the vision ("de raad heeft het besluit aangehouden: een meerderheid wilde …") is opgave 1.
    if (c.has(u, COUNCIL_VOTE)) return null
    // Sharing costs with other regions is opgave 5 (a heading that names governance too, "Governance,
    // aanspreekpunt en bovenregionaal", is not only about them).
    if (c.has(u, OTHER_REGIONS) || c.lead(u, OTHER_REGIONS) || aboutOtherRegionsOnly(c, u)) return null
    // "binden alle zes gemeenten", or a section about steering and cooperation.
    if (!c.has(u, ALL_MUNICIPALITIES) && !c.context(u, ABOUT_COOPERATION)) return null
    return keys
  },
  judge: byKeys(1),
}

const contact: ElementRule = {
  id: 'aanspreekpunt',
  label: 'wie het ene aanspreekpunt is dat extern optreedt namens de regio',
  todo: 'Noem wie het ene, gedragen aanspreekpunt van de regio is (bijvoorbeeld de voorzitter van het bestuur of de wethouder van de centrumgemeente) en dat die extern optreedt namens alle gemeenten.',
  // (acting for the region "in rechte", signing its contracts, is its legal representation: opgave 12)
  topic: /\baanspreekpunt\w*|\bcontactpunt\w*|\bnamens de regio\b(?! [^.;]{0,20}\bin rechte\b)/,
  needs: CONTACT,
  match(c: Corpus, u: Unit) {
    // A desk for providers' questions is not who represents the region.
    if (!c.has(u, CONTACT) || c.has(u, DESK_ONLY)) return null
    // Speaking for several regions ("voert namens de drie regio's het gesprek") is working with other regions (opgave 5).
    if (c.has(u, FOR_REGIONS)) return null
    // A contact per dossier or per topic is several, not the one the norm asks.
    if (c.has(u, PER_TOPIC)) return SPLIT
    if (c.has(u, ACTOR) || c.named(u)) return 'aanspreekpunt'
    // "… spreken de wethouder van Dalwijk aan; die treedt op namens de zes gemeenten."
    const prev = u.prev
    if (prev && c.has(u, POINTS_BACK) && c.has(u, ON_BEHALF) && (c.has(prev, ACTOR) || c.named(prev)))
      return 'aanspreekpunt'
    // A sub-item that starts with its verb ("treedt extern op namens de negen gemeenten" under "bestuurlijk:
    // voorzitter van het BVO-bestuur"): its lead-in is who acts.
    const lead = u.block.listItem ? u.block.lead : undefined
    if (lead !== undefined && c.has(u, ON_BEHALF) && VERB_FIRST.test(u.norm) && c.blockHas(lead, ACTOR))
      return 'aanspreekpunt'
    // "Er is één persoon die namens de regio spreekt. Dat is de voorzitter van het bestuur."
    const next = u.next
    return next && c.has(next, WHO_THAT_IS) && (c.has(next, ACTOR) || c.named(next)) ? 'aanspreekpunt' : null
  },
  judge: foundUnless(SPLIT),
}

export const governance: OpgaveRule = {
  id: 'governance',
  title: 'Niet-vrijblijvende governance met één aanspreekpunt',
  topic: /\bgovernance\b|\baanspreekpunt\w*|\bvrijblijvend\w*/,
  elements: [legalForm, binding, contact],
}
