import { basename, extname } from 'node:path'
import {
  CreateDocumentRequest,
  DEFAULT_THEME,
  type DocumentResponse,
  type DocumentSummary,
  ImportDocumentFields,
  isDocumentTheme,
  UpdateDocumentRequest,
} from '@regiovisie/shared/api'
import { can, ROLES } from '@regiovisie/shared/roles'
import type { JSONContent } from '@regiovisie/shared/schema'
import { TEMPLATES } from '@regiovisie/templates'
import { type Request, type Response, Router } from 'express'
import { loadChecker } from '../checker/loadChecker.ts'
import { createThreadReader } from '../comments/ThreadReader.ts'
import { checkContext } from '../documents/checkContext.ts'
import { createDocument, createImportedDocument, requireRuleset } from '../documents/createDocument.ts'
import { yDocToJson } from '../documents/docJson.ts'
import { badRequest, forbidden, HttpError, notFound } from '../errors.ts'
import { ImportError, ImportTooLarge } from '../import/ImportError.ts'
import type { Metrics } from '../metrics.ts'
import type { DocumentRecord, ParticipantRecord, Store } from '../store/Store.ts'
import type { SyncServer } from '../sync/createSyncServer.ts'
import { encodeDocumentChanged } from '../sync/protocol.ts'
import type { Authenticator } from './auth.ts'
import { uploadFile } from './uploadFile.ts'
import { parseBody } from './validate.ts'

/** Municipalities from a form field: a JSON array, or names separated by commas or new lines. */
function parseNames(value: string | undefined): string[] {
  if (!value?.trim()) return []
  let list: unknown
  try {
    list = JSON.parse(value)
  } catch {
    list = value.split(/[,\n;]/)
  }
  if (!Array.isArray(list)) throw badRequest('Veld "municipalities" moet een lijst van namen zijn.', 'invalid_field')
  return list
    .map((n) => String(n).trim())
    .filter((n) => n.length > 0 && n.length <= 200)
    .slice(0, 100)
}

function firstHeading(doc: JSONContent): string | null {
  const heading = doc.content?.find((n) => n.type === 'heading')
  const text = (heading?.content ?? [])
    .map((n) => n.text ?? '')
    .join('')
    .trim()
  return text || null
}

