import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys, foundUnless } from '../engine/types.ts'
import { OTHER_REGIONS } from '../lexicon.ts'
import { Flag } from '../text/markers.ts'
import { terms, withPattern } from '../vocabulary.ts'

/** The three uitvoeringsvarianten of i-Sociaal Domein, with the financing words regions use for them. */
const VARIANTS: Readonly<Record<string, RegExp>> = {
  inspanningsgericht:
    /\binspanningsgericht\w*|\bp x q\b|\bpxq\b|\buurtarie\w*|\b(tarief|prijs) per (uur|dagdeel|etmaal)\b|\b(afrekenen|rekenen [^.;]{0,60}af|betalen|bekostigen) (\S+ ){0,3}(op|per) (inzet|uur|dagdeel)\b|\bop inzet per (uur|dagdeel)\b|\b(betalen|betaalt|bekostigen|vergoeden|declareren)\b[^.;]{0,80}(?<!\bniet )\bper (geleverde? |gewerkte? )?(uur|dagdeel|etmaal|eenheid)\b/,
  outputgericht:
    /\boutputgericht\w*|\btrajectfinanciering\b|\btrajectprijs\w*|\btrajectbekostiging\b|\bprijs per traject\b|\b(betalen|bekostigen|vergoeden|financieren|afrekenen|rekenen)\b[^.;]{0,80}(?<!\bniet )\bper (afgerond\w* |afgesloten |behandel|hulp)?traject\b|(?<!\bniet )\bper (afgerond\w* )?traject\b[^.;]{0,30}\b(vaste|vast) (prijs|bedrag)\b|\bvaste (prijs|bedrag) per (afgerond\w* )?traject\b|\btraject\w*\b[^.;]{0,20}\bmet een vaste (prijs|bedrag)\b/,
  // "een vast budget voor een afgebakende taak", "een vast jaarbudget voor de hulp die in dat gebied nodig
  // is": structure beside the words.
  taakgericht: withPattern(
    terms('taakgericht*', 'lumpsum', 'budgetfinanciering'),
    /\b(vast|vaste) budget\w* voor een (afgebakende )?taak\b|\b(vast|vaste) (jaar)?budget\w* (voor (de|het) (hulp|zorg|jeugdhulp) (die|in)|per (gebied|wijk|deelregio|consortium|aanbieder))\b/,
  ),
}
/** The one variant a sentence that names several sets apart ("wij kiezen voor wat landelijk de outputgerichte variant heet"). */
const CHOSEN: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['inspanningsgericht', 'outputgericht', 'taakgericht'].map((v) => [
    v,
    new RegExp(String.raw`\b(maar|gekozen|kiezen|kiest|koos|kozen):? ((?!niet\b)\S+ ){0,8}?(voor )?(de |het )?${v}\w*`),
  ]),
)
/** Variants looked at and passed over: "we hebben ook naar afrekenen per traject gekeken, maar kozen hiervoor". */
const LOOKED_AT_NOT_CHOSEN =
  /\b(gekeken|overwogen|bekeken|onderzocht|vergeleken)\b[^.;]{0,80}\b(maar|doch)\b[^.;]{0,50}\b(kozen|gekozen|kiezen|bleven|blijven)\b/
/** How many variants the unit's paragraph names in sentences about now (a look back does not weigh). */
function variantsWeighed(c: Corpus, u: Unit): number {
  let first = u
  while (first.prev) first = first.prev
  const named = new Set<string>()
  for (let v: Unit | undefined = first; v; v = v.next)
    // A variant the region leaves behind ("declareren niet langer per uur", "werkten tot 2025 …") is not weighed.
    if (!(c.flags(v) & (Flag.past | Flag.negated)) && !c.has(v, LOOKED_AT_NOT_CHOSEN) && !c.has(v, PAST_PRACTICE))
      for (const key of c.keys(v, VARIANTS)) named.add(key)
  return named.size
}

/** A way of paying denied: "(declareren) niet per cliënt of per uur". */
const DENIED_WAY = /\b(niet|geen|nooit) (meer )?(per|op basis van) [^,.;]*/g

