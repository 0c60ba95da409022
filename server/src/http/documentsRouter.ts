import { CreateDocumentRequest, type DocumentResponse } from '@regiovisie/shared/api'
import { checkDocument } from '@regiovisie/shared/checker'
import { can } from '@regiovisie/shared/roles'
import { TEMPLATES } from '@regiovisie/templates'
import { Router } from 'express'
import { createDocument } from '../documents/createDocument.ts'
import { yDocToJson } from '../documents/docJson.ts'
import type { Store } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

export function documentsRouter(deps: { store: Store; auth: Authenticator; sync: SyncServer }): Router {
  const { store, auth, sync } = deps
  const router = Router()

  router.get('/templates', (_req, res) => {
    res.json({ templates: Object.values(TEMPLATES).map(({ id, label }) => ({ id, label })) })
  })

  router.post('/documents', async (req, res) => {
    auth.requireAdmin(req)
    const body = parseBody(CreateDocumentRequest, req.body)
    res.status(201).json(await createDocument(store, body))
  })

  router.get('/documents', async (req, res) => {
    auth.requireAdmin(req)
    const docs = await store.listDocuments()
    res.json({ documents: docs.map(({ id, title, region, createdAt }) => ({ id, title, region, createdAt })) })
  })

  router.get('/documents/:id', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'document.read')
    const body: DocumentResponse = {
      id: document.id,
      title: document.title,
      template: document.template,
      region: document.region,
      municipalities: document.municipalities,
      ruleset: document.ruleset,
      createdAt: document.createdAt,
      role: participant.role,
      me: {
        id: participant.id,
        name: participant.name,
        organisation: participant.organisation,
        group: participant.group,
        role: participant.role,
      },
    }
    if (can(participant.role, 'invites.manage')) body.invites = (await store.getInvites(document.id)) ?? undefined
    res.json(body)
  })

  router.get('/documents/:id/check', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.check')
    const json = await sync.readDocument(document.id, yDocToJson)
    res.json(checkDocument(json, { ruleset: document.ruleset }))
  })

  return router
}
