import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, type SpawnedServer, spawnServer } from '../helpers/spawnServer.ts'
import { ensureClientBuilt, launchBrowser, SKIP_E2E } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'

const ADMIN_TOKEN = 'e2e-offline-admin-token'

describe.skipIf(SKIP_E2E)('working while the server is away', () => {
  let browser: Browser
  let dataDir: string
  let port: number
  let server: SpawnedServer | undefined

  beforeAll(async () => {
    ensureClientBuilt()
    dataDir = mkdtempSync(join(tmpdir(), 'rv-e2e-offline-'))
    port = await freePort()
    server = await spawnServer({ dataDir, port, adminToken: ADMIN_TOKEN })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('edits typed while the server is down stay in the browser and are saved when it is back', async () => {
    const base = `http://127.0.0.1:${port}`
    const doc = await createDocument(base, ADMIN_TOKEN)
    const { context, page } = await openAs(browser, base, doc.invites.editor, {
      name: 'Fatima Offline',
      organisation: 'Gemeente Vijfheerenlanden',
      group: 'gemeente',
    })
    const status = page.locator('.save-status')
    await paragraphAfter(page, 'h2[data-opgave="8"]').click()
    await page.keyboard.type('Tarieven volgen uit een kostprijsonderzoek.')
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved')

    await server?.kill()
    await expect.poll(() => status.getAttribute('data-state')).toBe('offline')
    expect(await status.textContent()).toContain('Offline — wijzigingen blijven in deze browser bewaard')
    await page.keyboard.type(' Aanbieders zijn transparant over hun tariefopbouw.')

    server = await spawnServer({ dataDir, port, adminToken: ADMIN_TOKEN })
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).toBe('saved')

    const reader = await openAs(browser, base, doc.invites.viewer, {
      name: 'Lezer',
      organisation: 'Griffie',
      group: 'anders',
    })
    await expect
      .poll(() => reader.page.locator('.tiptap p', { hasText: 'transparant over hun tariefopbouw' }).count())
      .toBe(1)

    await reader.context.close()
    await context.close()
  })
})
