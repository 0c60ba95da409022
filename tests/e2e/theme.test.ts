import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

const PHONE = { width: 390, height: 844 }
const WIDE = { width: 1440, height: 900 }

/** The page's theme as the browser applies it: the body's theme classes and a token's computed value. */
async function worn(page: Page) {
  return page.evaluate(() => ({
    classes: Array.from(document.body.classList).filter((c) => c.endsWith('-theme')),
    primary: getComputedStyle(document.body)
      .getPropertyValue('--utrecht-button-primary-action-background-color')
      .trim(),
    buttonRadius: getComputedStyle(document.querySelector('.doc-tools .utrecht-button') as Element).borderTopLeftRadius,
    textFont: getComputedStyle(document.querySelector('.tiptap p') as Element).fontFamily,
  }))
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
}

/** Issue 10, "The look of Dutch government": the owner picks the document's NL Design System theme. */
describe.skipIf(SKIP_E2E)('the look of Dutch government: a theme per document', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(() => {
    ;({ server, browser } = env)
  })

  it('the owner picks the Utrecht theme in "Delen"; another participant’s page wears it after a reload', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Marieke de Vries',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const reader = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Olga Ouder',
      organisation: 'Ouderplatform',
      group: 'ouders',
    })
    const before = await worn(reader.page)
    expect(before.classes).toEqual(['regiovisie-theme'])

    await owner.page.getByRole('button', { name: 'Delen' }).click()
    const dialog = owner.page.getByRole('dialog', { name: 'Uitnodigingslinks' })
    const picker = dialog.getByRole('combobox', { name: 'Huisstijl van dit document' })
    expect(await picker.inputValue()).toBe('neutral')
    expect(await axeViolations(owner.page)).toEqual([])
    await picker.selectOption({ label: 'Gemeente Utrecht' })
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'Huisstijl' }).textContent())
      .toBe('Huisstijl ingesteld: Gemeente Utrecht.')
    // The owner's own page wears it at once; the dialog stays clean for axe in the new theme.
    expect((await worn(owner.page)).classes).toEqual(['regiovisie-theme', 'utrecht-theme'])
    expect(await axeViolations(owner.page)).toEqual([])
    await owner.page.setViewportSize(PHONE)
    expect(await axeViolations(owner.page)).toEqual([])
    await dialog.getByRole('button', { name: 'Sluiten' }).click()

    await reader.page.reload()
    await reader.page.locator('.tiptap h2[data-opgave="1"]').waitFor()
    const after = await worn(reader.page)
    expect(after.classes).toEqual(['regiovisie-theme', 'utrecht-theme'])
    expect(after.primary).not.toBe(before.primary)
    // Utrecht's buttons are square; ours are rounded.
    expect(before.buttonRadius).not.toBe('0px')
    expect(after.buttonRadius).toBe('0px')
    // The text area keeps its own calm document style whatever the theme.
    expect(after.textFont).toBe(before.textFont)
    expect(after.textFont).toContain('Georgia')

    await reader.page.setViewportSize(WIDE)
    expect(await axeViolations(reader.page)).toEqual([])
    await reader.page.setViewportSize(PHONE)
    expect(await axeViolations(reader.page)).toEqual([])
    expect(await noSidewaysScroll(reader.page)).toBe(true)

    // Only the owner is offered the choice.
    expect(await reader.page.getByRole('combobox', { name: 'Huisstijl van dit document' }).count()).toBe(0)
    await owner.context.close()
    await reader.context.close()
  })

  it('the pages built from NL Design System components pass axe at 1440 and 390 px', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext({ viewport: WIDE })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    await page.locator('.document-list tbody tr').first().waitFor()
    expect(await page.locator('.utrecht-button').count()).toBeGreaterThan(3)
    expect(await page.locator('table.utrecht-table').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize(PHONE)
    expect(await axeViolations(page)).toEqual([])
    expect(await noSidewaysScroll(page)).toBe(true)

    await page.goto(`${server.url}/join/${doc.invites.viewer}`)
    await page.getByRole('textbox', { name: 'Naam' }).waitFor()
    expect(await page.locator('input.utrecht-textbox').count()).toBe(2)
    expect(await page.locator('select.utrecht-select').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(await noSidewaysScroll(page)).toBe(true)
    await page.setViewportSize(WIDE)
    expect(await axeViolations(page)).toEqual([])
    // An empty submit shows the browser's own validation, so no alert yet; a bad invite shows one.
    await page.goto(`${server.url}/join/not-a-real-invite`)
    await page.locator('.utrecht-alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toBeTruthy()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
