import { type Corpus, type Unit, wordCount } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys, distinctKeys } from '../engine/types.ts'
import { LOCAL_TEAM } from '../lexicon.ts'

/** The team, the basisfuncties or the toegang named in the unit, its lead-in or heading. */
const ABOUT_ACCESS = new RegExp(`${LOCAL_TEAM.source}|\\bteams?\\b|\\bbasisfunctie\\w*|\\bverwijz\\w*|\\bverwijs\\w*`)

/** The five basisfuncties voor lokale teams, in the usual paraphrases (domain.md opgave 3, unverified wording). */
export const BASISFUNCTIES: Readonly<Record<string, RegExp>> = {
  vraagverheldering:
    /\bvraagverheldering\w*|\bvraag\w* [^.;]{0,30}(analyse\w*|verhelder\w*|in samenhang)|\banalyse\b|\bbrede (intake|uitvraag|blik|vraag|kijk)\w*|\bbreed (naar|kijken)\b|\bkijken breed\b|\balle leefgebieden\b|\bleefgebieden\b|\blevensgebieden\b|\b(hele|volledige|gehele) (situatie|context|leefsituatie)\b|\bgespreks(model|leidraad|methodiek)\w*|\bhele gezin\b|\bintegrale (vraag|analyse|blik)\w*|\bkeukentafelgesprek\w*|\b(uitzoeken|uitzoekt|zoeken [^.;]{0,20}uit) wat\b|\bwat (er )?(echt )?speelt\b|\bwat er aan de hand is\b|\bsamen uitzoeken\b/,
  'zelf-hulp':
    /\bzelf (hulp|ondersteuning|begeleid\w*|behandel\w*|ambulant\w*|kortdurend\w*)|\bbieden zelf\b|\b(helpen|helpt|begeleiden|begeleidt|behandelen|behandelt) zelf\b|\bzelf (helpen|helpt)\b|\bdoen (meer|veel) zelf\b|\b(kortdurende|lichte) (hulp|ondersteuning|begeleiding|behandeling)\b|\bgedragswetenschapper\w*|\bgz-psycholo\w*|\bjeugdprofessional\w*|\bpraktijkondersteuner\w*|\bpoh\b/,
  veiligheid:
    /\bveiligheid\w*|\bonveilig\w*|\bniet veilig\b|\bveilig (bent|is|zijn|opgroeit|opgroeien)\b|\brisicotaxatie\w*|\btaxeren\b|\bveilig thuis\b|\bsignalen van (kindermishandeling|huiselijk geweld)\b/,
  verbinden:
    /\bconsultatie\w*|\bconsult\w*|\bop- en afschalen\b|\bopschalen\b|\bafschalen\b|\bschakel\w*|\bwarme overdracht\w*|\bterugschakel\w*|\bweer terug\b|\bzorgtafel\w*|\btoeleid\w*|\b(melden|meldt) [^.;]{0,30}\baan bij\b|\bverbind\w* (met|naar)\b|\bverbinden\b|\bspecialist\w* erbij\b|\bkomen? [^.;]{0,30}\bmeedenken\b|\bdenkt [^.;]{0,20}\bmee\b/,
  regie:
    /\bregie\w*|\bregisseur\w*|\bcoordina\w*|\been gezin,? een plan\b|\bgezinsplan\w*|\bvaste contactpersoon\b|\bcasusregie\b|\been plan en een\b|\b(houdt|houden) het overzicht\b|\been vaste persoon\b/,
}
/** Words enough to describe the functions a unit names, not only list them. */
const DESCRIBED_WORDS = 40
const FIVE_BASISFUNCTIES =
  /\b(vijf|5) basisfuncties\b|\bbasisfuncties (voor|van) (de )?lokale teams\b|\b(vijf|5) (vaste |gezamenlijke |dezelfde )?(taken|kerntaken|dingen|functies)\b/