/** How members worked before ("Egelveen werkte outputgericht, Zoutmeer inspanningsgericht"): left behind, not weighed. */
const PAST_PRACTICE =
  /\b(werkte|werkten|hanteerde|hanteerden|betaalde|betaalden|declareerde|declareerden|gebruikte|gebruikten|bekostigde|bekostigden)\b/

/** Members paying or working in some way: practice, not a definition of the variants. */
const IN_PRACTICE =
  /\b(betalen|betaalt|betaalde|betaalden|bekostigen|bekostigt|declareren|declareert|werken|werkt|werkte|werkten|financieren|financiert|rekenen|rekent|hanteren|hanteert|hanteerde|hanteerden|van toepassing)\b/
/** The key of a sentence in a paragraph that weighs several variants and chooses none. */
const WEIGHED = 'afgewogen'
const CHOICE_QUESTION =
  /\bwelke (uitvoeringsvariant|variant|bekostigingsvorm)\b|\bof\b[^.;]{0,30}\b(inspanningsgericht|outputgericht|taakgericht)/

const SAME_AS_OTHERS = /\bdezelfde (\S+ )?voorwaarden als\b/
const SAME_CONDITIONS =
  /\b(een|1|dezelfde|same) (set )?terms and conditions\b|\b(een|dezelfde) (regionale )?(raam|model)?overeenkomst\b[^.;]{0,60}\bvoor (alle|de) (\S+ )?gemeenten\b|\b(dezelfde|zelfde|een set|eenzelfde|uniforme|gelijke|gezamenlijke|regionale|gestandaardiseerde) (algemene |regionale )?(contract|inkoop|leverings)?voorwaarden\b|\b(een|dezelfde) (model)?overeenkomst\b(?! met)|\bmodelovereenkomst\w*|\bcontractstandaard\w*|\bgeen (aanvullende|afwijkende|eigen) (lokale )?\w*(eisen|voorwaarden)\b|\been set voorwaarden\b|\b(het)?zelfde (eisen|contract)\b|\been set (afspraken|contractvoorwaarden|eisen)\b|\b(een|1) (uniforme |gezamenlijke |regionale |vaste |gelijke )?(set|stel|pakket) (\S+ ){0,3}(contract|inkoop|leverings)?voorwaarden\b|\b(contract|overeenkomst)(en)? met dezelfde (\S+ )?voorwaarden\b|\b(identieke|eensluidende|gelijkluidende) (algemene )?(contract|inkoop|leverings)?voorwaarden\b|\b(contract|inkoop|leverings)?(voorwaarden|overeenkomst\w*)\b[^.;]{0,60}\b(gelijk|hetzelfde|dezelfde|identiek|uniform) (voor|in|bij) (alle|elke|iedere)\b|\bgeen (lokale|gemeentelijke|eigen) (aanvullingen|afwijkingen|aanvullende eisen)\b/

const JOINT_MANAGEMENT =
  /\b(neemt|nemen)\b[^.;]{0,60}\bcontract(beheer|management)\b[^.;]{0,10}\bover\b|\b\w*(team|bureau)\b[^.;]{0,40}\bvoor (alle|al onze) (\S+ )?contracten\b|\bcontract(team|bureau)\w*\b[^.;]{0,60}\bnamens (de|alle) (\S+ ){0,2}(gemeenten|regio)\b|\b(gezamenlijk\w*|regionaal|regionale|centraal|centrale|een) contract(beheer|management|manager|team|bureau)\w*|\bhet contract(team|bureau)\w* (van|voor) (de|het|onze) (\S+ )?(regio|gemeenten|samenwerking)\b|\b(een|1|het) (\S+ )?\w*(team|bureau|loket)\b[^.;]{0,50}?\b(doet|beheert|sluit) (alle|de) (\S+ )?\w*contracten\b|\bcontract(beheer|management)\w*\b[^.;]{0,80}\b(bij|door|namens|voor alle|regionaal|gezamenlijk|centraal)\b|\b(voert|voeren|doet|doen|verzorgt)\b[^.;]{0,60}\bcontract(beheer|management)\b|\bcontract(beheer|management)\b[^.;]{0,60}\b(doet|doen|voert|verzorgt|ligt)\b[^.;]{0,60}\b(voor|namens|bij)\b|\been (vaste )?contractmanager per\b|\bcontractmanager per (aanbieder|consortium|partner)\b|\bcontracten\b[^.;]{0,40}\b(beheerd|beheert|beheren)\b[^.;]{0,40}\b(door|bij|namens)\b|\b(beheert|beheren) [^.;]{0,40}\bcontracten\b[^.;]{0,40}\b(voor|namens) (alle|de) \w*\s?gemeenten\b|\been loket voor (alle )?aanbieders\b|\baanbieders hebben [^.;]{0,40}\been loket\b/

