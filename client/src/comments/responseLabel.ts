import type { ResponseKind } from '@regiovisie/shared/comments'
import type { Dictionary } from '../i18n/nl.ts'

/** The words for what the writing team did with a thread's input. */
export function responseLabel(t: Dictionary, kind: ResponseKind): string {
  switch (kind) {
    case 'overgenomen':
      return t.responseOvergenomen
    case 'deels-overgenomen':
      return t.responseDeels
    case 'niet-overgenomen':
      return t.responseNiet
    case 'beantwoord':
      return t.responseBeantwoord
  }
}
