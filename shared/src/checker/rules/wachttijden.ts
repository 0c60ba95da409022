import type { Corpus, Unit } from '../corpus.ts'
import type { ElementRule, OpgaveRule } from '../engine/types.ts'
import { byKeys } from '../engine/types.ts'
import { WAITING } from '../lexicon.ts'
import { NUMBER_WORDS } from '../text/markers.ts'
import { terms, withPattern } from '../vocabulary.ts'

/** What the region knows about waiting times: figures, a norm, one way of registering. */
const INSIGHT: Readonly<Record<string, RegExp>> = {
  cijfers: new RegExp(String.raw`\b(\d+|${NUMBER_WORDS}) (weken|dagen|maanden)\b|\bmediaan\b|\bgemiddeld\w* \d`),
  // (also a target: "Ons doel voor eind 2027" over "hooguit 8 weken")
  norm: /\b(wachttijd|regionale|treeknorm|maximale)\w*norm\w*|\bnorm\b|\bstreef(waarde|termijn|norm|tijd)\w*|\bdoel(norm|waarde|termijn)\w*|\bdoel (voor|in|per|vanaf|op)\b|\b(hooguit|maximaal|uiterlijk binnen) \d+ (weken|dagen)\b/,
  registratie: withPattern(
    terms('registr*', 'meten', 'gemeten', 'meting', 'wachttijdenmonitor*', 'monitor*', 'publiceert', 'dashboard*'),
    // "leveren alle aanbieders maandelijks hun wachtenden per zorgvorm aan"
    // "houden alle aanbieders hun wachttijden op dezelfde manier bij"
    /\bwachtlijst\w* per\b|\b(houden|houdt) [^.;]{0,40}\b(wachttijden|wachtlijst\w*|wachtenden)\b[^.;]{0,40}\bbij\b|\b(leveren|levert)\b[^.;]{0,80}\b(wachtenden|wachttijden|wachtlijst\w*|aanmeldingen)\b[^.;]{0,60}\baan\b/,
  ),
}

/** Measures against waiting times, each a key. */
const MEASURES: Readonly<Record<string, RegExp>> = {
  // (also a placement team that finds another offer: "een plaatsingsteam zoekt … een alternatief")
  bemiddeling:
    /\b\w*bemiddel\w*|\bplaatsings(team|tafel|overleg|co+rdinator)\w*|\b(zoekt|zoeken|biedt|bieden)\b[^.;]{0,60}\been alternatief\b|\bzoekt [^.;]{0,40}\bplek\b|\b(zoekt|zoeken|vindt|vinden) [^.;]{0,20}\b(alternatieve|andere) (aanbieder|plek|plaats)\w*|\b(alternatieve|andere) (aanbieder|plek|plaats)\w* (zoekt|zoeken|gezocht|vindt|vinden|gevonden)\b|\bplek (zoeken|vinden) bij\b|\bwachtlijstco+rdinat\w*|\b(verdeelt|verdelen) [^.;]{0,40}\b(plekken|plaatsen|capaciteit)\b/,
  // Help while the family waits: bridging care, or support given during the waiting time.
  overbrugging:
    /\boverbrugg\w*|\b(tijdens|gedurende|in) (de|het|die) (wachttijd|wachten|wachtperiode|tussentijd)\b[^.;]{0,60}\b(hulp|steun|ondersteun\w*|begeleid\w*|contact|gesprek\w*|bel\w*|bezoek\w*)\b|\b(hulp|steun|ondersteuning|begeleiding|contact)\b[^.;]{0,60}\b(tijdens|gedurende) (de|het) (wachttijd|wachten|wachtperiode)\b|\bwacht\w* [^.;]{0,20}\bzonder (hulp|steun|ondersteuning|contact|begeleiding)\b/,
  voorrang: terms('voorrang*', 'urgentie*', 'triage*'),
  // (compounds too: "extra behandelcapaciteit"; money set aside: "10% van het budget gereserveerd voor …")
  capaciteit:
    /capaciteit\w*|\bbudget [^.;]{0,30}herverdel\w*|\bextra (plekken|inzet|capaciteit)\b|\bbudget\w* [^.;]{0,30}\b(gereserveerd|geoormerkt|vrijgemaakt)\b|\bwachtlijst(offensief|aanpak)\w*/,
  sturing:
    /\bverbeterplan\w*|\b\w*contract\w* [^.;]{0,60}\bwachttijdnorm\b|\bbonus-? ?malus\w*|\bafspra\w* [^.;]{0,40}\bwachttijd\w*|\bwachttijdafspra\w*/,
  // (one door in for a kind of care: "de aanbieders van jeugd-ggz hebben een gezamenlijk intakeloket")
  wachtlijstbeheer:
    /\bwachtlijstbeheer\b|\b(gezamenlijk|centraal|regionaal|gedeeld)e? (intake|aanmeld)\w*|\been (\S+ )?wachtlijst\b|\b(centrale|regionale|gezamenlijke|gedeelde) wachtlijst\b|\bdubbele aanmelding\w*|\bsamengevoegd\b|\bopschonen\b/,
}

const insight: ElementRule = {
  id: 'inzicht',
  label: 'inzicht in de wachttijden: cijfers, normen en één manier van registreren',
  todo: 'Geef de huidige wachttijden per zorgvorm, de regionale norm en hoe alle aanbieders wachttijden op dezelfde manier registreren en aanleveren.',
  topic: WAITING,
  needs: INSIGHT,
  match(c: Corpus, u: Unit) {
    if (!c.context(u, WAITING)) return null
    const keys = c.keys(u, INSIGHT)
    // A table of figures whose header names the norm: "Zorgvorm | Wachttijd | Norm".
    const header = u.block.header
    if (keys.length && header !== undefined && c.blockHas(header, INSIGHT.norm!)) return [...keys, 'norm']
    return keys.length ? keys : null
  },
  // Figures alone are some insight: the region knows how long children wait.
  judge: byKeys(2, 1),
}

const measures: ElementRule = {
  id: 'aanpak',
  scheduled: 'arrangement',
  label: 'maatregelen om de wachttijden terug te dringen',
  todo: 'Beschrijf de maatregelen tegen wachttijden: bijvoorbeeld een regionale zorgbemiddelaar, overbruggingshulp tijdens het wachten, voorrang bij onveiligheid, capaciteitsafspraken gekoppeld aan de norm.',
  topic: /\bwachttijd\w*|\bwachtlijst\w*/,
  needs: MEASURES,
  match(c: Corpus, u: Unit) {
    const keys = c.keys(u, MEASURES)
    return keys.length && c.context(u, WAITING) ? keys : null
  },
  judge: byKeys(2),
}

const TARGET = /\b\d+ ?(%|procent)\b[^.;]{0,60}\b(binnen|norm)\b|\b(binnen|onder) de (regionale )?norm\b/
const targets: ElementRule = {
  id: 'doelen',
  label: 'doelen voor de wachttijden',
  todo: 'Tip: noem ook wanneer welk deel van de hulp binnen de norm start (bijvoorbeeld 80% binnen de norm op 1 januari 2028).',
  core: false,
  topic: TARGET,
  match(c: Corpus, u: Unit) {
    return c.has(u, TARGET) && c.context(u, WAITING) ? 'doel' : null
  },
  judge: byKeys(1),
}

export const wachttijden: OpgaveRule = {
  id: 'wachttijden',
  title: 'Aanpak van de wachttijden',
  topic: /\bwachttijd\w*|\bwachtlijst\w*/,
  elements: [insight, measures, targets],
}
