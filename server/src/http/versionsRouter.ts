import { randomUUID } from 'node:crypto'
import { FRAGMENT_NAME, getDocumentModel } from '@regiovisie/shared/schema/model'
import { CreateVersionRequest, type Version, type VersionDiff } from '@regiovisie/shared/versions'
import { type Request, Router } from 'express'
import * as Y from 'yjs'
import type { RecordActivity } from '../activity.ts'
import { yDocToJson } from '../documents/docJson.ts'
import { diffDocuments } from '../documents/versionDiff.ts'
import { badRequest, notFound } from '../errors.ts'
import type { ParticipantRecord, Store, VersionWithAuthor } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeVersionRestored } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { parseBody } from './validate.ts'

const toVersion = (v: VersionWithAuthor): Version => ({
  id: v.id,
  name: v.name,
  note: v.note,
  createdAt: v.createdAt,
  author: v.author,
})

/** ProseMirror JSON of a stored Yjs state. */
export function stateToJson(state: Uint8Array) {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    return yDocToJson(doc)
  } finally {
    doc.destroy()
  }
}

/** Named versions: immutable full snapshots; compare; restore as a new change. */
export function versionsRouter(deps: {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
}): Router {
  const { store, auth, sync, activity } = deps
  const router = Router()

  /** Stores `state` as a named version of the document. */
  async function saveVersion(
    documentId: string,
    participant: ParticipantRecord | null,
    name: string,
    note: string | null,
    state: Uint8Array,
  ) {
    const version = {
      id: randomUUID(),
      documentId,
      name,
      note,
      createdAt: new Date().toISOString(),
      authorId: participant?.id ?? null,
    }
    await store.createVersion(version, state)
    const author = participant
      ? { name: participant.name, organisation: participant.organisation, group: participant.group }
      : null
    return { ...version, author }
  }

  async function snapshot(
    documentId: string,
    participant: ParticipantRecord | null,
    name: string,
    note: string | null,
  ) {
    const state = await sync.readDocument(documentId, (doc) => Y.encodeStateAsUpdate(doc))
    return saveVersion(documentId, participant, name, note, state)
  }

  async function requireVersion(req: Request, documentId: string, param = 'versionId') {
    const version = await store.getVersion(documentId, String(req.params[param] ?? req.query[param] ?? ''))
    if (!version) throw notFound('Deze versie bestaat niet.')
    return version
  }

  router.post('/documents/:id/versions', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'versions.create')
    const { name, note } = parseBody(CreateVersionRequest, req.body)
    const version = await snapshot(document.id, participant, name, note || null)
    await activity(document.id, participant.id, 'version.created', { versionId: version.id, name })
    res.status(201).json(toVersion(version))
  })

  router.get('/documents/:id/versions', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.read')
    res.json({ versions: (await store.listVersions(document.id)).map(toVersion) })
  })

  router.get('/documents/:id/versions/:versionId', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.read')
    const version = await requireVersion(req, document.id)
    res.json({ version: toVersion(version), content: stateToJson(version.state) })
  })

  /** ?against=<versionId> compares two versions; without it, the version against the current text. */
  router.get('/documents/:id/versions/:versionId/diff', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.read')
    const from = await requireVersion(req, document.id)
    const againstId =
      typeof req.query.against === 'string' && req.query.against !== 'current' ? req.query.against : null
    let to: VersionWithAuthor | null = null
    let newer: ReturnType<typeof stateToJson>
    if (againstId) {
      const v = await store.getVersion(document.id, againstId)
      if (!v) throw notFound('De versie om mee te vergelijken bestaat niet.')
      to = v
      newer = stateToJson(v.state)
    } else {
      newer = await sync.readDocument(document.id, yDocToJson)
    }
    const body: VersionDiff = {
      from: toVersion(from),
      to: to ? toVersion(to) : null,
      ...diffDocuments(stateToJson(from.state), newer),
    }
    res.json(body)
  })

  router.post('/documents/:id/versions/:versionId/restore', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'versions.create')
    const version = await requireVersion(req, document.id)
    const content = stateToJson(version.state)
    if (content.type !== 'doc') throw badRequest('Deze versie bevat geen document.')
    // Nothing is lost: the text as it is now is kept as a version first, so a restore can be undone.
    // Both happen in the room's queue, so no edit can fall between the backup and the restore.
    let backup: Awaited<ReturnType<typeof saveVersion>> | undefined
    await sync.change(document.id, async (current) => {
      const state = Y.encodeStateAsUpdate(current)
      backup = await saveVersion(document.id, participant, `Vóór herstel van ‘${version.name}’`, null, state)
      // The editor binding diffs the fragment in place; loaded only here (restores are rare).
      const { prosemirrorJSONToYXmlFragment } = await import('@tiptap/y-tiptap')
      const work = new Y.Doc()
      try {
        Y.applyUpdate(work, Y.encodeStateAsUpdate(current))
        const before = Y.encodeStateVector(work)
        // Updates the fragment in place (unchanged blocks keep their identity, and comment anchors in them).
        work.transact(() =>
          prosemirrorJSONToYXmlFragment(getDocumentModel(), content, work.getXmlFragment(FRAGMENT_NAME)),
        )
        return Y.encodeStateAsUpdate(work, before)
      } finally {
        work.destroy()
      }
    })
    if (!backup) throw new Error('restore ran without a backup')
    await activity(document.id, participant.id, 'version.restored', { versionId: version.id, backupId: backup.id })
    // Everyone with the document open sees who put which version back (clients that passed ack=1).
    sync.notify(
      document.id,
      encodeVersionRestored({
        by: { id: participant.id, name: participant.name, organisation: participant.organisation },
        version: version.name,
        at: new Date().toISOString(),
      }),
    )
    res.json({ restored: toVersion(version), backup: toVersion(backup) })
  })

  return router
}
