import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, PROJECT_LEADER } from './participants.ts'

/** At 390 px: no sideways scrolling, header and toolbar one row each, the checker and comments one tap away. */
describe.skipIf(SKIP_E2E)('the document on a phone', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('fits 390 px, keeps header and toolbar short, and opens the checker and comments with one tap', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, PROJECT_LEADER)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)

    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      toolbarBottom: document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0,
      toolbarHeight: document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0,
    }))
    expect(layout.scrollWidth).toBeLessThanOrEqual(390)
    // Header and toolbar together: well under a quarter of the screen (they took 330 of 844 px).
    expect(layout.toolbarBottom).toBeLessThan(200)
    expect(layout.toolbarHeight).toBeLessThan(60)

    const bar = page.getByRole('navigation', { name: 'Naar de toets of de reacties' })
    await bar.getByRole('button', { name: 'Toets', exact: true }).click()
    const checker = page.locator('.checker li[data-opgave="1"]')
    await expect.poll(() => checker.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true)
    expect(await page.getByRole('tab', { name: /Toets/ }).getAttribute('aria-selected')).toBe('true')

    await bar.getByRole('button', { name: 'Reacties', exact: true }).click()
    await expect.poll(() => page.getByRole('tab', { name: /Reacties/ }).getAttribute('aria-selected')).toBe('true')

    await bar.getByRole('button', { name: 'Tekst', exact: true }).click()
    await expect
      .poll(() => page.locator('.tiptap').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight))
      .toBe(true)
    expect(await axeViolations(page)).toEqual([])

    // On a wide screen the bar is not there.
    await page.setViewportSize({ width: 1440, height: 900 })
    await expect.poll(() => bar.isVisible()).toBe(false)
    await context.close()
  })
})
