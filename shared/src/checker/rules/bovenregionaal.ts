import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { anyOf, JEUGD_FUNCTIONS, NATIONAL, OTHER_REGIONS } from '../lexicon.ts'
import { Flag } from '../text/markers.ts'

/** Functions typically organised with other regions, plus the general list. */
const FUNCTIONS: Readonly<Record<string, RegExp>> = {
  ...JEUGD_FUNCTIONS,
  accounthouderschap: /\baccounthoud\w*/,
}
const ANY_FUNCTION = anyOf(FUNCTIONS)

/** How the cooperation is arranged: a lead region, a covenant, a joint body, joint purchasing. */
const ARRANGEMENT =
  /\bcoordinerend\w*|\bconvenant\w*|\bstuurgroep\w*|\bopdrachtgeversoverleg\w*|\b(bovenregionaal|gezamenlijk|landsdelig) (overleg|opdrachtgeverschap|inkoopkader)\b|\bwederkerigheid\w*|\b(samen|gezamenlijk) (in ?kopen|ingekocht|inkoop|inkopen|contracteren|gecontracteerd)\b|\bingekocht (via|met|door)\b|\binkopen (via|met)\b|\b(kopen|koopt)\b[^.;]{0,60}\bin\b|\b(werkt|werken|is|zijn) (\S+ )?voor (beide|alle|de) (\S+ )?regio'?s\b|\baccounthoudende regio\b|\btransformatieplan\w*|\baansluiten bij\b|\b(contracteren|kopen|inkopen|organiseren) (\S+ ){0,2}samen met\b|\bnamens (de|alle) (\S+ ){0,2}(regio'?s|partners)\b|\bsluiten [^.;]{0,40}\baan bij\b|\b(zetten|zet) [^.;]{0,40}\bin\b|\bvastgelegd\b|\bafspraken? (met|over)\b|\bmaatregelprijs\b/

/** Words for other regions without the national arrangements (LTA): those do not show a regional choice. */
const REGIONAL_PARTNERS = OTHER_REGIONS

// "met de regio Dijkstreek": a named region, unless it is the document's own (named in its title).
const NAMED_REGION = /\b(?:[Jj]eugd|[Bb]uur)?regio'?s? (\p{Lu}[\p{L}-]+)/u

function otherRegionNamed(c: Corpus, u: Unit | undefined): boolean {
  if (!u) return false
  const name = NAMED_REGION.exec(u.text)?.[1]?.toLowerCase()
  return name !== undefined && !c.title.includes(name) && !c.ownRegions().has(name)
}

/**
 * Where a provider is ("een aanbieder in de buurregio", "instellingen buiten de regio"): a place, not
 * working with another region.
 */
const PROVIDER_ELSEWHERE =
  /\b(aanbieder|zorgaanbieder|instelling|organisatie|voorziening)\w* (in|uit|buiten) (de |een |het )?(buurregio\w*|andere regio(?:'?s)?\b|omliggende regio\w*)/g

/** The unit names other regions beyond where a provider is. */
function namesOtherRegions(c: Corpus, u: Unit | undefined): boolean {
  if (!u || !c.has(u, OTHER_REGIONS)) return false
  PROVIDER_ELSEWHERE.lastIndex = 0
  if (!PROVIDER_ELSEWHERE.test(u.norm)) return true
  return OTHER_REGIONS.test(u.norm.replace(PROVIDER_ELSEWHERE, ' '))
}

/**
 * The unit or its neighbours mention other regions, by word or by name. A neighbour that denies the
 * working together ("voor de bovenregionale samenwerking is nog niets vastgelegd") lends no context.
 */
function aboutOtherRegions(c: Corpus, u: Unit): boolean {
  const context = (n: Unit | undefined) =>
    n !== undefined && (c.flags(n) & Flag.negated) === 0 && (namesOtherRegions(c, n) || otherRegionNamed(c, n))
  return namesOtherRegions(c, u) || otherRegionNamed(c, u) || context(u.prev) || context(u.next)
}

/**
 * Other regions named as whom the region's contact point speaks to ("wie namens de regio het
 * aanspreekpunt wordt voor aanbieders en andere regio's", "optreedt richting de Jeugdautoriteit of het
 * landsdeel"): the topic of opgave 4, not working with them.
 */
const AUDIENCE = String.raw`(?<!\b(aanspreekpunt\w*|namens de regio|optreedt|optreden|treedt op|spreekt|spreken)\b[^.;]{0,80})`
/**
 * Other regions as an example to learn from ("Ook kijken wij hoe andere regio's dit aanpakken", "leren van
 * andere regio's", "zoals andere regio's"): comparing, not working with them.
 */
const EXAMPLE = String.raw`(?<!\b(hoe|zoals|net als|leren van|leert van|kijken bij|kijken naar|kijkt naar|vergeleken met|vergelijken met)\s((de|die|veel|enkele|sommige) )?)`
// (the lookbehinds are tried at word starts only: every alternative of OTHER_REGIONS starts at one)
const ABOUT_OTHER_REGIONS = new RegExp(`\\b${AUDIENCE}${EXAMPLE}(?:${OTHER_REGIONS.source})`)

const functionsWith: ElementRule = {
  id: 'functies-bovenregionaal',
  label: 'voor welke functies de regio met andere regio’s samenwerkt',
  todo: 'Noem voor welke functies de regio met andere regio’s samenwerkt, bijvoorbeeld JeugdzorgPlus, klinische jeugd-ggz, crisis, de gecertificeerde instellingen of een bovenregionaal expertteam.',
  topic: ABOUT_OTHER_REGIONS,
  needs: FUNCTIONS,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, FUNCTIONS).filter((k) => k !== 'zeer-specialistisch')
    return keys.length && (c.around(u, OTHER_REGIONS) || aboutOtherRegions(c, u)) ? keys : null
  },
  judge: byKeys(1),
}

const arrangement: ElementRule = {
  id: 'afspraken-bovenregionaal',
  label: 'hoe die bovenregionale samenwerking is geregeld',
  todo: 'Beschrijf hoe de bovenregionale samenwerking is geregeld: met welke regio’s, wie coördineert, in welk convenant of overleg, en welke afspraken gelden. Het Landelijk Transitiearrangement alleen is geen regionale keuze.',
  topic: ABOUT_OTHER_REGIONS,
  needs: ARRANGEMENT,
  match(c: Corpus, u: Unit) {
    if (!c.has(u, ARRANGEMENT)) return null
    // The partner regions must be named or counted in the unit or just around it; national
    // arrangements alone (LTA) do not count.
    if (!aboutOtherRegions(c, u) && !c.lead(u, REGIONAL_PARTNERS)) return null
    if (!c.context(u, ANY_FUNCTION)) return null
    if (c.has(u, NATIONAL) && !c.has(u, REGIONAL_PARTNERS) && !otherRegionNamed(c, u)) return null
    return 'afspraak'
  },
  judge: byKeys(1),
}

export const bovenregionaal: OpgaveRule = {
  id: 'bovenregionaal',
  title: 'Bovenregionale samenwerking',
  topic: new RegExp(`\\b${AUDIENCE}${EXAMPLE}(?:\\bbovenregiona\\w*|\\bandere regio(?:'?s)?\\b|\\blandsdel\\w*)`),
  elements: [functionsWith, arrangement],
}