/** How the toegang connects to specialised care and back (each key a kind of arrangement). */
const CONNECTION: Readonly<Record<string, RegExp>> = {
  consultatie:
    /\bconsultatie\w*|\bconsulteerbaar\b|\bconsulteren\b|\bconsult(spreekuur|functie)\w*|\bkomen? [^.;]{0,30}\bmeedenken\b|\bmeedenken (met|in|bij)\b|\bom (\S+ ){0,2}?mee te denken\b|\b(laat|laten) [^.;]{0,40}\bmeedenken\b|\badvise(ert|ren)\b[^.;]{0,40}\b(bij|over) (de )?(verwijzing|doorverwijzing|inzet)\w*|\b(schuiven|schuift|sluiten|sluit|zitten|zit) [^.;]{0,50}\baan bij\b[^.;]{0,30}\b(overleg|teamoverleg|team|teams|ploeg)\w*|\baangeschoven\b|\b(komt|komen|schuift|schuiven|zit|zitten) [^.;]{0,30}\baan tafel\b|\bom advies (vragen|vraagt|te vragen)\b|\bspreekuur\w* (in|bij|op) (de |het |elk |ieder )?(\S+ )?\w*teams?\b|\b(kunnen|kan) [^.;]{0,60}\binschakelen\b|\b(komt|komen)\b [^.;]{0,30}\blangs\b[^.;]{0,40}\b(in|bij) (het|de|elk|ieder|hun) (\S+ )?\w*teams?\b/,
  schakelen:
    /\bop- en afschalen\b|\bopschalen\b|\bafschalen\b|\bterugschakel\w*|\bschakel\w*\b[^.;]{0,40}\bterug\b|\bweer terug\b|\bwarme overdracht\w*|\boverdrachtsgesprek\w*|\bterug naar (de|het|hun|zijn|haar) (eigen )?\w*(team|ploeg|steunpunt|coach)\b|\b(blijft|blijven) [^.;]{0,30}\bbetrokken\b|\b(neemt|nemen) [^.;]{0,30}\b(weer|terug) over\b|\b(draagt|dragen) [^.;]{0,40}\bterug over\b|\bterugkoppel(gesprek|ing)\w*|\bschakelen\b|\bzorgtafel\w*|\b(aanmelden|meldt|melden) [^.;]{0,80}\b(bij|aan)\b|\brechtstreeks\b|\b(bij|na) (het )?(einde|afloop|afsluiting) van (de )?(specialistische )?(hulp|behandeling|zorg)\b/,
  verwijzers:
    /\bhuisarts\w*|\bpraktijkondersteuner\w*|\bpoh\b|\bmedisch specialist\w*|\bjeugdarts\w*|\bverwijsafspra\w*/,
}
/** Sentences that report how the vision was made ("wij spraken met de teams"), not what the teams do. */
const PROCESS_REPORT =
  /\b(spraken|gesproken|geraadpleegd|geconsulteerd|vroegen|gaven aan|vulden|respondenten|vragenlijst\w*|enquete\w*|werksessie\w*|werkconferentie\w*|bijeenkomst\w*|sessies?|consultatierondes?|werkatelier\w*|aan tafel (zaten|zat)|opgesteld door|voorbereid (in|met|door))\b|\bis een [^.;]{0,20}sessie\b/

/** A change of provider when contracts end ("de oude en de nieuwe aanbieder"): the transition of opgave 7. */
const PROVIDER_CHANGE =
  /\b(oude|vorige|huidige) (en (de )?nieuwe )?(zorg)?aanbieder\w*|\bnieuwe (zorg)?aanbieder\w*|\boverdracht\w* naar een (andere |nieuwe |gecontracteerde )?(zorg)?aanbieder\b|\b(geen|niet opnieuw een) (nieuwe? )?(overeenkomst|contract)\b|\b(lopende|huidige) (hulp|traject|trajecten|behandeling)\b[^.;]{0,40}\baf\b/

const SPECIALIST =
  /\bspecialist\w*|\b(zware|zwaardere?) (hulp|zorg|behandeling)\b|\b(ortho)?pedago\w*|\bpsycholo\w*|\bpsychiat\w*|\bzorgorganisatie\w*|\b\w*aanbieder\w*|\bconsorti\w*|\b(hoofd|onder)aannemer\w*|\bgecontracteerde\b|\b(door)?verwijz\w*|\b(door)?verwijs\w*|\bgi'?s?\b/

const access: ElementRule = {
  id: 'lokale-toegang',
  label: 'hoe de lokale toegang is georganiseerd',
  todo: 'Beschrijf hoe de lokale toegang is georganiseerd (wijkteam, jeugd- en gezinsteam, CJG of sociaal team) in elke gemeente.',
  topic: LOCAL_TEAM,
  alone: false,
  needs: LOCAL_TEAM,
  match(c: Corpus, u: Unit) {
    return c.has(u, LOCAL_TEAM) ? 'team' : null
  },
  judge: byKeys(1),
}