/** Each municipality manages its own contracts: the opposite of joint contract management. */
const SEPARATE_MANAGEMENT =
  /\b(afzonderlijke|individuele) gemeenten\b|\b(elke|iedere) gemeente (\S+ ){0,3}?zelf\b|\bper gemeente\b|\bvoor de eigen (clienten|inwoners|jeugdigen|contracten)\b/

/** … as it was until a date ("het contractbeheer, dat tot 2024 door iedere gemeente zelf werd gedaan, ligt sinds …"). */
const SEPARATE_BEFORE =
  /\b(tot|voor) (\S+ )?(19|20)\d\d\b[^,;.]{0,60}\b(elke|iedere) gemeente (\S+ ){0,3}?zelf\b[^.;]{0,80}\b(sinds|vanaf|nu|voortaan|inmiddels)\b/

const variant: ElementRule = {
  id: 'uitvoeringsvariant',
  shared: true,
  scheduled: 'arrangement',
  label: 'één gekozen uitvoeringsvariant',
  todo: 'Kies één uitvoeringsvariant (inspanningsgericht, outputgericht of taakgericht) en leg vast dat alle gemeenten die consequent toepassen, ook bij lokaal ingekochte hulp.',
  topic: /\buitvoeringsvariant\w*|\bbekostigingsvorm\w*/,
  needs: VARIANTS,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, VARIANTS)
    if (!keys.length || c.has(u, CHOICE_QUESTION) || c.has(u, LOOKED_AT_NOT_CHOSEN)) return null
    // A paragraph that weighs two variants ("een deel ziet veel in de taakgerichte …; andere hechten aan
    // de outputgerichte") has chosen none, unless this sentence sets one apart.
    const weighed = variantsWeighed(c, u) >= 2
    if (weighed && keys.length === 1 && u.block.type === 'paragraph') {
      const chosen = keys.filter((k) => c.has(u, CHOSEN[k]!))
      return chosen.length === 1 ? chosen : WEIGHED
    }
    if (keys.length === 1) return keys
    // A way of paying denied beside the variant ("werken met de taakgerichte variant, en declareren niet
    // per cliënt of per uur") names no second variant.
    const affirmed = keys.filter((k) => VARIANTS[k]!.test(u.norm.replace(DENIED_WAY, ' ')))
    if (affirmed.length === 1) return affirmed
    // Listing the options, or members each on their own variant ("drie gemeenten betalen per traject,
    // twee per uur"), is not choosing one, unless the sentence sets one apart: "niet voor de
    // inspanningsgerichte, niet voor de taakgerichte, maar voor de outputgerichte variant".
    const chosen = keys.filter((k) => c.has(u, CHOSEN[k]!))
    if (chosen.length === 1) return chosen
    // Naming the three variants ("Er zijn drie uitvoeringsvarianten: …") is no practice at all.
    return c.has(u, IN_PRACTICE) ? WEIGHED : null
  },
  // Weighing the variants without choosing one is some work towards a choice, not the choice.
  judge: foundUnless(WEIGHED),
}

