import { readFileSync } from 'node:fs'
import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'
import { typeInOpgave } from './versionsPanel.ts'

const OWNER = { name: 'Marieke de Vries', organisation: 'Gemeente Leiden', group: 'gemeente' } as const
const COUNCILLOR = { name: 'Raadslid Jansen', organisation: 'Gemeenteraad Katwijk', group: 'gemeente' } as const

describe.skipIf(SKIP_E2E)('downloading from the document header', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken)
  })

  it('the owner downloads a PDF from the header, sees which chapters are still empty, and allows lezers to download', async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, OWNER)
    await typeInOpgave(page, 1, 'Alle gemeenteraden stellen deze visie vast.')
    const header = page.locator('.doc-header')
    await header.getByRole('button', { name: 'Downloaden' }).click()
    const dialog = page.getByRole('dialog', { name: 'Downloaden' })
    await dialog.waitFor()
    const notice = await dialog.locator('.notice').textContent()
    expect(notice).toContain('Nog leeg: Inleiding en context')
    expect(notice).toContain('opgave 7, opgave 8')
    expect(notice).not.toContain('opgave 1,')
    expect(await axeViolations(page)).toEqual([])

    const formats = dialog.getByRole('group', { name: 'Huidige tekst downloaden als' })
    expect(await formats.getByRole('button').allTextContents()).toEqual(['PDF', 'Word (DOCX)', 'Markdown'])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      formats.getByRole('button', { name: 'PDF' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^regiovisie-jeugdhulp-.*-concept-\d{4}-\d{2}-\d{2}\.pdf$/)
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const setting = dialog.getByRole('checkbox', { name: 'Lezers en reageerders mogen downloaden' })
    expect(await setting.isChecked()).toBe(false)
    const help = await setting.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${help}"]`).textContent()).toContain('raadsleden')
    await setting.check()
    await expect
      .poll(() => dialog.locator('.download-setting [role="status"]').textContent())
      .toBe('Lezers en reageerders mogen nu downloaden.')
    await context.close()
  })

  it('a lezer sees the button only once the owner allowed it, and gets the file; the dialog fits 390 px', async () => {
    const other = await createDocument(server.url, server.adminToken)
    const before = await openAs(browser, server.url, other.invites.viewer, COUNCILLOR)
    const button = before.page.locator('.doc-header').getByRole('button', { name: 'Downloaden' })
    expect(await button.count()).toBe(0)
    // The owner allows it: the open page shows the button at once, without a reload.
    const owner = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: other.invites.owner, name: 'Petra', organisation: 'Regio', group: 'gemeente' }),
    })
    const { token } = (await owner.json()) as { token: string }
    const patch = await fetch(`${server.url}/api/documents/${other.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ downloadAllowed: true }),
    })
    expect(patch.status).toBe(200)
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1)
    await before.context.close()

    // The first document: the owner allowed downloading in the test above.
    const { context, page } = await openAs(browser, server.url, doc.invites.viewer, COUNCILLOR)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.locator('.doc-header').getByRole('button', { name: 'Downloaden' }).click()
    const dialog = page.getByRole('dialog', { name: 'Downloaden' })
    await dialog.waitFor()
    expect(await dialog.getByRole('checkbox').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const box = await dialog.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    expect(await axeViolations(page)).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Markdown' }).click(),
    ])
    const md = readFileSync(await download.path(), 'utf8')
    expect(md).toContain('Alle gemeenteraden stellen deze visie vast.')
    expect(md).toContain('_Nog niet ingevuld_')

    // The versions dialog offers the same downloads to a lezer once the owner allowed them.
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.locator('.doc-header').getByRole('button', { name: 'Versies' }).click()
    const versions = page.getByRole('dialog', { name: 'Versies' })
    await expect.poll(() => versions.getByRole('group', { name: 'Huidige tekst exporteren' }).count()).toBe(1)
    await context.close()
  })
})
