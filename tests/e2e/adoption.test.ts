import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

async function openAdoption(page: Page) {
  await page.getByRole('button', { name: 'Vaststelling', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Vaststelling door de gemeenteraden' })
  await dialog.locator('.adoption-table').waitFor()
  return dialog
}

describe.skipIf(SKIP_E2E)('adoption by the councils', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken)
  })

  it('the owner records an adoption for one municipality and the roll-up becomes "1 van 5"; others read it', async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const dialog = await openAdoption(page)
    const rollup = dialog.locator('.adoption-rollup')
    expect(await rollup.textContent()).toBe('Vastgesteld door 0 van 5 raden')
    const houten = dialog.locator('tr[data-municipality="Houten"]')
    expect(await houten.getAttribute('data-adopted')).toBe('false')
    expect(await houten.locator('th').textContent()).toContain('nog niet vastgesteld')

    const edit = dialog.getByRole('button', { name: 'Bewerken: Houten' })
    await edit.click()
    expect(await edit.getAttribute('aria-expanded')).toBe('true')
    const form = dialog.getByRole('group', { name: 'Vaststelling in Houten' })
    // Focus starts in the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT')
    await form.getByLabel('Route').selectOption('raadsbesluit')
    await form.getByLabel('Raadsvoorstel verzonden').fill('2026-01-20')
    await form.getByLabel('Commissie').fill('2026-02-24')
    await form.getByLabel('Raadsvergadering').fill('2026-03-12')
    await form.getByLabel('Uitkomst').selectOption('adopted-with-amendments')
    await form.getByLabel('Amendementen en moties').fill('Amendement A1 over wachttijden: https://example.org/a1')
    await form.getByLabel('Toelichting').fill('<b>Unaniem</b> aangenomen')
    await form.getByRole('button', { name: 'Opslaan' }).click()

    await expect.poll(() => rollup.textContent()).toBe('Vastgesteld door 1 van 5 raden')
    expect(await dialog.locator('.adoption-summary').textContent()).toContain('Laatste vaststelling: 12 mrt 2026')
    expect(await houten.getAttribute('data-adopted')).toBe('true')
    expect(await houten.locator('th').textContent()).toContain('vastgesteld')
    expect(await houten.locator('.adoption-outcome').textContent()).toBe('Vastgesteld met amendement')
    expect(await houten.getByRole('link', { name: 'https://example.org/a1' }).getAttribute('href')).toBe(
      'https://example.org/a1',
    )
    // Markup in a note is text.
    expect(await houten.locator('b').count()).toBe(0)
    expect(await houten.textContent()).toContain('<b>Unaniem</b> aangenomen')
    expect(await dialog.getByRole('group', { name: 'Vaststelling in Houten' }).count()).toBe(0)
    // Focus is back on the row's button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Bewerken: Houten')
    // A college decision is not adoption by the council.
    await dialog.getByRole('button', { name: 'Bewerken: Lopik' }).click()
    const lopik = dialog.getByRole('group', { name: 'Vaststelling in Lopik' })
    await lopik.getByLabel('Route').selectOption('collegebesluit')
    await lopik.getByLabel('Uitkomst').selectOption('adopted')
    await lopik.getByRole('button', { name: 'Opslaan' }).click()
    await expect
      .poll(() => dialog.locator('tr[data-municipality="Lopik"] .adoption-outcome').textContent())
      .toBe('Vastgesteld')
    expect(await rollup.textContent()).toBe('Vastgesteld door 1 van 5 raden')
    expect(await dialog.locator('tr[data-municipality="Lopik"]').getAttribute('data-adopted')).toBe('false')
    await context.close()

    // An editor sees the same roll-up, read-only.
    const editor = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Eva Redacteur',
      organisation: 'Gemeente Houten',
      group: 'gemeente',
    })
    const readOnly = await openAdoption(editor.page)
    expect(await readOnly.locator('.adoption-rollup').textContent()).toBe('Vastgesteld door 1 van 5 raden')
    expect(await readOnly.getByRole('button', { name: /Bewerken/ }).count()).toBe(0)
    expect(await readOnly.textContent()).toContain('Alleen de projectleider kan de vaststelling bijwerken.')
    await editor.context.close()
  })
})
