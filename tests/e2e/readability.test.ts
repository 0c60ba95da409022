import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, POLICY_OFFICER } from './participants.ts'
import { typeInOpgave } from './versionsPanel.ts'

const PLAIN = 'Je krijgt hulp dicht bij huis. Het wijkteam luistert eerst. Samen kijk je wat je nodig hebt. '
const DENSE =
  'In het kader van het regionale opdrachtgeverschap wordt de continuïteit van de specialistische jeugdhulp door de gezamenlijke gemeenten geborgd via een integrale inkoopstrategie, waarbij de toegang en de transformatie in samenhang worden bezien.'

describe.skipIf(SKIP_E2E)('the readability panel', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('rates a section as it is written, lists its hardest sentence and plain words for its jargon, at 390 px too', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, POLICY_OFFICER)
    await page.getByRole('tab', { name: 'Leesbaar' }).click()
    const panel = page.locator('.readability')
    await expect.poll(() => panel.locator('.readability-summary').textContent()).toContain('Nog geen tekst')

    await typeInOpgave(page, 3, PLAIN)
    const section = panel.locator('.readability-section', { hasText: 'Opgave 3.' })
    await expect.poll(() => section.locator('.readability-badge').textContent()).toBe('Goed leesbaar')

    await typeInOpgave(page, 3, DENSE)
    await expect.poll(() => section.locator('.readability-badge').textContent()).toBe('Moeilijk')
    expect(await section.locator('.readability-reasons li').count()).toBeGreaterThanOrEqual(3)
    const reasons = await section.locator('.readability-reasons').textContent()
    expect(reasons).toContain('lijdende vorm')
    const term = section.locator('.readability-jargon li[data-term="opdrachtgeverschap"]')
    expect(await term.locator('.readability-plain').textContent()).toContain('hoe de gemeenten de hulp regelen')
    expect(await section.locator('.readability-jargon li[data-term="specialistische jeugdhulp"]').count()).toBe(1)

    // The hardest sentence selects itself in the text.
    const hardest = section.locator('.readability-sentence').first()
    expect(await hardest.textContent()).toContain('In het kader van het regionale opdrachtgeverschap')
    await page.evaluate(() => window.getSelection()?.removeAllRanges())
    await hardest.click()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(DENSE)
    expect(await axeViolations(page)).toEqual([])

    // The selected sentence would keep the comment buttons beside it, placed for the wide layout.
    await page.keyboard.press('ArrowRight')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('tab', { name: 'Leesbaar' }).scrollIntoViewIfNeeded()
    await expect.poll(() => section.locator('.readability-badge').isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await axeViolations(page)).toEqual([])

    // The English interface words the advice in English; the jargon and its alternative stay Dutch.
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await expect.poll(() => section.locator('.readability-badge').textContent()).toBe('Hard to read')
    expect(await term.locator('.readability-plain').textContent()).toContain('Plain Dutch:')
    await context.close()
  })
})
