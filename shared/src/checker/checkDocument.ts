import type { JSONContent } from '@tiptap/core'
import { NVO_OPGAVEN } from './opgaven.ts'
import { type Block, sectionBody, toBlocks, wordCount } from './outline.ts'
import type { CheckReport, OpgaveReport } from './types.ts'

export const DEFAULT_RULESET = 'nvo-2020'

/** Fewer written words than this in an opgave section is not yet substance. */
const SUBSTANCE_WORDS = 40

export interface CheckOptions {
  ruleset?: string
}

/** Finds the heading of opgave `n`: by its `opgave` attribute, else by "Opgave n" in its text. */
function findOpgaveHeading(blocks: Block[], n: number): Block | undefined {
  return (
    blocks.find((b) => b.type === 'heading' && b.opgave === n) ??
    blocks.find((b) => b.type === 'heading' && new RegExp(`^\\s*opgave\\s*${n}\\b`, 'i').test(b.text))
  )
}

function judgeOpgave(blocks: Block[], opgave: number, title: string): OpgaveReport {
  const heading = findOpgaveHeading(blocks, opgave)
  const code = (suffix: string) => `opgave-${opgave}.${suffix}`
  if (!heading) {
    return {
      opgave,
      title,
      status: 'missing',
      findings: [
        {
          code: code('section-missing'),
          message: `Er is nog geen hoofdstuk over opgave ${opgave} (${title}). Voeg het toe.`,
        },
      ],
    }
  }
  const words = sectionBody(blocks, heading).reduce((n, b) => n + wordCount(b.text), 0)
  const base = { opgave, title, sectionIndex: heading.index }
  if (words === 0) {
    return {
      ...base,
      status: 'missing',
      findings: [
        {
          code: code('only-guidance'),
          message: 'Dit hoofdstuk bevat alleen de toelichting. Schrijf de afspraken van de regio uit.',
        },
      ],
    }
  }
  if (words < SUBSTANCE_WORDS) {
    return {
      ...base,
      status: 'partial',
      findings: [
        {
          code: code('thin'),
          message: `Dit hoofdstuk is nog kort (${words} woorden). Werk de afspraken concreet uit.`,
        },
      ],
    }
  }
  return { ...base, status: 'addressed', findings: [] }
}

/**
 * Checks a ProseMirror JSON document against a rule set. Pure: the same function runs in the
 * browser, on the server and in the CLI.
 */
export function checkDocument(doc: JSONContent, options: CheckOptions = {}): CheckReport {
  const blocks = toBlocks(doc)
  const opgaven = NVO_OPGAVEN.map(({ opgave, title }) => judgeOpgave(blocks, opgave, title))
  return {
    ruleset: options.ruleset ?? DEFAULT_RULESET,
    complete: opgaven.every((o) => o.status === 'addressed'),
    opgaven,
  }
}
