import { type CreateDocumentRequest, type CreateDocumentResponse, DEFAULT_THEME } from '@regiovisie/shared/api'
import { ROLES } from '@regiovisie/shared/roles'
import { isRulesetId } from '@regiovisie/shared/ruleset-ids'
import type { JSONContent } from '@regiovisie/shared/schema'
import { getTemplate } from '@regiovisie/templates'
import { newToken } from '../auth/tokens.ts'
import { badRequest } from '../errors.ts'
import type { Store } from '../store/Store.ts'
import { jsonToYUpdate } from './docJson.ts'

interface NewDocument {
  title: string
  template: string
  region?: string | undefined
  municipalities: string[]
  ruleset: string
  content: JSONContent
}

/** Stores a new document with its initial content and four invites, in one transaction. */
async function insertDocument(store: Store, d: NewDocument): Promise<CreateDocumentResponse> {
  const id = newToken(12)
  const invites = Object.fromEntries(ROLES.map((r) => [r, newToken()])) as unknown as CreateDocumentResponse['invites']
  await store.createDocument(
    {
      id,
      title: d.title,
      template: d.template,
      region: d.region || null,
      municipalities: d.municipalities,
      ruleset: d.ruleset,
      downloadAllowed: false,
      theme: DEFAULT_THEME,
      createdAt: new Date().toISOString(),
    },
    jsonToYUpdate(d.content),
    invites,
  )
  return { id, title: d.title, template: d.template, invites }
}

export function requireRuleset(id: string): string {
  if (!isRulesetId(id)) throw badRequest(`Onbekende regelset "${id}".`, 'unknown_ruleset')
  return id
}

/**
 * Creates a document seeded from its template. The seed is built here, on the server, and
 * stored in the same transaction as the document row: no client ever inserts template content,
 * so however many clients open a new document at once, every section exists exactly once.
 */
export async function createDocument(store: Store, req: CreateDocumentRequest): Promise<CreateDocumentResponse> {
  const template = getTemplate(req.template)
  if (!template) throw badRequest(`Onbekend sjabloon "${req.template}".`, 'unknown_template')
  const municipalities = [...new Set(req.municipalities ?? [])]
  const ruleset = req.ruleset ? requireRuleset(req.ruleset) : template.ruleset
  return insertDocument(store, {
    title: req.title,
    template: template.id,
    region: req.region,
    municipalities,
    ruleset,
    content: await template.build({ title: req.title, region: req.region, municipalities, ruleset }),
  })
}

/** Creates a document from imported (already sanitised) content; it keeps its own structure. */
export async function createImportedDocument(
  store: Store,
  meta: { title: string; region?: string | undefined; municipalities: string[]; ruleset?: string | undefined },
  content: JSONContent,
): Promise<CreateDocumentResponse> {
  return insertDocument(store, {
    title: meta.title,
    template: 'import',
    region: meta.region,
    municipalities: [...new Set(meta.municipalities)],
    ruleset: meta.ruleset ? requireRuleset(meta.ruleset) : 'nvo-2020',
    content,
  })
}
