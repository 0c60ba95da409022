import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { api, createSession } from '../helpers/api.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

const PHONE = { width: 390, height: 844 }
const LINK_LABELS = [
  'Uitnodigingslink lezer',
  'Uitnodigingslink reageerder',
  'Uitnodigingslink redacteur',
  'Uitnodigingslink projectleider',
]

/** The labels of a dialog's copy fields, in order, and the sentence under each. */
async function linkFields(dialog: ReturnType<Page['getByRole']>) {
  const fields = dialog.locator('.copy-field')
  const labels = await fields.locator('label').allTextContents()
  const hints = await fields.locator('.copy-field-hint').allTextContents()
  return { labels, hints }
}

/** Issue 10, "Getting people in", "The command line" (elsewhere) and "Dutch texts", in Chromium. */
describe.skipIf(SKIP_E2E)('a region’s first week: getting people in', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(() => {
    ;({ server, browser } = env)
  })

  it('the admin finds a document’s invite links again in the list (title, region, created, last edited)', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    const row = page.locator('.document-list tbody tr', { hasText: 'Regiovisie Jeugdhulp Lekstroom' }).first()
    await row.waitFor()
    expect(await page.locator('.document-list thead th').allTextContents()).toEqual([
      'Titel',
      'Regio',
      'Aangemaakt',
      'Laatst bewerkt',
      'Uitnodigingslinks',
    ])
    expect(await row.textContent()).toContain('nog niet bewerkt')
    await row.getByRole('button', { name: /Uitnodigingslinks van .* tonen/ }).click()
    const dialog = page.getByRole('dialog', { name: /Uitnodigingslinks: / })
    await dialog.locator('.copy-field').first().waitFor()
    const { labels, hints } = await linkFields(dialog)
    expect(labels).toEqual(LINK_LABELS)
    expect(hints[0]).toBe('Kan lezen, en downloaden als de projectleider dat toestaat.')
    const viewerLink = await dialog.getByRole('textbox', { name: 'Uitnodigingslink lezer' }).inputValue()
    expect(viewerLink).toBe(`${server.url}/join/${doc.invites.viewer}`)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize(PHONE)
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    // "Token vergeten" is now "Afmelden".
    await page.getByRole('button', { name: 'Afmelden' }).click()
    await page.getByLabel('Beheerderstoken').waitFor()
    await context.close()
  })

  it('the owner’s "Delen" lists the links least privileged first, with what each role may do, copy and renew', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Marieke de Vries',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    await page.getByRole('button', { name: 'Delen' }).click()
    const dialog = page.getByRole('dialog', { name: 'Uitnodigingslinks' })
    const { labels, hints } = await linkFields(dialog)
    expect(labels).toEqual(LINK_LABELS)
    expect(hints).toEqual([
      'Kan lezen, en downloaden als de projectleider dat toestaat.',
      'Kan reageren en voorstellen doen.',
      'Kan schrijven.',
      'Kan alles, ook deelnemers beheren en de vaststelling bijhouden.',
    ])
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Uitnodigingslink reageerder vernieuwen' }).click()
    await dialog.getByRole('button', { name: 'Ja, vernieuwen' }).click()
    await dialog.getByText('De link voor reageerder is vernieuwd.').waitFor()
    const renewed = await dialog.getByRole('textbox', { name: 'Uitnodigingslink reageerder' }).inputValue()
    expect(renewed).not.toContain(doc.invites.commenter)
    expect((await api(server.url, 'GET', `/api/invites/${doc.invites.commenter}`)).status).toBe(401)
    expect((await api(server.url, 'GET', `/api/invites/${renewed.split('/join/')[1]}`)).status).toBe(200)
    await page.setViewportSize(PHONE)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('joining: the role is explained, the group must be chosen, and the personal link signs the same person in elsewhere', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const laptop = await browser.newContext({ viewport: PHONE })
    const page = await laptop.newPage()
    await page.goto(`${server.url}/join/${doc.invites.commenter}`)
    await page.getByText('Als reageerder: kan reageren en voorstellen doen.').waitFor()
    await page
      .getByText(/persoonlijke link/)
      .first()
      .waitFor()
    const group = page.getByLabel('Belanghebbende groep')
    expect(await group.inputValue()).toBe('')
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Naam').fill('Fatima El Amrani')
    await page.getByLabel('Organisatie').fill('Ouderplatform Lekstroom')
    await page.getByRole('button', { name: 'Deelnemen' }).click()
    // Not sent: the browser asks for the group first.
    expect(await group.evaluate((el) => (el as HTMLSelectElement).validity.valueMissing)).toBe(true)
    expect(page.url()).toContain('/join/')
    await group.selectOption('ouders')
    await page.getByRole('button', { name: 'Deelnemen' }).click()
    await page.waitForURL(/\/d\//)
    await page.locator('.tiptap h2[data-opgave="1"]').waitFor()

    const welcome = page.locator('.personal-link-welcome')
    await welcome.getByText('Welkom, Fatima El Amrani.').waitFor()
    const personal = await welcome.getByRole('textbox', { name: 'Persoonlijke link' }).inputValue()
    expect(personal).toMatch(new RegExp(`^${server.url}/me/`))
    expect(await welcome.getByRole('link', { name: 'Mail naar mezelf' }).getAttribute('href')).toContain('mailto:')
    expect(await axeViolations(page)).toEqual([])
    await welcome.getByRole('button', { name: 'Sluiten' }).click()
    await page.getByRole('button', { name: 'Mijn link' }).click()
    const dialog = page.getByRole('dialog', { name: 'Jouw persoonlijke link' })
    expect(await dialog.getByRole('textbox', { name: 'Persoonlijke link' }).inputValue()).toBe(personal)
    expect(await axeViolations(page)).toEqual([])

    // Another device: the personal link, not the invite again.
    const phone = await browser.newContext()
    const other = await phone.newPage()
    await other.goto(personal)
    await other.waitForURL(/\/d\//)
    await other.locator('.tiptap h2[data-opgave="1"]').waitFor()
    const owner = await createSession(server.url, doc.invites.owner, 'Projectleider')
    const people = await api<{ participants: Array<{ name: string }> }>(
      server.url,
      'GET',
      `/api/documents/${doc.id}/participants`,
      { token: owner.token },
    )
    expect(people.json.participants.filter((p) => p.name === 'Fatima El Amrani')).toHaveLength(1)
    // The start page of that device lists the document by its title.
    await other.goto(`${server.url}/`)
    await other.getByRole('link', { name: 'Regiovisie Jeugdhulp Lekstroom' }).waitFor()
    await laptop.close()
    await phone.close()
  })

  it('an unknown document says it does not exist; one not joined says how to sign in', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/d/bestaat-echt-niet`)
    await page.getByText('Dit document bestaat niet (meer).').waitFor()
    await page.goto(`${server.url}/d/${doc.id}`)
    await page.getByText(/nog niet aangemeld voor dit document/).waitFor()
    await context.close()
  })

  it('Dutch texts: lang="nl", and file and date fields read Dutch in an English browser', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
    const file = page.locator('form', { has: page.getByRole('button', { name: 'Bestand kiezen' }) })
    await file.getByText('Geen bestand gekozen').waitFor()
    // The browser's own control (which speaks the browser's language) is hidden; our button stands in.
    expect(
      await page.locator('input[type="file"]').evaluate((el) => el.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(1)
    await file.getByLabel('Bestand').setInputFiles({
      name: 'visie.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Visie\n'),
    })
    await file.getByText('visie.md').waitFor()
    expect(await page.getByText(/Laat je dit leeg, dan wordt de eerste kop/).count()).toBe(1)
    expect(await page.locator('input[type="date"]').count()).toBe(0)
    await context.close()

    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Marieke de Vries',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const p = owner.page
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('nl')
    await p.getByRole('tab', { name: 'Inbreng' }).waitFor()
    // "Inbreng", not "Deelname" next to "Deelnemers".
    expect(await p.locator('body').textContent()).not.toMatch(/deelname/i)

    // An organisation with brackets of its own gets no brackets around it; the log speaks of reacties, not "draad".
    const councillor = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        invite: doc.invites.viewer,
        name: 'Raadslid Jansen',
        organisation: 'Gemeenteraad Katwijk (raadslid)',
      }),
    })
    expect(councillor.status).toBe(201)
    const thread = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${JSON.parse((await p.evaluate((id) => localStorage.getItem(`regiovisie.session.${id}`), doc.id)) ?? '{}').token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ anchor: { opgave: 2 }, body: 'Graag een voorbeeld.' }),
    })
    expect(thread.status).toBe(201)
    await p.getByRole('button', { name: 'Deelnemers' }).click()
    const people = p.getByRole('dialog', { name: 'Deelnemers' })
    const log = people.locator('.activity-log')
    await log.locator('li', { hasText: 'Raadslid Jansen' }).waitFor()
    expect(await log.locator('li', { hasText: 'Raadslid Jansen' }).locator('.activity-actor').textContent()).toBe(
      'Raadslid Jansen, Gemeenteraad Katwijk (raadslid)',
    )
    await log.locator('li', { hasText: 'plaatste een reactie bij opgave 2' }).waitFor()
    const logText = (await log.textContent()) ?? ''
    expect(logText).not.toContain('draad')
    expect(logText).not.toContain('))')
    expect(await people.textContent()).not.toMatch(/deelname/i)
    await people.getByRole('button', { name: 'Sluiten' }).click()
    await p.getByRole('button', { name: 'Vaststelling' }).click()
    const adoption = p.getByRole('dialog', { name: /Vaststelling/ })
    const edit = adoption.getByRole('button', { name: /Bewerken: / }).first()
    await edit.click()
    const council = adoption.getByLabel('Raadsvergadering')
    expect(await council.getAttribute('type')).toBe('text')
    expect(await council.getAttribute('placeholder')).toBe('dd-mm-jjjj')
    await adoption.getByText('Als dag-maand-jaar, bijvoorbeeld 12-03-2026.').first().waitFor()
    await council.fill('31-02-2026')
    await adoption.getByRole('button', { name: 'Opslaan' }).click()
    await adoption.getByText(/Raadsvergadering: vul een datum in als dag-maand-jaar/).waitFor()
    expect(await axeViolations(p)).toEqual([])
    await council.fill('12-3-2026')
    await adoption.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => adoption.getByLabel('Raadsvergadering').count()).toBe(0)
    await edit.click()
    expect(await adoption.getByLabel('Raadsvergadering').inputValue()).toBe('12-03-2026')
    await owner.context.close()
  })
})
