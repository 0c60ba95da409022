import { readFileSync } from 'node:fs'
import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'
import { mainEditor, openVersions, saveVersion, typeInOpgave } from './versionsPanel.ts'

const EDITOR = { name: 'Eva Redacteur', organisation: 'Gemeente Houten', group: 'gemeente' } as const
const FIRST = 'De wijkteams verwijzen binnen twee weken door.'
const LATER = 'Pleegzorg krijgt een regionaal expertisecentrum.'

describe.skipIf(SKIP_E2E)('named versions and export', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken)
  })

  it('an editor saves a version, types more, and sees the new text marked as inserted when comparing with now', async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    await typeInOpgave(page, 3, FIRST)
    await saveVersion(page, 'Concept voor klankbordgroep', 'Na de sessie van maart')
    const dialog = page.getByRole('dialog', { name: 'Versies' })
    const item = dialog.locator('.version', { hasText: 'Concept voor klankbordgroep' })
    expect(await item.locator('.version-meta').textContent()).toContain('Eva Redacteur, Gemeente Houten')
    expect(await item.locator('.version-note').textContent()).toBe('Na de sessie van maart')
    await page.keyboard.press('Escape')

    await typeInOpgave(page, 3, ` ${LATER}`)
    await openVersions(page)
    await dialog.getByRole('button', { name: 'Vergelijken met nu: Concept voor klankbordgroep' }).click()
    const view = dialog.locator('.versions-view')
    await view.getByRole('heading', { name: '„Concept voor klankbordgroep” vergeleken met nu' }).waitFor()
    // Focus moves to what was opened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('version-view-title')
    const inserted = view.locator('.diff ins')
    const squash = (texts: string[]) => texts.map((x) => x.replace(/\s+/g, ' ').trim())
    await expect.poll(async () => squash(await inserted.allTextContents())).toEqual([`ingevoegd: ${LATER}`])
    // The label is there for screen readers, not for the eye.
    expect((await inserted.locator('.visually-hidden').textContent())?.trim()).toBe('ingevoegd:')
    expect(await view.locator('.diff del').count()).toBe(0)
    expect(await view.locator('.diff').textContent()).toContain(FIRST)
    expect(await view.locator('.diff-summary').textContent()).toBe('5 woorden ingevoegd, 0 woorden verwijderd')

    // Read-only view of the version: its own text, not what came later.
    await dialog.getByRole('button', { name: 'Bekijken: Concept voor klankbordgroep' }).click()
    const preview = view.locator('.tiptap')
    await expect.poll(() => preview.textContent()).toContain(FIRST)
    expect(await preview.textContent()).not.toContain(LATER)
    expect(await preview.getAttribute('contenteditable')).toBe('false')

    // Two versions compared through the form.
    await page.keyboard.press('Escape')
    await saveVersion(page, 'Versie ter vaststelling')
    // Newest first: the concept is the second version, and the second choice after "Nu".
    await dialog.getByLabel('Versie', { exact: true }).selectOption({ index: 1 })
    await dialog.getByLabel('Vergelijken met', { exact: true }).selectOption({ index: 1 })
    await dialog.getByRole('button', { name: 'Vergelijken', exact: true }).click()
    await view
      .getByRole('heading', { name: '„Concept voor klankbordgroep” vergeleken met „Versie ter vaststelling”' })
      .waitFor()
    expect((await view.locator('.diff ins').allTextContents()).join(' ')).toContain('expertisecentrum')
    await context.close()
  })

  it('an editor restores a version after confirming: the text goes back live and a backup version is listed', async () => {
    const fresh = await createDocument(server.url, server.adminToken)
    const editor = await openAs(browser, server.url, fresh.invites.editor, EDITOR)
    const reader = await openAs(browser, server.url, fresh.invites.viewer, {
      name: 'Lars Lezer',
      organisation: 'Gemeente Lopik',
      group: 'gemeente',
    })
    const page = editor.page
    await typeInOpgave(page, 4, FIRST)
    await saveVersion(page, 'Eerste opzet')
    await page.keyboard.press('Escape')
    await typeInOpgave(page, 4, ` ${LATER}`)
    await expect.poll(() => mainEditor(reader.page).textContent()).toContain(LATER)

    const dialog = await openVersions(page)
    await dialog.getByRole('button', { name: 'Herstellen: Eerste opzet' }).click()
    expect(await dialog.locator('.confirm-question').textContent()).toContain(
      'De huidige tekst wordt eerst als versie bewaard',
    )
    await dialog.getByRole('button', { name: 'Ja, herstellen' }).click()
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'is hersteld' }).textContent())
      .toBe(
        '„Eerste opzet” is hersteld. De tekst van daarvoor is bewaard als versie „Vóór herstel van ‘Eerste opzet’”.',
      )
    await dialog.locator('.version', { hasText: 'Vóór herstel van' }).waitFor()
    // Both the editor and a reader get the old text without reloading.
    await expect.poll(() => mainEditor(reader.page).textContent()).not.toContain(LATER)
    await expect.poll(() => mainEditor(page).textContent()).not.toContain(LATER)
    expect(await mainEditor(page).textContent()).toContain(FIRST)

    // The reader may look but not save, restore or export.
    const readerDialog = await openVersions(reader.page)
    await readerDialog.getByRole('button', { name: 'Bekijken: Eerste opzet' }).waitFor()
    expect(await readerDialog.getByLabel('Naam van de versie').count()).toBe(0)
    expect(await readerDialog.getByRole('button', { name: /Herstellen/ }).count()).toBe(0)
    expect(await readerDialog.getByRole('button', { name: 'DOCX' }).count()).toBe(0)
    await editor.context.close()
    await reader.context.close()
  })

  it('an editor downloads the DOCX of the current text; the token never appears in a URL', async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    const session = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { token?: string },
      `regiovisie.session.${doc.id}`,
    )
    expect(session.token).toBeTruthy()
    const urls: string[] = []
    page.on('request', (request) => urls.push(request.url()))

    const dialog = await openVersions(page)
    const current = dialog.getByRole('group', { name: 'Huidige tekst exporteren' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      current.getByRole('button', { name: 'DOCX' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const path = await download.path()
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK')
    await expect.poll(() => dialog.locator('.export-status').first().textContent()).toMatch(/^Gedownload: .+\.docx$/)
    expect(urls.some((u) => u.includes('/export?format=docx'))).toBe(true)
    expect(urls.filter((u) => u.includes(session.token as string))).toEqual([])
    await context.close()
  })

  it("shows progress while exporting and the server's message when the export fails", async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    // Only the answer is replaced, to see how the interface reports a failed render (503 export_failed).
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route('**/export?format=pdf*', async (route) => {
      await held
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'export_failed', message: 'De PDF kon niet worden gemaakt.' } }),
      })
    })
    const dialog = await openVersions(page)
    const current = dialog.getByRole('group', { name: 'Huidige tekst exporteren' })
    await current.getByRole('button', { name: 'PDF' }).click()
    await expect.poll(() => dialog.locator('.export-status').first().textContent()).toBe('Bezig met exporteren…')
    expect(await current.getByRole('button', { name: 'DOCX' }).isDisabled()).toBe(true)
    release()
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Het exporteren is mislukt: De PDF kon niet worden gemaakt. Probeer het over een paar minuten opnieuw.')
    expect(await current.getByRole('button', { name: 'DOCX' }).isDisabled()).toBe(false)
    await context.close()
  })
})
