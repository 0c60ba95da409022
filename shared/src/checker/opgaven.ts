import { nvo2020 } from './rulesets/nvo2020.ts'

/** An opgave's number and title. */
export interface OpgaveDefinition {
  opgave: number
  title: string
}

/** The eight opgaven of the Norm voor Opdrachtgeverschap (Jeugd), numbering of VNG seed 002. */
export const NVO_OPGAVEN: readonly OpgaveDefinition[] = nvo2020.opgaven.map(({ opgave, rule }) => ({
  opgave,
  title: rule.title,
}))
