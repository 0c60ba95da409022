import type { RuleSet } from '../engine/types.ts'
import { BWMO_FUNCTIONS } from '../lexicon.ts'
import { administratieveLasten } from '../rules/administratieveLasten.ts'
import { beschikbaarheidRule } from '../rules/beschikbaarheid.ts'
import { bovenregionaal } from '../rules/bovenregionaal.ts'
import { financieleAfspraken } from '../rules/bwmo/financieleAfspraken.ts'
import { landelijkeToegankelijkheid } from '../rules/bwmo/landelijkeToegankelijkheid.ts'
import { vrouwenopvang } from '../rules/bwmo/vrouwenopvang.ts'
import { wonenUitstroom } from '../rules/bwmo/wonenUitstroom.ts'
import { governance } from '../rules/governance.ts'
import { inkoop } from '../rules/inkoop.ts'
import { regiovisieBwmo } from '../rules/regiovisie.ts'
import { tarieven } from '../rules/tarieven.ts'

/**
 * Beschermd Wonen en Maatschappelijke Opvang: a DRAFT. It mirrors NvO opgaven 1, 2, 4–8 (there is
 * no opgave 3: no basisfuncties, GI or Veilig Thuis requirements) and adds four topics; the whole
 * list is unverified (domain.md §4).
 */
export const bwmo: RuleSet = {
  id: 'bw-mo',
  label: 'Beschermd Wonen en Maatschappelijke Opvang (concept)',
  draft: true,
  domain: 'bwmo',
  opgaven: [
    { opgave: 1, rule: regiovisieBwmo },
    {
      opgave: 2,
      rule: beschikbaarheidRule(BWMO_FUNCTIONS, 'Beschikbaarheid en continuïteit van beschermd wonen en opvang'),
    },
    { opgave: 4, rule: governance },
    { opgave: 5, rule: bovenregionaal },
    { opgave: 6, rule: administratieveLasten },
    { opgave: 7, rule: inkoop },
    { opgave: 8, rule: tarieven },
    { opgave: 9, rule: wonenUitstroom },
    { opgave: 10, rule: landelijkeToegankelijkheid },
    { opgave: 11, rule: financieleAfspraken },
    { opgave: 12, rule: vrouwenopvang },
  ],
}
