import { createHash } from 'node:crypto'
import { computeParticipation } from '@regiovisie/shared/participation'
import { canDownload } from '@regiovisie/shared/roles'
import { Router } from 'express'
import * as Y from 'yjs'
import type { RecordActivity } from '../activity.ts'
import { loadChecker, loadExportText } from '../checker/loadChecker.ts'
import { createThreadReader } from '../comments/ThreadReader.ts'
import { checkContext } from '../documents/checkContext.ts'
import { yDocToJson } from '../documents/docJson.ts'
import { badRequest, forbidden, HttpError, notFound } from '../errors.ts'
import { ExportError } from '../export/ExportError.ts'
import { EXPORT_FORMATS, isExportFormat } from '../export/exportFormats.ts'
import type { Exporter } from '../export/lazyExport.ts'
import type { Metrics } from '../metrics.ts'
import type { Store } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import type { Authenticator } from './auth.ts'
import { stateToJson } from './versionsRouter.ts'

/** Whoever reads an export: nobody of this document, outside the writing team. */
const PUBLIC_READER = { id: '', role: 'viewer' } as const

/** A short, stable fingerprint of a document state, kept in the exported file's properties. */
const stateId = (state: Uint8Array) => createHash('sha256').update(state).digest('hex').slice(0, 10)

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name. */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/**
 * GET /documents/:id/export?format=docx|pdf|md|html[&version=…] for owners and editors, and for
 * lezers and reageerders once the owner allowed them to download (`canDownload`).
 */
export function exportRouter(deps: {
  store: Store
  auth: Authenticator
  sync: SyncServer
  activity: RecordActivity
  exporter: Exporter
  metrics?: Metrics | undefined
}): Router {
  const { store, auth, sync, activity, exporter } = deps
  const threads = createThreadReader(store, sync)
  const router = Router()

  router.get('/documents/:id/export', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'document.read')
    if (!canDownload(participant.role, document)) {
      throw forbidden('De projectleider heeft downloaden voor lezers en reageerders niet toegestaan.')
    }
    const format = req.query.format
    if (!isExportFormat(format)) throw badRequest(`Kies een formaat: ${EXPORT_FORMATS.join(', ')}.`, 'unknown_format')
    const versionId = typeof req.query.version === 'string' && req.query.version !== '' ? req.query.version : null

    let content: ReturnType<typeof stateToJson>
    let meta: { versionName: string | null; versionDate: string; versionId: string }
    if (versionId) {
      const version = await store.getVersion(document.id, versionId)
      if (!version) throw notFound('Deze versie bestaat niet.')
      content = stateToJson(version.state)
      meta = { versionName: version.name, versionDate: version.createdAt, versionId: stateId(version.state) }
    } else {
      const [json, state] = await sync.readDocument(
        document.id,
        (doc) => [yDocToJson(doc), Y.encodeStateAsUpdate(doc)] as const,
      )
      content = json
      meta = { versionName: null, versionDate: new Date().toISOString(), versionId: stateId(state) }
    }
    const [{ checkDocument, opgavenOf }, { buildReactieverslag }] = await Promise.all([loadChecker(), loadExportText()])
    const placed = await threads.list(document.id)
    const participation = placed.some((t) => t.comments.length > 0)
      ? computeParticipation(placed, opgavenOf(document.ruleset))
      : null
    // The reactieverslag is public: read the threads as a lezer does, so private persons are their group.
    const reactieverslag = participation
      ? buildReactieverslag(await threads.list(document.id, PUBLIC_READER), opgavenOf(document.ruleset))
      : null

    let result: Awaited<ReturnType<Exporter['export']>>
    const exported = deps.metrics?.exportSeconds.startTimer({ format })
    try {
      result = await exporter.export({
        format,
        doc: content,
        meta: {
          title: document.title,
          region: document.region,
          municipalities: document.municipalities,
          ruleset: document.ruleset,
          ...meta,
        },
        check: checkDocument(content, {
          ruleset: document.ruleset,
          context: await checkContext(store, document, placed),
        }),
        participation,
        reactieverslag,
      })
    } catch (err) {
      exported?.({ outcome: 'failed' })
      if (err instanceof ExportError) throw new HttpError(503, 'export_failed', err.message)
      throw err
    }
    exported?.({ outcome: 'ok' })
    await activity(document.id, participant.id, 'exported', { format, versionId })
    res.setHeader('Content-Type', result.contentType)
    res.setHeader('Content-Disposition', attachment(result.filename))
    res.setHeader('Cache-Control', 'no-store')
    res.send(result.body)
  })

  return router
}
