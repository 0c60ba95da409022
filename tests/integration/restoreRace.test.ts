import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteStore, type Store } from '@regiovisie/server'
import { afterEach, expect, it } from 'vitest'
import { api, documentWithSessions } from '../helpers/api.ts'
import { Cleanup, connectClient, fragmentText, storedText, typeText, waitSynced } from '../helpers/clients.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

/** A real SQLite store whose version writes take half a second (a slow disk). */
function slowVersionStore(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'rv-restore-'))
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }))
  const real = createSqliteStore(join(dir, 'db.sqlite'))
  return {
    ...real,
    async createVersion(version, state) {
      await new Promise((r) => setTimeout(r, 500))
      return real.createVersion(version, state)
    },
  }
}

it('an edit typed while a restore takes its backup ends up in the backup or in the text, never in neither', async () => {
  const server = await startServer({ store: slowVersionStore() })
  cleanup.add(() => server.close())
  const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
  const editor = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
  expect(await waitSynced(editor)).toBe(true)
  const path = (rest: string) => `/api/documents/${doc.id}${rest}`
  const v1 = await api<{ id: string }>(server.url, 'POST', path('/versions'), {
    token: tokens.owner,
    body: { name: 'Eerste opzet' },
  })
  expect(v1.status).toBe(201)

  const restoring = api<{ backup: { id: string } }>(server.url, 'POST', path(`/versions/${v1.json.id}/restore`), {
    token: tokens.owner,
  })
  await new Promise((r) => setTimeout(r, 200)) // the backup is being written now
  typeText(editor.doc, ' TIJDENS-HERSTEL')
  const restored = await restoring
  expect(restored.status).toBe(200)
  await new Promise((r) => setTimeout(r, 500)) // let the edit settle

  const backup = await api<{ content: unknown }>(server.url, 'GET', path(`/versions/${restored.json.backup.id}`), {
    token: tokens.owner,
  })
  const inBackup = JSON.stringify(backup.json.content).includes('TIJDENS-HERSTEL')
  const inText = (await storedText(server.store, doc.id)).includes('TIJDENS-HERSTEL')
  expect(inBackup || inText).toBe(true)
  expect(fragmentText(editor.doc).includes('TIJDENS-HERSTEL')).toBe(inText)
})
