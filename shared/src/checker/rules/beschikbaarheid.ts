import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { anyOf, JEUGD_FUNCTIONS, OTHER_REGIONS, SCOPE_OR_CONSULTED, SEVERAL_REGIONS, WAITING } from '../lexicon.ts'
import { NUMBER_WORDS } from '../text/markers.ts'

/** Words that show a sentence is about keeping care available (its own text, lead-in or heading), also in plain words ("deze hulp is er altijd"). */
const AVAILABILITY =
  /\bregiona\w*|\bsamen\b|\bkwetsba\w*|\bborg\w*|\bbeschikbaar\w*|\bcontinu\w*|\bin ?kopen\b|\bkopen\b|\bingekocht\b|\b\w*contract\w*|\b\w*capaciteit\w*|\baanbod\b|\bfuncties\b|\bplekken\b|\bperce\w*|\bconsorti\w*|\bpartners?\b|\ber altijd (is|zijn)\b|\baltijd (er )?(is|zijn)\b|\bomvall\w*|\bomvalt\b|\bwegvall\w*/

/** Where keeping care available is discussed: a paragraph or heading with these words. */
const KEPT_AVAILABLE =
  /\bbeschikbaar\w*|\bkwetsba\w*|\bcontinu\w*|\b(ge)?borg\w*|\b(jeugd|zorg)?functies\b|\b\w*capaciteit\w*|\bplekken\b|\ber altijd\b|\baltijd (er|beschikbaar)\b|\bomvall\w*|\bwegvall\w*|\bzorglandschap\b|\b(regelen|regelt|organiseren|organiseert)\b[^.;]{0,40}\b(samen|gezamenlijk|regionaal)\b/

/**
 * Care each municipality buys for itself ("pleegzorg koopt iedere gemeente zelf in", "gemeenten die
 * lokaal residentiële hulp inkopen"): not a function the region keeps available, unless the sentence
 * also says what the region does.
 */
const LOCAL_ONLY =
  /\b(koopt|kopen|regelt|regelen|organiseert|organiseren) (\S+ ){0,3}?(elke|iedere|ieder|de) gemeenten? (\S+ ){0,2}?zelf\b|\b(elke|iedere|ieder) gemeente (koopt|regelt|organiseert) (\S+ ){0,3}?zelf\b|\blokaal\b[^.;]{0,80}\b(inkopen|inkoopt|ingekocht|kopen|koopt)\b|\b(inkopen|ingekocht|koopt|kopen)\b[^.;]{0,30}\blokaal\b/
const REGIONAL = /\bregio\w*|\bsamen\b|\bgezamenlijk\w*|\bbovenregiona\w*/
/** A list of who took part in writing the vision ("Wie er meedachten:"): names providers, not functions kept available. */
const WHO_TOOK_PART =
  /\b(meegedacht|meedachten|dachten mee|meegepraat|meegeschreven|meegelezen|geraadpleegd|geconsulteerd|gesproken met|spraken met|betrokken bij|participatie|totstandkoming|tot stand)\b/

/**
 * A section about waiting times ("Pijler 1 — wachttijden"): its bridging care while a child waits and
 * its capacity dashboard shorten the wait (opgave 9 under the 2026 law), they do not keep a function
 * available, unless a heading above or a table's header also speaks of availability ("Functie | Hoe wij de
 * beschikbaarheid borgen", a table in a box under "November: verwijzing en een wachttijd").
 */
const aboutWaiting = (c: Corpus, u: Unit) => {
  const { headings, header } = u.block
  return (
    headings.some((h) => c.blockHas(h, WAITING)) &&
    !headings.some((h) => c.blockHas(h, KEPT_AVAILABLE)) &&
    !(header !== undefined && c.blockHas(header, KEPT_AVAILABLE))
  )
}

/** Sessions held with bodies while the vision was written: "We hebben drie sessies gehad met de aanbieders, een aparte sessie met …". */
const SESSIONS_HELD =
  /\b(sessies?|werksessies?|bijeenkomsten|gesprekken|rondetafels?)\b[^.;]{0,60}\b(gehad|gehouden|gevoerd|georganiseerd)\b|\b(hebben|hadden) (we|wij) [^.;]{0,30}\b(sessies?|werksessies?|bijeenkomsten|gesprekken)\b/

/** The national transition arrangement: functions it covers are not kept available by the region. */
const NATIONAL_TRANSITION = /\blandelijk transitiearrangement\b|\blta\b/
const TOO_SMALL_ALONE = /\bte klein\b[^.;]{0,40}\balleen\b/
const LOCAL_TEAMS =
  /\b(wijk|buurt|gebieds|jeugd|kern|dorps|sociale? wijk|sociale?|lokale?|jeugd- en gezins)teams?\b|\bhet team\b|\bin de teams\b|\belk team\b/

