/**
 * The checker's vocabulary as data. A concept is a list of terms written the way a reviewer would read
 * them, in lower case without accents (the text is `normalize`d the same way), words separated by one
 * space:
 *
 *   `crisis*`         the word and what continues it: plurals, inflections, compounds ("crisisplekken")
 *   `*team`           the word at the end of a compound ("wijkteam", "buurtteam", "gezinsteam")
 *   `*plek*`          both ("crisisplekken", "verblijfsplek")
 *   `jeugdhulp/jeugdzorg`   either word
 *   `(specialistische) ggz` an optional word
 *
 * A word without `*` at its end also matches its inflections ("aanbieder" matches "aanbieders", "plek"
 * matches "plekken", "raad" matches "raden"): the forms Dutch spelling makes of it that the Dutch
 * Snowball stemmer reduces to the same stem (`text/stemmer.ts`). So a reviewer writes the base word; the
 * stemmer, not a hand list, decides what counts as the same word. `*word` is a compound head: Dutch puts
 * the head of a compound last, so "*aanbieder" also matches "jeugdhulpaanbieders".
 *
 * Everything else in a word is literal (hyphens, apostrophes, digits). A concept compiles once to one
 * regular expression, so the literal prefilter (`requiredLiterals`) comes from the same data. Where a
 * concept needs structure that words cannot say ("24/7", a number before "plekken"), a rule adds a
 * pattern of its own next to the terms.
 */

import { inflections } from './text/stemmer.ts'

const ESCAPE = /[.*+?^${}()|[\]\\/-]/g

/** A word's literal regex source; a plain word also matches its inflections (see `inflections`). */
function literal(core: string, inflect: boolean): string {
  const forms = inflect ? inflections(core) : [core]
  const sources = forms.map((f) => f.replace(ESCAPE, '\\$&'))
  return sources.length > 1 ? `(?:${sources.join('|')})` : sources[0]!
}

/** One word of a term: its regex source and whether it may be left out. */
function word(token: string): { source: string; optional: boolean } {
  const optional = token.startsWith('(') && token.endsWith(')')
  const inner = optional ? token.slice(1, -1) : token
  const alternatives = inner.split('/').map((alt) => {
    const prefix = alt.startsWith('*')
    const suffix = alt.endsWith('*') && alt.length > 1
    // A word that ends the term's word (not `word*`) takes its inflections: "aanbieder" also
    // matches "aanbieders", "*aanbieder" also "jeugdhulpaanbieders".
    const core = literal(alt.slice(prefix ? 1 : 0, suffix ? -1 : undefined), !suffix)
    return `${prefix ? '\\w*' : ''}${core}${suffix ? '\\w*' : ''}`
  })
  return { source: alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!, optional }
}

/** The regex source of one term (without the word boundaries around it). */
export function termSource(term: string): string {
  const words = term.trim().split(/ +/).map(word)
  let source = ''
  words.forEach(({ source: w, optional }, i) => {
    if (i === 0) source = optional ? `(?:${w} )?` : w
    else {
      // After an optional first word its space is inside the optional group.
      const space = i === 1 && words[0]!.optional ? '' : ' '
      source += optional ? `(?:${space}${w})?` : `${space}${w}`
    }
  })
  return source
}

/** One regular expression for a list of terms: a match starts at a word start; a term ends at a word end unless it ends in `*`. */
export function terms(...list: string[]): RegExp {
  return new RegExp(list.map((t) => `\\b(?:${termSource(t)})${t.endsWith('*') ? '' : '\\b'}`).join('|'))
}

/** Concepts by key, each a list of terms, compiled once. */
export function concepts<K extends string>(map: Readonly<Record<K, readonly string[]>>): Readonly<Record<K, RegExp>> {
  const out = {} as Record<K, RegExp>
  for (const key of Object.keys(map) as K[]) out[key] = terms(...map[key])
  return out
}

/** A concept's terms plus a pattern of its own for structure words cannot express. */
export function withPattern(concept: RegExp, pattern: RegExp): RegExp {
  return new RegExp(`${concept.source}|${pattern.source}`)
}