const conditions: ElementRule = {
  id: 'contractvoorwaarden',
  shared: true,
  scheduled: 'arrangement',
  label: 'dezelfde contractvoorwaarden voor alle gemeenten',
  todo: 'Leg vast dat alle gemeenten bij regionale contractering dezelfde contractvoorwaarden hanteren (bijvoorbeeld één modelovereenkomst op basis van de landelijke Contractstandaarden, zonder aanvullende lokale eisen).',
  topic: /\bcontractvoorwaarden\b|\bvoorwaarden\b|\buniformeren\b|\bgeuniformeerd\b/,
  needs: SAME_CONDITIONS,
  match(c: Corpus, u: Unit) {
    // One set of agreements with other regions ("met Kwelderland: één set afspraken over caseload") is opgave 5.
    if (c.has(u, OTHER_REGIONS) || c.underHeading(u, OTHER_REGIONS)) return null
    // The same conditions as another party's ("tegen dezelfde voorwaarden als hun eigen gemeenten") are theirs.
    if (c.has(u, SAME_AS_OTHERS)) return null
    return c.has(u, SAME_CONDITIONS) ? 'voorwaarden' : null
  },
  judge: byKeys(1),
}

const management: ElementRule = {
  id: 'contractbeheer',
  shared: true,
  scheduled: 'arrangement',
  // A body that runs the contract management among its other tasks ("voert de regionale inkoop en het
  // contractmanagement uit", said of the governance) touches the opgave in passing: alone it is no partial,
  // unless said where the administrative burden is discussed (its paragraph, the one before or after, or its
  // heading).
  alone: (hits) =>
    hits.some((h) => {
      const { index, heading } = h.unit.block
      const about = (i: number) => i >= 0 && i < h.corpus.blocks.length && h.corpus.blockHas(i, ABOUT_BURDEN)
      return about(index) || about(index - 1) || about(index + 1) || about(heading)
    }),
  label: 'gezamenlijk contractbeheer',
  todo: 'Beschrijf het gezamenlijke contractbeheer: wie het namens alle gemeenten uitvoert (bijvoorbeeld één contractmanager per aanbieder bij de regionale organisatie).',
  topic: /\bcontract(beheer|management)\b/,
  needs: JOINT_MANAGEMENT,
  match(c: Corpus, u: Unit) {
    // Contract management by a coordinating region for a function bought with other regions is opgave 5.
    if ((c.has(u, SEPARATE_MANAGEMENT) && !c.has(u, SEPARATE_BEFORE)) || c.has(u, OTHER_REGIONS)) return null
    return c.has(u, JOINT_MANAGEMENT) ? 'contractbeheer' : null
  },
  judge: byKeys(1),
}

const STANDARDS = terms(
  'istandaard*',
  'ijw',
  'berichtenverkeer',
  'productcode*/productcatalogus*',
  'verantwoordingsprotocol*',
  'accountantsprotocol*',
)
const standards: ElementRule = {
  id: 'standaarden',
  label: 'iStandaarden en standaard productcodes',
  todo: 'Tip: noem ook het gebruik van de iStandaarden (iJw) en een beperkte, standaard productcodelijst.',
  core: false,
  topic: STANDARDS,
  needs: STANDARDS,
  match(c: Corpus, u: Unit) {
    return c.has(u, STANDARDS) ? 'standaarden' : null
  },
  judge: byKeys(1),
}

/** Where the administrative burden is discussed: its paragraph or heading names it. */
const ABOUT_BURDEN =
  /\badministratie\w*|\bregeldruk\b|\bbureaucratie\b|\buitvoeringsvariant\w*|\buniform\w*|\bverantwoording\w*|\bminder (regels|papier)\b/

export const administratieveLasten: OpgaveRule = {
  id: 'administratieve-lasten',
  title: 'Administratieve lasten beperken',
  topic:
    /\badministratieve lasten\b|\bregeldruk\b|\bbureaucratie\b|\buitvoeringsvariant\w*|\buniformeren\b|\bgeuniformeerd\b/,
  elements: [variant, conditions, management, standards],
}
