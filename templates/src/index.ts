import type { TemplateDefinition } from './types.ts'

export type { TemplateDefinition, TemplateInput } from './types.ts'

/** Templates as data, by id. The server seeds a new document from one of these, once. */
export const TEMPLATES: Readonly<Record<string, TemplateDefinition>> = {
  'nvo-jeugd': {
    id: 'nvo-jeugd',
    label: 'Regiovisie Jeugdhulp (NvO)',
    ruleset: 'nvo-2020',
    build: async (input) => (await import('./nvoJeugd.ts')).buildNvoJeugd(input),
  },
}

export function getTemplate(id: string): TemplateDefinition | undefined {
  return Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined
}