/** How availability is secured: each key a kind of arrangement. */
const SECURING: Readonly<Record<string, RegExp>> = {
  capaciteit: new RegExp(
    String.raw`\bcapaciteitsafspra\w*|\b\w*capaciteit\w* (afspra\w*|vast\w*|gereserveerd|garantie)|\b(afgesproken|vaste|minimale|gegarandeerde|beschikbare) capaciteit\b|\bcapaciteit\b[^.;]{0,40}\b(aan ?houden|vrij ?houden|afgesproken)|\bbeschikbaarheidsafspra\w*|\bbeschikbaarheidsvergoeding\w*|\bbeschikbaarheidscomponent\w*|\bbeschikbaarheidsfinanciering\b|\b(\d+|${NUMBER_WORDS}) (\w+ )?(plekken|bedden|plaatsen|crisisplekken|crisisbedden|gezinshuisplekken|pleeggezinnen|verblijfsplekken)\b|\bvrij ?houden\b`,
  ),
  contract:
    /\bmeerjarig\w* (\w+ )?(contract|afspra|overeenkomst)\w*|\bstrategisch\w* partner\w*|\bpartnerschap\w*|\bvaste partners?\b|\bomzetgarantie\w*|\bgegarandeerde omzet\b|\bvolumegarantie\w*|\bacceptatieplicht\w*|\bplaatsingstafel\w*|\bcapaciteitstafel\w*|\bhoofdaannemer\w*|\bconsorti(a|um)\b/,
  continuiteit:
    /\bcontinuiteits(protocol|plan|reserve|gesprek|regeling|fonds|afspra)\w*|\bovername(plan|protocol|regeling|afspra)\w*|\bovernemen van (clienten|cliënten|jeugdigen|personeel)\b|\bnemen [^.;]{0,40}\bover\b|\boverbrugging\w*|\bnoodcontract\w*|\bmeldplicht\w*|\bfinanciele (positie|signalen|gezondheid)\b|\bsignaleringsoverleg\w*|\bvangnet\w*|\bcalamiteitenplan\w*/,
}

