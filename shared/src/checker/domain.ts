import type { Corpus } from './corpus.ts'
import type { RuleSet } from './engine/types.ts'
import type { Finding } from './types.ts'

const JEUGD =
  /\bjeugd\w*|\bjongere\w*|\bkinderen\b|\bpleegzorg\b|\bgezinshui\w*|\bgecertificeerde instelling\w*|\bouders\b/
const BWMO =
  /\bbeschermd wonen\b|\bmaatschappelijke opvang\b|\bbeschermd thuis\b|\bdak- en thuisloze\w*|\bdakloze\w*|\bthuisloze\w*|\bnachtopvang\b|\bvrouwenopvang\b|\bwmo\b|\bwoningcorporatie\w*|\bverdeelmodel\b|\bdoordecentralisatie\b|\bhousing first\b|\bggz-?cliënt\w*|\bggz-?client\w*|\bbescherm(d|de) woonvorm\w*|\bopvangvoorziening\w*/

/** Sentences with field-specific words (prefiltered and cached like every pattern). */
function score(corpus: Corpus, re: RegExp): number {
  let n = 0
  for (const u of corpus.units) if (corpus.has(u, re)) n++
  return n
}

/**
 * A finding when the documents are clearly about another field than the rule set (a BW/MO vision
 * checked against the Jeugd norm, or the other way round).
 */
export function domainFindings(corpora: readonly Corpus[], ruleset: RuleSet): Finding[] {
  let jeugd = 0
  let bwmo = 0
  for (const c of corpora) {
    jeugd += score(c, JEUGD)
    bwmo += score(c, BWMO)
  }
  if (ruleset.domain === 'jeugd' && bwmo >= 3 && bwmo > 2 * jeugd)
    return [
      {
        code: 'document.ander-domein',
        message:
          'Dit document lijkt te gaan over Beschermd Wonen en Maatschappelijke Opvang, niet over jeugdhulp. Toets het met de regelset bw-mo, of controleer of het juiste document is gekozen.',
        severity: 'warning',
      },
    ]
  if (ruleset.domain === 'bwmo' && jeugd >= 3 && jeugd > 2 * bwmo)
    return [
      {
        code: 'document.ander-domein',
        message:
          'Dit document lijkt te gaan over jeugdhulp, niet over Beschermd Wonen en Maatschappelijke Opvang. Toets het met de regelset nvo-2020 of wet-2026.',
        severity: 'warning',
      },
    ]
  return []
}
