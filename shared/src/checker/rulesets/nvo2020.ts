import type { RuleSet } from '../engine/types.ts'
import { administratieveLasten } from '../rules/administratieveLasten.ts'
import { beschikbaarheid } from '../rules/beschikbaarheid.ts'
import { bovenregionaal } from '../rules/bovenregionaal.ts'
import { governance } from '../rules/governance.ts'
import { inkoop } from '../rules/inkoop.ts'
import { regiovisie } from '../rules/regiovisie.ts'
import { tarieven } from '../rules/tarieven.ts'
import { toegang } from '../rules/toegang.ts'

/** The eight opgaven of the Norm voor Opdrachtgeverschap (Jeugd), numbering of VNG seed 002. */
export const nvo2020: RuleSet = {
  id: 'nvo-2020',
  label: 'Norm voor Opdrachtgeverschap Jeugd (2020)',
  domain: 'jeugd',
  opgaven: [
    { opgave: 1, rule: regiovisie },
    { opgave: 2, rule: beschikbaarheid },
    { opgave: 3, rule: toegang },
    { opgave: 4, rule: governance },
    { opgave: 5, rule: bovenregionaal },
    { opgave: 6, rule: administratieveLasten },
    { opgave: 7, rule: inkoop },
    { opgave: 8, rule: tarieven },
  ],
}
