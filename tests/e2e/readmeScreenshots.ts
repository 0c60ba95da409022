/**
 * Retakes the README's screenshots (docs/screenshot.png at 1280 × 800, docs/screenshot-phone.png at
 * 390 × 844) with a real server and Chromium: `pnpm build`, then `npx tsx tests/e2e/readmeScreenshots.ts`.
 * Not a test: look at the images before committing them.
 */
import { fileURLToPath } from 'node:url'
import { startServer } from '../helpers/startServer.ts'
import { launchBrowser } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'
import { selectText } from './selectText.ts'

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url))
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const server = await startServer()
const browser = await launchBrowser()
try {
  const doc = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Lekstroom 2026–2029')
  const owner = await openAs(
    browser,
    server.url,
    doc.invites.owner,
    { name: 'Marieke de Vries', organisation: 'Regio Lekstroom', group: 'gemeente' },
    DESKTOP,
  )
  const editor = await openAs(
    browser,
    server.url,
    doc.invites.editor,
    { name: 'Erik Rutten', organisation: 'Gemeente Houten', group: 'gemeente' },
    DESKTOP,
  )
  const ouder = await openAs(
    browser,
    server.url,
    doc.invites.commenter,
    { name: 'Olga Ouder', organisation: 'Ouderplatform Lekstroom', group: 'ouders' },
    DESKTOP,
  )
  const p = owner.page
  await paragraphAfter(p, 'h2[data-opgave="1"]').click()
  await p.keyboard.type(
    'De vijf gemeenteraden van de regio Lekstroom stellen deze visie vast. Jongeren, ouders, aanbieders en het Veilig Thuis hebben in drie bijeenkomsten meegeschreven.',
  )
  await paragraphAfter(p, 'h2[data-opgave="2"]').click()
  await p.keyboard.type(
    'Regionaal kopen wij crisishulp, pleegzorg, gezinshuizen en residentiële jeugdhulp in. Met de crisisaanbieder is afgesproken dat er altijd vier crisisbedden vrij zijn.',
  )
  await paragraphAfter(editor.page, 'h2[data-opgave="3"]').click()
  await editor.page.keyboard.type('De wijkteams verwijzen binnen twee weken door.')
  const o = ouder.page
  await o.locator('.tiptap p', { hasText: 'crisisbedden' }).waitFor()
  await selectText(o, 'vier crisisbedden')
  await o.getByRole('button', { name: 'Reageren', exact: true }).click()
  await o.locator('.new-thread').getByLabel('Je reactie').fill('Zijn vier bedden genoeg voor de hele regio?')
  await o.locator('.new-thread').getByRole('button', { name: 'Plaatsen' }).click()
  await p.locator('.comments-margin .thread').waitFor()
  // Out of the text, so no focus ring; scrolled so opgave 2 and its comment are in view.
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await p.locator('.tiptap p', { hasText: 'crisisbedden' }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await p.evaluate(() => window.scrollBy(0, -300))
  await p.mouse.move(300, 600)
  await p.waitForTimeout(800)
  await p.screenshot({ path: `${DOCS}screenshot.png` })

  const phone = await openAs(
    browser,
    server.url,
    doc.invites.editor,
    { name: 'Anna de Vries', organisation: 'Gemeente Nieuwegein', group: 'gemeente' },
    PHONE,
  )
  await phone.page.locator('.tiptap p', { hasText: 'crisisbedden' }).waitFor()
  await phone.page.locator('.tiptap h2[data-opgave="2"]').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await phone.page.evaluate(() => window.scrollBy(0, -40))
  await phone.page.waitForTimeout(800)
  await phone.page.screenshot({ path: `${DOCS}screenshot-phone.png` })
} finally {
  await browser.close()
  await server.close()
}
