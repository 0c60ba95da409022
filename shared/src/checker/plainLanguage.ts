import type { Corpus } from './corpus.ts'
import type { RuleSet } from './engine/types.ts'
import type { Finding } from './types.ts'

/** The template's optional chapter for youth and parents (its heading's `section`). */
export const PLAIN_LANGUAGE_SECTION = 'gewone-taal'

/** A heading of a chapter written for youth and parents, in the words regions use for it. */
const PLAIN_HEADING =
  /\b(in )?(gewone|eenvoudige|makkelijke|begrijpelijke|heldere) taal\b|\bvoor (jongeren|kinderen|jou|ouders|inwoners)( en (ouders|jongeren|verzorgers))?\b|\btaalniveau b1\b|\bsamenvatting voor\b/

/** The document is meant for the councils: it speaks of adoption by the raden. */
const FOR_ADOPTION = /\b(gemeente)?raden\b|\bgemeenteraad\w*|\braadsbesluit\w*|\braadsvoorstel\w*/

export const PLAIN_LANGUAGE_MESSAGE =
  'Dit document is bedoeld voor vaststelling door de gemeenteraden, maar heeft nog geen hoofdstuk in gewone taal voor jongeren en ouders. Vertel in korte zinnen wat deze visie voor hen verandert (het sjabloon heeft er een optioneel hoofdstuk voor: "In gewone taal: wat verandert er voor jongeren en ouders").'

/**
 * A reminder when a document written for adoption has no chapter in plain language for youth and
 * parents with text in it (the template's optional one left empty counts as none). Advice, never a
 * status: no opgave depends on it.
 */
export function plainLanguageFindings(corpora: readonly Corpus[], ruleset: RuleSet): Finding[] {
  if (ruleset.domain !== 'jeugd') return []
  let forAdoption = false
  for (const c of corpora) {
    forAdoption ||= c.units.some((u) => c.has(u, FOR_ADOPTION))
    for (const b of c.blocks) {
      if (b.type !== 'heading' || !(b.section === PLAIN_LANGUAGE_SECTION || PLAIN_HEADING.test(c.norm(b)))) continue
      // Some text under the heading, before the next heading of its level or higher.
      const next = c.blocks.find((n) => n.index > b.index && n.type === 'heading' && (n.level ?? 1) <= (b.level ?? 1))
      const end = next?.index ?? c.blocks.length
      if (c.blocks.some((n) => n.index > b.index && n.index < end && n.type !== 'heading' && n.text.trim())) return []
    }
  }
  return forAdoption ? [{ code: 'document.gewone-taal', message: PLAIN_LANGUAGE_MESSAGE, severity: 'info' }] : []
}
