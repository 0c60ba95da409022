import type { JSONContent } from '@regiovisie/shared/schema'

export interface TemplateInput {
  title: string
  region?: string
  municipalities?: string[]
  /** The document's rule set: the template has a section for each of its opgaven (default: the template's). */
  ruleset?: string
}

export interface TemplateDefinition {
  id: string
  /** Shown in the interface. */
  label: string
  /** Rule set a document made from this template is checked against by default. */
  ruleset: string
  /**
   * Builds the seed. Async: the template takes its opgaven and guidance from the checker's rule sets,
   * which a server loads only when it needs them (on the first new document or check).
   */
  build(input: TemplateInput): Promise<JSONContent>
}
