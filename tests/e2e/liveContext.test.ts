import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, POLICY_OFFICER, PROJECT_LEADER } from './participants.ts'

/** What the checker knows beyond the text reaches every open checker at once, without a reload. */
describe.skipIf(SKIP_E2E)('live checker context', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('an adoption recorded by the owner and a switched rule set reach an editor who has the document open', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await openAs(browser, server.url, doc.invites.owner, PROJECT_LEADER)
    const editor = await openAs(browser, server.url, doc.invites.editor, POLICY_OFFICER)
    const ownerToken = await owner.page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').token as string,
      `regiovisie.session.${doc.id}`,
    )
    const registration = editor.page.locator('.checker .finding[data-code="opgave-1.vaststelling-raden-registratie"]')
    await expect.poll(() => registration.textContent()).toContain('0 van 5')

    // The owner records a council decision (as the adoption dialog does): the editor's checker counts it.
    const put = await fetch(`${server.url}/api/documents/${doc.id}/adoption/Houten`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'raadsbesluit', councilDate: '2026-03-12', outcome: 'adopted' }),
    })
    expect(put.status).toBe(200)
    await expect.poll(() => registration.textContent(), { timeout: 10_000 }).toContain('1 van 5')

    // The owner switches the rule set in the panel: the editor checks with it at once.
    await owner.page.locator('.checker').getByLabel('Regelset').selectOption('wet-2026')
    await expect.poll(() => editor.page.locator('.checker li[data-opgave]').count(), { timeout: 10_000 }).toBe(12)
    expect(await editor.page.locator('.checker .ruleset').textContent()).toContain('Wet verbetering beschikbaarheid')
  })

  it('the header shows the title as it is typed in the title block', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, PROJECT_LEADER)
    const heading = page.locator('.tiptap h1').first()
    await heading.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' 2027–2030')
    await expect.poll(() => page.locator('.doc-title').textContent()).toBe('Regiovisie Jeugdhulp Lekstroom 2027–2030')
    expect(await page.title()).toContain('2027–2030')
    await context.close()
  })
})
