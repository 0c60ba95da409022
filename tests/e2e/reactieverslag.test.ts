import { execFileSync } from 'node:child_process'
import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, PROJECT_LEADER } from './participants.ts'

const PARENT = { name: 'Sanne Verborgen', organisation: 'Ouderpanel Zuid', group: 'ouders' } as const

describe.skipIf(SKIP_E2E)('the reactieverslag in the export', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Lekstroom', 'wet-2026')
  })

  it('a parent joins unnamed; the owner marks her thread public and the PDF quotes it under her group', async () => {
    // The join page asks a parent whether her name may stand with her reactions (off by default).
    const joining = await browser.newContext()
    const join = await joining.newPage()
    await join.goto(`${server.url}/join/${doc.invites.commenter}`)
    await join.getByLabel('Naam').fill(PARENT.name)
    await join.getByLabel('Organisatie').fill(PARENT.organisation)
    await join.getByLabel('Belanghebbende groep').selectOption(PARENT.group)
    const named = join.getByRole('checkbox', { name: 'Mijn naam mag bij mijn reacties staan' })
    expect(await named.isChecked()).toBe(false)
    expect(await axeViolations(join)).toEqual([])
    await join.getByRole('button', { name: 'Deelnemen' }).click()
    await join.waitForURL(/\/d\//)
    const token = await join.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const value = localStorage.getItem(localStorage.key(i) ?? '') ?? ''
        if (value.includes('"token"')) return (JSON.parse(value) as { token: string }).token
      }
      return null
    })
    expect(token).toBeTruthy()
    const posted = await fetch(`${server.url}/api/documents/${doc.id}/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ anchor: { opgave: 9 }, body: 'Ouders willen sneller weten waar zij aan toe zijn.' }),
    })
    expect(posted.status).toBe(201)
    await joining.close()

    const { context, page } = await openAs(browser, server.url, doc.invites.owner, PROJECT_LEADER)
    await page.getByRole('tab', { name: /Reacties/ }).click()
    const card = page.locator('.thread', { hasText: 'sneller weten' })
    await card.waitFor()
    const toggle = card.getByRole('checkbox', { name: 'Openbaar in het reactieverslag' })
    expect(await toggle.isChecked()).toBe(false)
    // The checkbox shows the server's state: it turns on once the PUT is answered (check() would
    // expect the change at the click itself).
    await toggle.click()
    await expect.poll(() => toggle.isChecked(), { timeout: 15_000 }).toBe(true)
    expect(await axeViolations(page)).toEqual([])

    await page.locator('.doc-header').getByRole('button', { name: 'Downloaden' }).click()
    const dialog = page.getByRole('dialog', { name: 'Downloaden' })
    await dialog.waitFor()
    const formats = dialog.getByRole('group', { name: 'Huidige tekst downloaden als' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      formats.getByRole('button', { name: 'PDF' }).click(),
    ])
    const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Reactieverslag: wat er met de inbreng is gedaan')
    expect(text).toContain('Een ouder')
    expect(text).toContain('Ouders willen sneller weten waar zij aan toe zijn.')
    expect(text).toContain('Nog geen reactie van het schrijfteam')
    expect(text).not.toContain('Sanne')
    await context.close()
  })
})