export function documentsRouter(deps: {
  store: Store
  auth: Authenticator
  sync: SyncServer
  metrics?: Metrics | undefined
}): Router {
  const { store, auth, sync } = deps
  const threads = createThreadReader(store, sync)
  const router = Router()

  router.get('/templates', (_req, res) => {
    res.json({ templates: Object.values(TEMPLATES).map(({ id, label }) => ({ id, label })) })
  })

  router.post('/documents', async (req, res) => {
    auth.requireAdmin(req)
    if (req.is('multipart/form-data')) {
      res.status(201).json(await importDocument(req, res))
      return
    }
    const body = parseBody(CreateDocumentRequest, req.body)
    res.status(201).json(await createDocument(store, body))
  })

  /** A regiovisie from an uploaded DOCX, Markdown, HTML or text file; it keeps its own structure. */
  async function importDocument(req: Request, res: Response) {
    const file = await uploadFile(req, res)
    if (!file) throw badRequest('Kies een bestand om te importeren (veld "file").', 'missing_file')
    const fields = parseBody(ImportDocumentFields, req.body ?? {})
    let content: JSONContent
    try {
      // The converters (linkedom, markdown-it) are loaded with the first import, not at start.
      const { bufferToJson } = await import('../import/fileToJson.ts')
      content = await bufferToJson(new Uint8Array(file.buffer), file.originalname)
    } catch (err) {
      const message = `${file.originalname}: ${err instanceof Error ? err.message : ''}`
      if (err instanceof ImportTooLarge) throw new HttpError(413, 'import_too_large', message)
      if (err instanceof ImportError) throw badRequest(message, 'import_failed')
      throw err
    }
    const title = fields.title || firstHeading(content) || basename(file.originalname, extname(file.originalname))
    return createImportedDocument(
      store,
      {
        title: title.slice(0, 200),
        region: fields.region,
        municipalities: parseNames(fields.municipalities),
        ruleset: fields.ruleset,
      },
      content,
    )
  }

  router.patch('/documents/:id', async (req, res) => {
    const { document, participant } = await auth.requireDocument(req, 'document.read')
    const mayChange = (action: 'ruleset.change' | 'export.allow' | 'theme.change') => can(participant.role, action)
    if (!mayChange('ruleset.change') && !mayChange('export.allow') && !mayChange('theme.change')) throw forbidden()
    const body = parseBody(UpdateDocumentRequest, req.body)
    if (body.ruleset !== undefined && !mayChange('ruleset.change')) throw forbidden()
    if (body.downloadAllowed !== undefined && !mayChange('export.allow')) throw forbidden()
    if (body.theme !== undefined && !mayChange('theme.change')) throw forbidden()
    const ruleset = body.ruleset === undefined ? document.ruleset : requireRuleset(body.ruleset)
    const downloadAllowed = body.downloadAllowed ?? document.downloadAllowed
    const theme = body.theme ?? document.theme
    if (ruleset !== document.ruleset) await store.setRuleset(document.id, ruleset)
    if (downloadAllowed !== document.downloadAllowed) await store.setDownloadAllowed(document.id, downloadAllowed)
    if (theme !== document.theme) await store.setTheme(document.id, theme)
    if (ruleset !== document.ruleset || downloadAllowed !== document.downloadAllowed || theme !== document.theme) {
      sync.notify(document.id, encodeDocumentChanged())
    }
    res.json(await describe({ ...document, ruleset, downloadAllowed, theme }, participant))
  })

  router.get('/documents', async (req, res) => {
    auth.requireAdmin(req)
    const docs = await store.listDocuments()
    const documents: DocumentSummary[] = docs.map(({ id, title, region, createdAt, editedAt }) => ({
      id,
      title,
      region,
      createdAt,
      editedAt: editedAt ?? null,
    }))
    res.json({ documents })
  })

  /** The administrator can show a document's current invite links again (stored encrypted, not hashed). */
  router.get('/documents/:id/invites', async (req, res) => {
    auth.requireAdmin(req)
    const invites = await store.getInvites(String(req.params.id))
    if (!invites) throw notFound('Dit document bestaat niet.')
    res.json({ invites })
  })

  async function describe(document: DocumentRecord, participant: ParticipantRecord): Promise<DocumentResponse> {
    const body: DocumentResponse = {
      id: document.id,
      title: document.title,
      template: document.template,
      region: document.region,
      municipalities: document.municipalities,
      ruleset: document.ruleset,
      downloadAllowed: document.downloadAllowed,
      theme: isDocumentTheme(document.theme) ? document.theme : DEFAULT_THEME,
      createdAt: document.createdAt,
      role: participant.role,
      me: {
        id: participant.id,
        name: participant.name,
        organisation: participant.organisation,
        group: participant.group,
        showName: participant.showName === true,
        role: participant.role,
      },
    }
    if (can(participant.role, 'invites.manage')) {
      const invites = await store.getInvites(document.id)
      // A link that could not be decrypted (another SECRET_KEY) is missing: show none until renewed.
      if (invites && ROLES.every((role) => typeof invites[role] === 'string')) body.invites = invites
    }
    return body
  }

  router.get('/documents/:id', async (req, res) => {
    // Without a session, an unknown id is told apart from a document one has not joined, so the
    // page can say "bestaat niet" instead of "nog niet aangemeld". Ids are random UUIDs: nothing to
    // probe, and a session for another document still gets the same 404 as an unknown id.
    if (!req.headers.authorization && !(await store.getDocument(String(req.params.id)))) {
      throw notFound('Dit document bestaat niet.')
    }
    const { document, participant } = await auth.requireDocument(req, 'document.read')
    res.json(await describe(document, participant))
  })

  router.get('/documents/:id/check', async (req, res) => {
    const { document } = await auth.requireDocument(req, 'document.check')
    const json = await sync.readDocument(document.id, yDocToJson)
    const context = await checkContext(store, document, await threads.list(document.id))
    const { checkDocument } = await loadChecker()
    const checked = deps.metrics?.checkSeconds.startTimer()
    const report = checkDocument(json, { ruleset: document.ruleset, context })
    checked?.()
    res.json(report)
  })

  return router
}
