import { emptyAdoption, summarizeAdoption } from '@regiovisie/shared/adoption'
import { AdoptionUpdate } from '@regiovisie/shared/adoption-requests'
import { Router } from 'express'
import type { RecordActivity } from '../activity.ts'
import { badRequest, notFound } from '../errors.ts'
import type { Store } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeDocumentChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

/** Adoption of the regiovisie by each member council, and the roll-up "vastgesteld door X van N raden". */
export function adoptionRouter(deps: {
  store: Store
  auth: Authenticator
  activity: RecordActivity
  sync: Pick<SyncServer, 'notify'>
}): Router {
  const { store, auth, activity, sync } = deps
  const router = Router()

  router.get('/documents/:id/adoption', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.read')
    res.json(summarizeAdoption(document.municipalities, await store.listAdoption(document.id)))
  })

  router.put('/documents/:id/adoption/:municipality', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'adoption.edit')
    const name = String(req.params.municipality)
    if (!document.municipalities.includes(name)) {
      throw notFound(`"${name}" is geen gemeente van deze regio.`)
    }
    const update = parseBody(AdoptionUpdate, req.body)
    if (Object.keys(update).length === 0) throw badRequest('Geef ten minste één veld om te wijzigen.', 'empty_update')
    if (update.versionId && !(await store.getVersion(document.id, update.versionId))) {
      throw badRequest('Deze versie bestaat niet in dit document.', 'unknown_version')
    }
    const current = (await store.listAdoption(document.id)).find((m) => m.name === name) ?? emptyAdoption(name)
    const next = { ...current, ...update, name, updatedAt: new Date().toISOString() }
    await store.putAdoption(document.id, next)
    await activity(document.id, participant.id, 'adoption.updated', { municipality: name, fields: Object.keys(update) })
    // Every open checker counts the councils again at once.
    sync.notify(document.id, encodeDocumentChanged())
    res.json(next)
  })

  return router
}
