import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../helpers/api.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'
import { openVersions, saveVersion, typeInOpgave } from './versionsPanel.ts'

describe.skipIf(SKIP_E2E)('accessibility', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('axe finds no violations on the admin page, the join page and the document page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()

    // Admin: the token moves from the URL into sessionStorage.
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    await page.getByRole('heading', { name: 'Bestaande documenten' }).waitFor()
    expect(page.url()).not.toContain('token')
    expect(await axeViolations(page)).toEqual([])

    // Create a regiovisie through the form; the invite links appear.
    const create = page.getByRole('region', { name: 'Nieuwe regiovisie uit sjabloon' })
    await create.getByLabel('Jeugdregio kiezen').selectOption('Lekstroom')
    await create.getByLabel('Titel', { exact: true }).fill('Regiovisie Jeugdhulp Lekstroom 2026–2029')
    await create.getByRole('button', { name: 'Regiovisie aanmaken' }).click()
    const editorLink = page.getByLabel('Uitnodigingslink redacteur', { exact: true })
    await editorLink.waitFor()
    expect(await axeViolations(page)).toEqual([])
    const joinUrl = await editorLink.inputValue()
    expect(joinUrl).toMatch(/\/join\//)

    // Join page.
    await page.goto(joinUrl)
    await page.getByLabel('Naam').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Naam').fill('Eva Toegankelijk')
    await page.getByLabel('Organisatie').fill('Gemeente Houten')
    // No default group: it must be chosen.
    await page.getByLabel('Belanghebbende groep').selectOption('gemeente')
    await page.getByRole('button', { name: 'Deelnemen' }).click()

    // Document page, with the toolbar of an editor and the checker panel.
    await page.locator('.tiptap h2[data-opgave="8"]').waitFor()
    await page.getByRole('toolbar').waitFor()
    await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved')
    expect(await axeViolations(page)).toEqual([])

    // The same in English.
    await page.getByRole('button', { name: 'Switch to English' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await axeViolations(page)).toEqual([])

    await context.close()
  })

  it('axe finds no violations with the comments sidebar, the participation overview and the participants dialog open', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    // A thread with a reply, so the sidebar shows comments, names and actions.
    const ouder = await createSession(server.url, doc.invites.commenter, 'Ouder Lopik', {
      organisation: 'Ouderplatform Lopik',
      group: 'ouders',
    })
    const thread = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ouder.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ anchor: { opgave: 3 }, body: 'Hoe lang wachten gezinnen nu?\nZie https://example.org' }),
    })
    expect(thread.status).toBe(201)

    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    await page.getByRole('tab', { name: /Reacties/ }).click()
    await page.locator('.comments-panel .thread').waitFor()
    // With a reply form and a new-thread form open.
    await page.locator('.thread').getByRole('button', { name: 'Antwoorden' }).click()
    await page.getByRole('button', { name: 'Reageren op een opgave' }).click()
    await page.locator('.new-thread').getByLabel('Over opgave').selectOption('5')
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('tab', { name: 'Inbreng' }).click()
    await page.locator('.participation-table tr[data-group="jongeren"]').waitFor()
    expect(await page.locator('.participation-silent-whole').textContent()).toContain('Jongeren')
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Deelnemers' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deelnemers' })
    await dialog.locator('tbody tr', { hasText: 'Ouder Lopik' }).waitFor()
    await dialog.getByRole('button', { name: 'Nieuwe link voor lezer' }).click()
    await dialog.getByLabel('Nieuwe uitnodigingslink lezer', { exact: true }).waitFor()
    await dialog.getByRole('button', { name: 'Toegang van Ouder Lopik intrekken' }).click()
    await dialog.getByRole('button', { name: 'Ja, intrekken' }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await page.getByRole('tab', { name: /Comments/ }).click()
    expect(await axeViolations(page)).toEqual([])

    await context.close()
  })

  it('axe finds no violations with the versions dialog (a diff, then a version) and the adoption view open', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    await typeInOpgave(page, 2, 'De regio koopt specialistische jeugdhulp samen in.')
    await saveVersion(page, 'Concept voor klankbordgroep', 'Zie https://example.org/verslag')
    await page.keyboard.press('Escape')
    await typeInOpgave(page, 2, ' Met meerjarige contracten.')
    const versions = await openVersions(page)
    await versions.getByRole('button', { name: 'Vergelijken met nu: Concept voor klankbordgroep' }).click()
    await versions.locator('.diff ins').first().waitFor()
    await versions.getByRole('button', { name: 'Herstellen: Concept voor klankbordgroep' }).click()
    expect(await axeViolations(page)).toEqual([])

    await versions.getByRole('button', { name: 'Bekijken: Concept voor klankbordgroep' }).click()
    await versions.locator('.versions-view .tiptap').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Vaststelling', exact: true }).click()
    const adoption = page.getByRole('dialog', { name: 'Vaststelling door de gemeenteraden' })
    await adoption.getByRole('button', { name: 'Bewerken: Houten' }).click()
    const form = adoption.getByRole('group', { name: 'Vaststelling in Houten' })
    await form.getByLabel('Route').selectOption('raadsbesluit')
    await form.getByLabel('Raadsvergadering').fill('2026-03-12')
    await form.getByLabel('Uitkomst').selectOption('adopted')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => adoption.locator('.adoption-rollup').textContent()).toBe('Vastgesteld door 1 van 5 raden')
    await adoption.getByRole('button', { name: 'Bewerken: Lopik' }).click()
    expect(await axeViolations(page)).toEqual([])

    // The same in English.
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await page.getByRole('button', { name: 'Adoption', exact: true }).click()
    await page.getByRole('dialog', { name: 'Adoption by the municipal councils' }).locator('.adoption-table').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Versions', exact: true }).click()
    const en = page.getByRole('dialog', { name: 'Versions' })
    await en.getByRole('button', { name: 'Compare with now: Concept voor klankbordgroep' }).click()
    await en.locator('.diff ins').first().waitFor()
    expect(await axeViolations(page)).toEqual([])

    await context.close()
  })
})
