import type { CreateDocumentRequest, CreateDocumentResponse } from '@regiovisie/shared/api'
import { ROLES } from '@regiovisie/shared/roles'
import { getTemplate } from '@regiovisie/templates'
import { newToken } from '../auth/tokens.ts'
import { badRequest } from '../errors.ts'
import type { Store } from '../store/Store.ts'
import { jsonToYUpdate } from './docJson.ts'

/**
 * Creates a document seeded from its template. The seed is built here, on the server, and
 * stored in the same transaction as the document row: no client ever inserts template content,
 * so however many clients open a new document at once, every section exists exactly once.
 */
export async function createDocument(store: Store, req: CreateDocumentRequest): Promise<CreateDocumentResponse> {
  const template = getTemplate(req.template)
  if (!template) throw badRequest(`Onbekend sjabloon "${req.template}".`, 'unknown_template')
  const id = newToken(12)
  const municipalities = [...new Set(req.municipalities ?? [])]
  const initial = jsonToYUpdate(template.build({ title: req.title, region: req.region, municipalities }))
  const invites = Object.fromEntries(ROLES.map((r) => [r, newToken()])) as unknown as CreateDocumentResponse['invites']
  await store.createDocument(
    {
      id,
      title: req.title,
      template: template.id,
      region: req.region || null,
      municipalities,
      ruleset: template.ruleset,
      createdAt: new Date().toISOString(),
    },
    initial,
    invites,
  )
  return { id, title: req.title, template: template.id, invites }
}
