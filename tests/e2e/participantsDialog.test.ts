import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../helpers/api.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

/** Issue 8, rows 4 and 10 in the interface: the owner confirms groups, and revoking renews the link. */
describe.skipIf(SKIP_E2E)('the owner decides groups and revocation means out', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(() => {
    ;({ server, browser } = env)
  })

  it('a comment shows the role and an unconfirmed group; the owner confirms the group, then revokes and gets a new link', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    // Someone uses the commenter link with the project leader's name.
    const poser = await createSession(server.url, doc.invites.commenter, 'Petra Projectleider', {
      organisation: 'Jongerenraad Lopik',
      group: 'jongeren',
    })
    const posted = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${poser.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ anchor: { opgave: 3 }, body: 'Akkoord namens de jongeren.' }),
    })
    expect(posted.status).toBe(201)

    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    await page.getByRole('tab', { name: /Reacties/ }).click()
    const comment = page.locator('.comments-panel .comment', { hasText: 'Akkoord namens de jongeren.' })
    await comment.waitFor()
    expect(await comment.locator('.comment-role').textContent()).toBe('reageerder')
    expect(await comment.locator('.comment-group').textContent()).toBe('Jongeren')
    expect(await comment.locator('.comment-unconfirmed').textContent()).toBe('groep niet bevestigd')

    await page.getByRole('button', { name: 'Deelnemers' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deelnemers' })
    const row = dialog.locator('tbody tr', { hasText: 'Jongerenraad Lopik' })
    await row.waitFor()
    expect(await row.locator('.group-status').textContent()).toBe('niet bevestigd')
    await row.getByRole('button', { name: 'Groep van Petra Projectleider bevestigen' }).click()
    await expect.poll(() => row.locator('.group-status').textContent()).toBe('bevestigd')
    expect(await axeViolations(page)).toEqual([])

    await row.getByRole('button', { name: 'Toegang van Petra Projectleider intrekken' }).click()
    await row.getByRole('button', { name: 'Ja, intrekken' }).click()
    const notice = dialog.getByRole('status').filter({ hasText: 'is vernieuwd' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      'De uitnodigingslink voor deze rol (reageerder) is vernieuwd: met de oude link kan niemand meer deelnemen.',
    )
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')

    // "Delen" shows the link that works now, not the old one.
    await page.getByRole('button', { name: 'Delen' }).click()
    const share = page.getByRole('dialog', { name: 'Uitnodigingslinks' })
    const field = share.getByLabel('Uitnodigingslink reageerder', { exact: true })
    const link = await field.inputValue()
    expect(link).not.toContain(encodeURIComponent(doc.invites.commenter))
    const invite = decodeURIComponent(link.split('/join/')[1] ?? '')
    expect((await createSession(server.url, invite, 'Nieuwe reageerder')).role).toBe('commenter')
    const old = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: doc.invites.commenter, name: 'Opnieuw', organisation: 'x' }),
    })
    expect(old.status).toBe(401)
    await context.close()
  })
})
