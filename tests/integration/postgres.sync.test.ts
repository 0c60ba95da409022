import { afterEach, describe, expect, it } from 'vitest'
import { documentWithSessions } from '../helpers/api.ts'
import {
  appendParagraph,
  Cleanup,
  connectClient,
  fragmentText,
  opgaveHeadings,
  until,
  waitSynced,
} from '../helpers/clients.ts'
import { assertPostgresReachable, freshPostgresStore, skipPostgres } from '../helpers/postgres.ts'
import { startServer } from '../helpers/startServer.ts'

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

describe.skipIf(skipPostgres)('collaboration on PostgreSQL', () => {
  it('seeds, syncs and keeps a document across a restart with the PostgreSQL store', async () => {
    await assertPostgresReachable()
    const pg = await freshPostgresStore()
    cleanup.add(pg.drop)
    const server = await startServer({ store: pg.store })
    const { doc, tokens } = await documentWithSessions(server.url, server.adminToken)
    const a = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    const b = connectClient(server.wsUrl, doc.id, tokens.editor, cleanup)
    await Promise.all([waitSynced(a), waitSynced(b)])
    appendParagraph(a.doc, 'opgeslagen in PostgreSQL')
    expect(await until(() => fragmentText(b.doc).includes('opgeslagen in PostgreSQL'))).toBe(true)
    a.destroy()
    b.destroy()
    await server.close()

    const reopened = await startServer({ store: await pg.reopen() })
    cleanup.add(() => reopened.close())
    const c = connectClient(reopened.wsUrl, doc.id, tokens.viewer, cleanup)
    expect(await waitSynced(c)).toBe(true)
    expect(fragmentText(c.doc)).toContain('opgeslagen in PostgreSQL')
    expect(opgaveHeadings(c.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })
})
