import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

describe.skipIf(SKIP_E2E)('the rule set of a document', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('the owner switches to wet-2026 and opgaven 9–12 appear; an editor sees the name, not a select', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const editor = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Dirk Beleid',
      organisation: 'Gemeente Nieuwegein',
      group: 'gemeente',
    })
    const page = owner.page
    const select = page.locator('.checker').getByLabel('Regelset')
    expect(await select.inputValue()).toBe('nvo-2020')
    // The select fits the side panel.
    const [selectRight, panelRight] = await page.evaluate(() => [
      document.querySelector('.ruleset select')?.getBoundingClientRect().right ?? 0,
      document.querySelector('.side-panel')?.getBoundingClientRect().right ?? 0,
    ])
    expect(selectRight).toBeLessThanOrEqual(panelRight)
    expect(await page.locator('.checker li[data-opgave]').count()).toBe(8)

    await select.selectOption('wet-2026')
    await expect.poll(() => page.locator('.checker li[data-opgave]').count()).toBe(12)
    for (const n of [9, 10, 11, 12]) expect(await page.locator(`.checker li[data-opgave="${n}"]`).count()).toBe(1)
    await expect
      .poll(() => page.locator('.checker-summary').textContent())
      .toBe('0 van 12 uitgewerkt; nog open: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12')

    // The participation overview follows the rule set: a section for each of opgave 1–12.
    await page.getByRole('tab', { name: 'Inbreng' }).click()
    await expect.poll(() => page.locator('.participation-section[data-opgave="12"]').count()).toBe(1)
    expect(await page.locator('.participation-section[data-opgave="9"]').textContent()).toContain('Opgave 9')
    await page.getByRole('tab', { name: 'Toets' }).click()

    // The draft BW/MO rule set is marked as such, in the list and in the report.
    await select.selectOption('bw-mo')
    await page.locator('.checker .ruleset .badge-concept', { hasText: 'concept' }).waitFor()
    await page.locator('.document-findings .finding[data-code="document.regelset-concept"]').waitFor()
    await select.selectOption('wet-2026')
    await expect.poll(() => page.locator('.checker li[data-opgave]').count()).toBe(12)

    // The editor has no select, and its open checker follows the switch at once (no reload).
    const other = editor.page
    expect(await other.locator('.checker').getByLabel('Regelset').count()).toBe(0)
    await expect
      .poll(() => other.locator('.checker .ruleset').textContent())
      .toContain('Wet verbetering beschikbaarheid jeugdzorg')
    // The list follows the name (a new check report), not necessarily in the same frame.
    await expect.poll(() => other.locator('.checker li[data-opgave]').count()).toBe(12)

    // The server refuses the switch to anyone but the owner.
    const session = await other.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').token as string,
      `regiovisie.session.${doc.id}`,
    )
    const refused = await fetch(`${server.url}/api/documents/${doc.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ruleset: 'nvo-2020' }),
    })
    expect(refused.status).toBe(403)

    await owner.context.close()
    await editor.context.close()
  })
})
