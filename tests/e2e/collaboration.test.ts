import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, joinThroughPage, openAs, paragraphAfter } from './participants.ts'

describe.skipIf(SKIP_E2E)('collaborating in the browser', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken)
  })

  it('two editors type in the same document and each sees the other’s text', async () => {
    const contextA = await browser.newContext()
    const pageA = await contextA.newPage()
    await joinThroughPage(pageA, server.url, doc.invites.editor, {
      name: 'Anna de Vries',
      organisation: 'Gemeente Houten',
      group: 'gemeente',
    })
    const { context: contextB, page: pageB } = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Bram Jansen',
      organisation: 'Gemeente Lopik',
      group: 'gemeente',
    })

    await paragraphAfter(pageA, 'h2[data-section="inleiding"]').click()
    await pageA.keyboard.type('De regio telt vijf gemeenten.')
    await paragraphAfter(pageB, 'h2[data-section="visie"]').click()
    await pageB.keyboard.type('Thuis, tenzij.')

    await expect.poll(() => pageB.locator('.tiptap p', { hasText: 'De regio telt vijf gemeenten.' }).count()).toBe(1)
    await expect.poll(() => pageA.locator('.tiptap p', { hasText: 'Thuis, tenzij.' }).count()).toBe(1)
    // Both see each other in the presence list.
    await expect.poll(() => pageA.locator('.presence-list').textContent()).toContain('Bram Jansen')
    await expect.poll(() => pageB.locator('.presence-list').textContent()).toContain('Anna de Vries')

    await contextA.close()
    await contextB.close()
  })

  it('a viewer cannot type, and an editor never sees what the viewer tried', async () => {
    const viewer = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Raadslid Lopik',
      organisation: 'Griffie Lopik',
      group: 'anders',
    })
    const editor = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Carla Smit',
      organisation: 'Gemeente IJsselstein',
      group: 'gemeente',
    })

    await expect(viewer.page.locator('.tiptap').getAttribute('contenteditable')).resolves.toBe('false')
    expect(await viewer.page.getByRole('toolbar').count()).toBe(0)
    const before = await viewer.page.locator('.tiptap').innerHTML()
    await paragraphAfter(viewer.page, 'h2[data-opgave="4"]').click()
    await viewer.page.keyboard.type('Tekst van de lezer')
    await viewer.page.keyboard.press('Enter')
    expect(await viewer.page.locator('.tiptap p', { hasText: 'Tekst van de lezer' }).count()).toBe(0)
    expect(await viewer.page.locator('.tiptap').innerHTML()).toBe(before)

    // A later edit that reaches the viewer proves the editor's view is up to date.
    await paragraphAfter(editor.page, 'h2[data-opgave="5"]').click()
    await editor.page.keyboard.type('Samenwerking met de regio Utrecht Stad.')
    await expect
      .poll(() => viewer.page.locator('.tiptap p', { hasText: 'Samenwerking met de regio Utrecht Stad.' }).count())
      .toBe(1)
    expect(await editor.page.locator('.tiptap p', { hasText: 'Tekst van de lezer' }).count()).toBe(0)

    await viewer.context.close()
    await editor.context.close()
  })

  it('the save status reaches "Alles opgeslagen" after typing', async () => {
    const { context, page } = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const status = page.locator('.save-status')
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved')

    await paragraphAfter(page, 'h2[data-opgave="6"]').click()
    await page.keyboard.type('De regio kiest de outputgerichte uitvoeringsvariant.')
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved')
    expect(await status.textContent()).toContain('Alles opgeslagen')

    // The server stored it: a fresh participant loads the text from the server, not from this browser.
    const other = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Lezer',
      organisation: 'Griffie Houten',
      group: 'anders',
    })
    await expect
      .poll(() => other.page.locator('.tiptap p', { hasText: 'outputgerichte uitvoeringsvariant' }).count())
      .toBe(1)

    await other.context.close()
    await context.close()
  })
})