const basisfuncties: ElementRule = {
  id: 'basisfuncties',
  // One way of working for the region: "hoe de teams ze invullen, bepaalt iedere gemeente zelf" leaves it open.
  shared: true,
  limitedByName: true,
  label: 'de vijf basisfuncties voor lokale teams, concreet gemaakt',
  todo: 'Maak concreet hoe de lokale teams de vijf basisfuncties invullen: vraagverheldering, zelf hulp bieden, veiligheid (met Veilig Thuis), verbinden met specialistische hulp (consultatie, op- en afschalen) en regie. Een voornemen om ze te verkennen telt nog niet.',
  topic: /\bbasisfunctie\w*/,
  needs: { FIVE_BASISFUNCTIES, ...BASISFUNCTIES },
  match(c: Corpus, u: Unit) {
    // (nor a hand-over between the old and the new provider: opgave 7)
    if (c.has(u, PROCESS_REPORT) || c.has(u, PROVIDER_CHANGE)) return null
    const keys: string[] = []
    // Naming the five as a guide ("de vijf basisfuncties blijven het uitgangspunt bij de verbinding met …")
    // makes none of them concrete in the same breath.
    const functions = c.keys(u, BASISFUNCTIES)
    // A long passage that goes on to describe them ("… gebouwd op vijf taken. (1) Een brede intake …") does.
    if (c.has(u, FIVE_BASISFUNCTIES))
      return functions.length >= 3 && wordCount(u.norm) >= DESCRIBED_WORDS ? ['leidraad', ...functions] : ['leidraad']
    if (functions.length && (c.context(u, ABOUT_ACCESS) || c.carriedOver(u, ABOUT_ACCESS))) keys.push(...functions)
    return keys
  },
  // Found: three of the five made concrete (with or without the words "vijf basisfuncties").
  judge(hits) {
    const keys = new Set(hits.map((h) => h.key))
    const functions = [...keys].filter((k) => k !== 'leidraad').length
    if (functions >= 4 || (functions >= 3 && keys.has('leidraad'))) return 'found'
    // Naming the five as a guide ("uitgangspunt: de vijf basisfuncties") without one made concrete is a mention.
    return functions >= 2 || (functions >= 1 && keys.has('leidraad')) ? 'some' : 'none'
  },
}

const connection: ElementRule = {
  id: 'verbinding-specialistisch',
  label: 'hoe de toegang verbonden is met de specialistische hulp, en terug',
  todo: 'Beschrijf hoe de lokale teams en de specialistische hulp samenwerken: consultatie, op- en afschalen met een warme overdracht, terug naar het lokale team na de behandeling, en afspraken met huisartsen en andere verwijzers.',
  topic:
    /\baansluiting\b|\bverbinding\b|\bsamenwerking tussen (de )?(lokale|wijk|toegang|teams?|specialist|aanbieder|jeugdhulp)\w*/,
  needs: CONNECTION,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, CONNECTION)
    if (!keys.length || c.has(u, PROCESS_REPORT) || c.has(u, PROVIDER_CHANGE)) return null
    // … also when the sentence before in the same item says so ("… maken hun lopende traject af. De lokale
    // teams krijgen een overdrachtsgesprek …").
    if (u.prev && c.has(u.prev, PROVIDER_CHANGE)) return null
    // The specialist may be named earlier in the paragraph or list item ("Specialisten … zitten elke week
    // bij het team. … Gaat het weer beter? Dan neemt het team het weer over.").
    if (!c.context(u, ABOUT_ACCESS) || !(c.context(u, SPECIALIST) || c.blockHas(u.block.index, SPECIALIST))) return null
    return keys
  },
  // One arrangement (consultation, or a hand-over back to the team) is part of the connection; naming
  // who else refers (huisartsen) alone is not.
  judge(hits) {
    const keys = distinctKeys(hits)
    if (keys.size >= 2) return 'found'
    return keys.has('consultatie') || keys.has('schakelen') ? 'some' : 'none'
  },
}

export const toegang: OpgaveRule = {
  id: 'toegang',
  title: 'Lokale toegang verbonden met specialistische jeugdhulp',
  topic: /\b(lokale )?toegang\b|\bbasisfunctie\w*|\blokale teams?\b|\bwijkteam\w*/,
  elements: [access, basisfuncties, connection],
}