/** Builds the opgave 2 rule for a list of functions (Jeugd, or BW/MO in the draft rule set). */
export function beschikbaarheidRule(functions: Readonly<Record<string, RegExp>>, title: string): OpgaveRule {
  const ANY_FUNCTION = anyOf(functions)
  const aboutCare = new RegExp(`${ANY_FUNCTION.source}|${AVAILABILITY.source}`)

  const named: ElementRule = {
    id: 'functies',
    label: 'welke functies de regio beschikbaar houdt',
    todo: 'Noem de (specialistische) functies waarvan de regio de beschikbaarheid en continuïteit borgt, bijvoorbeeld crisishulp, jeugdbescherming en jeugdreclassering, residentiële jeugdhulp, pleegzorg en gezinshuizen, specialistische jeugd-ggz en zorg bij een (licht) verstandelijke beperking, en wat lokaal en wat regionaal wordt georganiseerd.',
    // (not the functions organised with other regions: "welke functies we samen organiseren, leggen de drie
    // regio's vast": opgave 5)
    topic:
      /(\b(kwetsbare|specialistische|regionale|welke) functies\b|\bjeugdfuncties\b|\bzorgfuncties\b|\bwelke (vormen van )?(hulp|zorg|jeugdhulp)(vormen)?\b(?! (\S+ )?(nodig|past|passend|het beste)))(?![^.;]{0,100}\b(regio's|buurregio\w*|landsde\w*|andere regio(?:'?s)?\b))/,
    needs: functions,
    // Functions named in passing elsewhere (the GI among who took part, jeugd-ggz consulting the local
    // teams) are no partial alone, unless said where keeping care available is discussed (the paragraph,
    // the one before or after, or its heading).
    alone: (hits) =>
      hits.some((h) => {
        const { index, heading } = h.unit.block
        const about = (i: number) => i >= 0 && i < h.corpus.blocks.length && h.corpus.blockHas(i, KEPT_AVAILABLE)
        return h.unit.block.inOpgave === 2 || about(index) || about(index - 1) || about(index + 1) || about(heading)
      }),
    match(c: Corpus, u: Unit) {
      const keys = c.keys(u, functions)
      if (!keys.length || !c.context(u, AVAILABILITY) || aboutWaiting(c, u)) return null
      // A function organised by several regions together ("JeugdzorgPlus | de drie regio's samen") is opgave 5.
      if (c.has(u, SEVERAL_REGIONS)) return null
      if (u.block.listItem && c.around(u, WHO_TOOK_PART)) return null
      // … nor is one told among the sessions held while writing ("een aparte sessie met de gecertificeerde
      // instellingen"), in what a kader covers, or under the national transition arrangement.
      if (c.has(u, SESSIONS_HELD) || c.has(u, SCOPE_OR_CONSULTED) || c.has(u, NATIONAL_TRANSITION)) return null
      // Too small to do it alone ("Voor JeugdzorgPlus zijn we als regio te klein om het alleen te doen"): opgave 5.
      if (c.has(u, TOO_SMALL_ALONE)) return null
      // What the local teams do themselves, or with a specialist at their side, is the local access (opgave 3).
      if (c.has(u, LOCAL_TEAMS) && !c.has(u, AVAILABILITY)) return null
      return c.has(u, LOCAL_ONLY) && !c.has(u, REGIONAL) ? null : keys
    },
    judge: byKeys(3),
  }

  const secured: ElementRule = {
    id: 'borging',
    label: 'hoe de beschikbaarheid van die functies is geborgd',
    todo: 'Beschrijf per functie hoe de regio de beschikbaarheid en continuïteit borgt: capaciteitsafspraken (aantallen plekken), meerjarige regionale contracten of partnerschap, en wat er gebeurt als een aanbieder dreigt om te vallen (meldplicht, overnameregeling, continuïteitsreserve).',
    // (securing what: "deze functies borgen", not "die afstemming borgen" or "borging van het inkoopkader",
    // which are opgave 10; and a provider that drops out, not costs that turn out higher: "als de kosten hoger
    // uitvallen dan begroot")
    topic:
      /\b(ge)?borg\w*\b(?<!\bafstemming\b[^.;]{0,40})(?! van (het|de|ons|onze) (\S+ )?(inkoop\w*|\w*kader|\w*beleid|afspraken|afstemming|gebondenheid)\b)|\bbeschikbaarheid\w*|\bcontinuiteit\w*\b(?![^.;]{0,120}\b(geen (nieuw\w* )?(contract|overeenkomst)|(contract|overeenkomst)\w* (afloopt|aflopen|eindigt|eindigen)|aflopende (contracten|overeenkomsten)|niet (opnieuw|meer) (wordt |is )?gecontracteerd))|(?<!\b(hoger|lager|duurder|goedkoper|anders|beter|slechter|gunstiger|ongunstiger|mee|tegen) )\b(uitval|omval|wegval)\w*|\b(valt|vallen) (?!(\S+ ){0,2}?(hoger|lager|duurder|goedkoper|anders|beter|slechter|mee|tegen) uit\b)[^.;]{0,20}\b(uit|om|weg)\b|\b(aanbieder|zorgaanbieder|organisatie)\w* (ermee )?(stopt|stoppen|ophoudt|failliet)\b|\bfaillissement\w*|\bfailliet\b|\b\w*capaciteit\w*|\bhoeveel (plekken|plaatsen|bedden)\b(?![^.;]{0,100}\b(twee|drie|vier|vijf|\d+|beide|andere) regio'?s\b)/,
    needs: SECURING,
    match(c: Corpus, u: Unit) {
      const keys = c.keys(u, SECURING)
      if (!keys.length || !c.context(u, aboutCare) || aboutWaiting(c, u)) return null
      // What is arranged with other regions, said under a heading about them, is opgave 5.
      if (c.has(u, OTHER_REGIONS) && c.underHeading(u, OTHER_REGIONS)) return null
      // A concrete arrangement (a number or a named body) weighs as two.
      return c.concrete(u) || c.named(u) ? [...keys, ...keys.map((k) => `${k}+`)] : keys
    },
    judge: byKeys(2, 1),
  }

  return {
    id: 'beschikbaarheid',
    title,
    // (not the continuity of care when a contract ends: "de continuïteit van zorg voor jeugdigen bij een aanbieder die straks
    // geen contract meer heeft" is opgave 7)
    topic:
      /\bbeschikbaarheid\b|\bcontinuiteit\b(?![^.;]{0,120}\b(geen (nieuw\w* )?(contract|overeenkomst)|(contract|overeenkomst)\w* (afloopt|aflopen|eindigt|eindigen)|aflopende (contracten|overeenkomsten)|niet (opnieuw|meer) (wordt |is )?gecontracteerd))|\bkwetsbare functies\b|\bjeugdfuncties\b/,
    elements: [named, secured],
  }
}

export const beschikbaarheid = beschikbaarheidRule(
  JEUGD_FUNCTIONS,
  'Beschikbaarheid en continuïteit van (specialistische) jeugdfuncties',
)
