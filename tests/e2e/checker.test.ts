import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { ensureClientBuilt, launchBrowser, SKIP_E2E } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'

const SIXTY_WORDS = Array.from(
  { length: 6 },
  () =>
    'De regio borgt crisishulp, pleegzorg en JeugdzorgPlus met meerjarige regionale contracten en capaciteitsafspraken.',
).join(' ')

describe.skipIf(SKIP_E2E)('the checker panel', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('changes opgave 2 from "Ontbreekt" to "Uitgewerkt" when its section is filled', async () => {
    expect(SIXTY_WORDS.split(/\s+/).length).toBeGreaterThanOrEqual(60)
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Dirk Beleid',
      organisation: 'Gemeente Nieuwegein',
      group: 'gemeente',
    })
    const badge = page.locator('.checker li[data-opgave="2"] .badge')
    await expect.poll(() => badge.textContent()).toBe('Ontbreekt')
    await expect.poll(() => page.locator('.checker-summary').textContent()).toBe('0 van 8 opgaven uitgewerkt')

    await paragraphAfter(page, 'h2[data-opgave="2"]').click()
    await page.keyboard.type(SIXTY_WORDS)

    await expect.poll(() => badge.textContent()).toBe('Uitgewerkt')
    await expect.poll(() => page.locator('.checker-summary').textContent()).toBe('1 van 8 opgaven uitgewerkt')
    expect(await page.locator('.checker li[data-opgave="3"] .badge').textContent()).toBe('Ontbreekt')

    // Clicking an opgave moves the cursor to its heading.
    await page.locator('.checker li[data-opgave="7"] button').click()
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.getSelection()?.anchorNode?.parentElement?.closest('h2')?.getAttribute('data-opgave'),
        ),
      )
      .toBe('7')

    await context.close()
  })
})
