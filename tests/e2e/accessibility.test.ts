import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { ensureClientBuilt, launchBrowser, SKIP_E2E } from './browser.ts'

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe.skipIf(SKIP_E2E)('accessibility', () => {
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

  it('axe finds no violations on the admin page, the join page and the document page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()

    // Admin: the token moves from the URL into sessionStorage.
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    await page.getByRole('heading', { name: 'Bestaande documenten' }).waitFor()
    expect(page.url()).not.toContain('token')
    expect(await violations(page)).toEqual([])

    // Create a regiovisie through the form; the invite links appear.
    await page.getByLabel('Jeugdregio kiezen').selectOption('Lekstroom')
    await page.getByLabel('Titel', { exact: true }).fill('Regiovisie Jeugdhulp Lekstroom 2026–2029')
    await page.getByRole('button', { name: 'Regiovisie aanmaken' }).click()
    const editorLink = page.getByLabel('Uitnodigingslink redacteur', { exact: true })
    await editorLink.waitFor()
    expect(await violations(page)).toEqual([])
    const joinUrl = await editorLink.inputValue()
    expect(joinUrl).toMatch(/\/join\//)

    // Join page.
    await page.goto(joinUrl)
    await page.getByLabel('Naam').waitFor()
    expect(await violations(page)).toEqual([])
    await page.getByLabel('Naam').fill('Eva Toegankelijk')
    await page.getByLabel('Organisatie').fill('Gemeente Houten')
    await page.getByRole('button', { name: 'Deelnemen' }).click()

    // Document page, with the toolbar of an editor and the checker panel.
    await page.locator('.tiptap h2[data-opgave="8"]').waitFor()
    await page.getByRole('toolbar').waitFor()
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved')
    expect(await violations(page)).toEqual([])

    // The same in English.
    await page.getByRole('button', { name: 'Switch to English' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await violations(page)).toEqual([])

    await context.close()
  })
})
