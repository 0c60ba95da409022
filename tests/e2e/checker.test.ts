import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'
import { typeInOpgave } from './versionsPanel.ts'

/** Names the functions and how each is secured: enough for opgave 2 to be addressed. */
const OPGAVE_2 =
  'Regionaal kopen wij crisishulp, pleegzorg, gezinshuizen, residentiële jeugdhulp, specialistische jeugd-ggz en jeugdbescherming in. Lokaal organiseert elke gemeente de wijkteams, opvoedondersteuning en lichte ambulante hulp. Zo blijft de hulp dichtbij en is de specialistische hulp voor alle kinderen in de regio bereikbaar. Met de crisisaanbieder is afgesproken dat er altijd vier crisisbedden vrij zijn. Voor pleegzorg en gezinshuizen sluiten wij meerjarige contracten met een omzetgarantie. Dreigt een aanbieder om te vallen, dan treedt het overnameprotocol in werking.'

describe.skipIf(SKIP_E2E)('the checker panel', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('turns opgave 2 "Uitgewerkt" with quoted evidence, and a click on a quote selects it in the text', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Dirk Beleid',
      organisation: 'Gemeente Nieuwegein',
      group: 'gemeente',
    })
    const opgave2 = page.locator('.checker li[data-opgave="2"]')
    await expect.poll(() => opgave2.locator('.badge').textContent()).toBe('Ontbreekt')
    await expect
      .poll(() => page.locator('.checker-summary').textContent())
      .toBe('0 van 8 uitgewerkt; nog open: 1, 2, 3, 4, 5, 6, 7, 8')
    // A missing opgave lists what to add, nothing found.
    expect(await opgave2.locator('.findings-todo .finding').count()).toBeGreaterThan(0)
    expect(await opgave2.locator('.findings-found').count()).toBe(0)

    await typeInOpgave(page, 2, OPGAVE_2)

    await expect.poll(() => opgave2.locator('.badge').textContent()).toBe('Uitgewerkt')
    await expect
      .poll(() => page.locator('.checker-summary').textContent())
      .toBe('1 van 8 uitgewerkt; nog open: 1, 3, 4, 5, 6, 7, 8')
    expect(await page.locator('.checker li[data-opgave="3"] .badge').textContent()).not.toBe('Uitgewerkt')

    const found = opgave2.locator('.findings-found .finding[data-code="opgave-2.functies"]')
    // Under the heading "Gevonden" an item does not say "Gevonden:" again, and tips stand apart.
    expect(await found.locator('.finding-message').textContent()).toBe('Welke functies de regio beschikbaar houdt.')
    expect(await page.locator('.findings-found .finding-message', { hasText: /^Tip/ }).count()).toBe(0)
    expect(
      await page
        .locator('.checker li[data-opgave="7"] .findings-tips .finding[data-code="opgave-7.inkoopmodel"]')
        .count(),
    ).toBe(1)
    await found.getByRole('button', { name: /vindplaats/ }).click()
    const quote = found.locator('.evidence-quote').first()
    expect(await quote.textContent()).toContain('crisishulp, pleegzorg')
    expect(await found.locator('.evidence-section').first().textContent()).toContain('Opgave 2.')
    expect(await axeViolations(page)).toEqual([])

    await page.evaluate(() => window.getSelection()?.removeAllRanges())
    await quote.click()
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
      .toContain('Regionaal kopen wij crisishulp')

    // The finding's message selects its first piece of evidence too.
    const borging = opgave2.locator('.finding[data-code="opgave-2.borging"] .finding-message')
    await borging.click()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('crisisbedden')

    // Clicking an opgave moves the cursor to its first writing line, under the heading and guidance.
    await page.locator('.checker li[data-opgave="7"] .opgave-button').click()
    await expect
      .poll(() =>
        page.evaluate(() => {
          const node = window.getSelection()?.anchorNode
          const el = node instanceof Element ? node : node?.parentElement
          const block = el?.closest('.tiptap > *')
          return block?.matches('h2[data-opgave="7"] + aside.guidance + p') ?? false
        }),
      )
      .toBe(true)

    await context.close()
  })

  it('a viewer selects evidence in the read-only text', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const writer = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Dirk Beleid',
      organisation: 'Gemeente Nieuwegein',
      group: 'gemeente',
    })
    await typeInOpgave(writer.page, 2, OPGAVE_2)
    await writer.context.close()

    const { context, page } = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Vera Lezer',
      organisation: 'Raad Houten',
      group: 'gemeente',
    })
    await page.getByRole('tab', { name: 'Toets' }).click()
    const found = page.locator('.checker li[data-opgave="2"] .finding[data-code="opgave-2.borging"]')
    await found.getByRole('button', { name: /vindplaats/ }).click()
    await found.locator('.evidence-quote', { hasText: 'overnameprotocol' }).click()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('overnameprotocol')
    await context.close()
  })

  it('in the English interface shows English findings and titles; the quotes stay the document’s Dutch', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Dirk Beleid',
      organisation: 'Gemeente Nieuwegein',
      group: 'gemeente',
    })
    const opgave2 = page.locator('.checker li[data-opgave="2"]')
    await expect.poll(() => opgave2.locator('.badge').textContent()).toBe('Ontbreekt')
    await page.getByRole('button', { name: 'Switch to English' }).click()

    await expect.poll(() => opgave2.locator('.badge').textContent()).toBe('Missing')
    const title = opgave2.locator('.opgave-title')
    expect(await title.textContent()).toBe('Availability and continuity of (specialised) youth care functions')
    expect(await title.getAttribute('lang')).toBe('en')
    const todo = opgave2.locator('.finding[data-code="opgave-2.functies"] .finding-message')
    expect(await todo.textContent()).toMatch(/^Not found yet: which functions the region keeps available\. Name the/)
    expect(await todo.getAttribute('lang')).toBe('en')

    await typeInOpgave(page, 2, OPGAVE_2)
    await expect.poll(() => opgave2.locator('.badge').textContent()).toBe('Addressed')
    const found = opgave2.locator('.findings-found .finding[data-code="opgave-2.functies"]')
    expect(await found.locator('.finding-message').textContent()).toBe('Which functions the region keeps available.')
    await found.getByRole('button', { name: /where it was found/ }).click()
    const quote = found.locator('.evidence-quote q').first()
    expect(await quote.textContent()).toContain('crisishulp, pleegzorg')
    expect(await quote.getAttribute('lang')).toBe('nl')
    expect(await axeViolations(page)).toEqual([])

    // Back to Dutch: the report's own words.
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click()
    await expect
      .poll(() => found.locator('.finding-message').textContent())
      .toBe('Welke functies de regio beschikbaar houdt.')
    await context.close()
  })
})
