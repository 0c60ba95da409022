import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import { FRAGMENT_NAME } from '@regiovisie/shared/schema'
import type { Browser, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Cleanup, connectClient, waitSynced } from '../helpers/clients.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, type Person, paragraphAfter } from './participants.ts'
import { selectText } from './selectText.ts'
import { mainEditor, openVersions, saveVersion, typeInOpgave } from './versionsPanel.ts'

const EDITOR: Person = { name: 'Dirk Beleid', organisation: 'Gemeente Nieuwegein', group: 'gemeente' }
const OWNER: Person = { name: 'Marieke de Vries', organisation: 'Regio Lekstroom', group: 'gemeente' }

/** The caret's paragraph: its element, the heading and guidance before it, and where it is on screen. */
function caretPlace(page: Page) {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode
    const el = node instanceof Element ? node : node?.parentElement
    const block = el?.closest('.tiptap > *')
    const guidance = block?.previousElementSibling
    const heading = guidance?.previousElementSibling
    const toolbar = document.querySelector('.doc-main .toolbar')?.getBoundingClientRect()
    return {
      tag: block?.tagName ?? null,
      afterGuidance: guidance?.matches('aside.guidance') ?? false,
      opgave: heading?.getAttribute('data-opgave') ?? null,
      blockTop: block?.getBoundingClientRect().top ?? -1,
      blockBottom: block?.getBoundingClientRect().bottom ?? -1,
      headingTop: heading?.getBoundingClientRect().top ?? -1,
      toolbarBottom: toolbar?.bottom ?? 0,
      viewport: window.innerHeight,
    }
  })
}

/** The main editor's text without other people's caret labels. */
function plainText(page: Page) {
  return page.evaluate(() => {
    const copy = document.querySelector('.doc-main .tiptap')?.cloneNode(true) as Element | undefined
    for (const caret of Array.from(copy?.querySelectorAll('.collaboration-carets__caret') ?? [])) caret.remove()
    return copy?.textContent ?? ''
  })
}

/** Heading texts and guidance count of the main editor: what the template guard keeps. */
function structure(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('.doc-main .tiptap')
    return {
      headings: Array.from(root?.querySelectorAll('h1[data-section], h2[data-opgave], h2[data-section]') ?? []).map(
        (h) => h.textContent,
      ),
      guidance: root?.querySelectorAll('aside.guidance').length ?? 0,
    }
  })
}

describe.skipIf(SKIP_E2E)('writing', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  const cleanup = new Cleanup()

  beforeAll(async () => {
    ;({ server, browser } = env)
  })
  afterEach(() => cleanup.run())

  it('a click on an opgave puts the caret in its first writing line, clear of the toolbar; "Volgende open opgave" goes on', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    const summary = page.locator('.checker-summary')
    await expect.poll(() => summary.textContent()).toBe('0 van 8 uitgewerkt; nog open: 1, 2, 3, 4, 5, 6, 7, 8')

    await page.locator('.checker li[data-opgave="7"] .opgave-button').click()
    let place = await caretPlace(page)
    expect(place).toMatchObject({ tag: 'P', afterGuidance: true, opgave: '7' })
    // The heading and the writing line are both below the sticky toolbar and inside the window.
    expect(place.headingTop).toBeGreaterThanOrEqual(place.toolbarBottom)
    expect(place.blockBottom).toBeLessThanOrEqual(place.viewport)
    await page.keyboard.type('Inkoop start in 2026.')
    expect(await paragraphAfter(page, 'h2[data-opgave="7"]').textContent()).toBe('Inkoop start in 2026.')
    expect(await page.locator('.tiptap h2[data-opgave="7"]').textContent()).toBe('Opgave 7. Zorgvuldige inkoop')

    // The next open opgave after the caret's, then round to the first.
    const next = page.getByRole('button', { name: 'Volgende open opgave' })
    await next.click()
    place = await caretPlace(page)
    expect(place).toMatchObject({ tag: 'P', afterGuidance: true, opgave: '8' })
    expect(place.headingTop).toBeGreaterThanOrEqual(place.toolbarBottom)
    await next.click()
    expect(await caretPlace(page)).toMatchObject({ opgave: '1' })
    expect(await axeViolations(page)).toEqual([])

    // On a phone the caret's line is clear of the toolbar too.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.locator('.checker li[data-opgave="5"] .opgave-button').click()
    place = await caretPlace(page)
    expect(place).toMatchObject({ tag: 'P', opgave: '5' })
    expect(place.blockTop).toBeGreaterThanOrEqual(place.toolbarBottom)
    expect(place.blockBottom).toBeLessThanOrEqual(place.viewport)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('headings and guidance survive Backspace, Delete and deleting a selection; remote changes still apply', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    const before = await structure(page)
    expect(before.headings).toContain('Opgave 3. Lokale toegang verbonden met specialistische jeugdhulp')

    // Two Backspaces (and more) in an empty section: nothing of the template goes, the writing line stays.
    await paragraphAfter(page, 'h2[data-opgave="3"]').click()
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace')
    expect(await structure(page)).toEqual(before)
    expect(await paragraphAfter(page, 'h2[data-opgave="3"]').count()).toBe(1)
    await expect.poll(() => page.locator('.editor-hint').textContent()).toContain('blijven staan')
    // Typing still goes into the writing line.
    await page.keyboard.type('Het wijkteam verwijst door.')
    expect(await paragraphAfter(page, 'h2[data-opgave="3"]').textContent()).toBe('Het wijkteam verwijst door.')

    // Delete at the end of a section's last line does not pull the next heading in.
    await page.keyboard.press('End')
    for (let i = 0; i < 3; i++) await page.keyboard.press('Delete')
    expect((await structure(page)).headings).toEqual(before.headings)

    // A selection across two sections, deleted or typed over, is refused as a whole.
    await typeInOpgave(page, 4, 'Een gemeenschappelijke regeling.')
    await page.evaluate(() => {
      const from = document.querySelector('.tiptap h2[data-opgave="3"] + aside + p')?.firstChild
      const to = document.querySelector('.tiptap h2[data-opgave="4"] + aside + p')?.firstChild
      if (!from || !to) throw new Error('paragraphs not found')
      const range = document.createRange()
      range.setStart(from, 4)
      range.setEnd(to, 4)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    })
    await page.keyboard.press('Delete')
    await page.keyboard.type('x')
    expect((await structure(page)).headings).toEqual(before.headings)
    expect((await structure(page)).guidance).toBe(before.guidance)
    // Select all, then Backspace.
    await paragraphAfter(page, 'h2[data-opgave="3"]').click()
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Backspace')
    expect(await structure(page)).toEqual(before)
    expect(await mainEditor(page).textContent()).toContain('Een gemeenschappelijke regeling.')

    // A change from another client (Yjs) is never filtered, even one that removes a heading.
    const session = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: doc.invites.editor, name: 'Script', organisation: 'Regio', group: 'gemeente' }),
    })
    const { token } = (await session.json()) as { token: string }
    const remote = connectClient(server.wsUrl, doc.id, token, cleanup)
    expect(await waitSynced(remote)).toBe(true)
    const fragment = remote.doc.getXmlFragment(FRAGMENT_NAME)
    const index = fragment
      .toArray()
      .findIndex((n) => n instanceof Y.XmlElement && String(n.getAttribute('opgave')) === '5')
    expect(index).toBeGreaterThan(0)
    fragment.delete(index, 1)
    await expect.poll(() => page.locator('.tiptap h2[data-opgave="5"]').count()).toBe(0)
    await context.close()
  })

  it('presence is a stack of avatars with distinct colours, names on hover and focus, and a click goes to the caret', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const people: Person[] = [
      { name: 'Anna de Vries', organisation: 'Gemeente Houten', group: 'gemeente' },
      { name: 'Bram Jansen', organisation: 'Gemeente Lopik', group: 'gemeente' },
      { name: 'Carla Smit', organisation: 'Gemeente IJsselstein', group: 'gemeente' },
      { name: 'Dirk van der Berg', organisation: 'Gemeente Vijfheerenlanden', group: 'gemeente' },
    ]
    const pages: Page[] = []
    for (const person of people) {
      const opened = await openAs(browser, server.url, doc.invites.editor, person)
      cleanup.add(() => opened.context.close())
      pages.push(opened.page)
    }
    const [anna, bram] = pages as [Page, Page]
    const avatars = anna.locator('.presence-list .presence-avatar')
    await expect.poll(() => avatars.count()).toBe(4)
    expect(await avatars.allTextContents()).toEqual(['AV', 'BJ', 'CS', 'DB'])
    // Four colours, all different, once everyone has settled.
    await expect
      .poll(
        async () =>
          new Set(await avatars.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor))).size,
      )
      .toBe(4)
    // The header stays one row high with four people.
    expect(await anna.locator('.presence-list').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(40)

    // Name and organisation on hover, and on keyboard focus.
    const bramAvatar = anna.getByRole('button', { name: 'Naar de cursor van Bram Jansen' })
    await bramAvatar.hover()
    const tip = anna.locator('.presence-person', { has: bramAvatar }).getByRole('tooltip')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toBe('Bram JansenGemeente Lopik')
    await anna.mouse.move(0, 500)
    expect(await tip.isVisible()).toBe(false)
    await bramAvatar.focus()
    await anna.keyboard.press('Shift+Tab')
    await anna.keyboard.press('Tab')
    expect(await tip.isVisible()).toBe(true)
    expect(await axeViolations(anna)).toEqual([])

    // Bram writes far down; Anna clicks his avatar and his caret scrolls into view.
    await paragraphAfter(bram, 'h2[data-section="uitvoeringsagenda"]').click()
    await bram.keyboard.type('Monitoring per kwartaal.')
    await anna.evaluate(() => window.scrollTo(0, 0))
    const caret = anna.locator('.collaboration-carets__caret', { hasText: 'Bram Jansen' })
    await caret.waitFor({ state: 'attached' })
    const inView = () =>
      caret.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return r.top >= 0 && r.bottom <= window.innerHeight
      })
    expect(await inView()).toBe(false)
    await bramAvatar.click()
    await expect.poll(inView).toBe(true)

    // Past five people the rest fold into "+n", which lists them.
    for (const person of [
      { name: 'Els Bakker', organisation: 'Gemeente Houten', group: 'gemeente' as const },
      { name: 'Frank Visser', organisation: 'Zorg en Zo BV', group: 'aanbieder' as const },
    ]) {
      const opened = await openAs(browser, server.url, doc.invites.editor, person)
      cleanup.add(() => opened.context.close())
    }
    const more = anna.getByRole('button', { name: 'Nog 2 aanwezig' })
    await more.waitFor()
    expect(await avatars.count()).toBe(5)
    await more.click()
    expect(await anna.locator('.presence-more-list').textContent()).toContain('Frank Visser, Zorg en Zo BV')
    expect(await axeViolations(anna)).toEqual([])
    await anna.keyboard.press('Escape')
    expect(await anna.locator('.presence-more-list').isVisible()).toBe(false)

    // At 390 px the stack still fits on one row, without sideways scrolling.
    await anna.setViewportSize({ width: 390, height: 844 })
    expect(await anna.locator('.presence-list').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(40)
    expect(await axeViolations(anna)).toEqual([])
  })

  it('the save status stays calm while typing, shows "Opslaan…" only when saving is slow, and announces only offline and online', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext()
    cleanup.add(() => context.close())
    const session = (await (
      await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite: doc.invites.editor, ...EDITOR }),
      })
    ).json()) as { token: string; role: string; documentId: string }
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      `regiovisie.session.${doc.id}`,
      JSON.stringify({ token: session.token, role: session.role, ...EDITOR }),
    ] as const)
    const page = await context.newPage()
    // The socket runs through the test: its replies can be held back, and it can be cut.
    let delayMs = 0
    let cut: (() => void) | null = null
    await page.routeWebSocket(/\/collab\//, (ws) => {
      const upstream = ws.connectToServer()
      upstream.onMessage((message) => {
        if (delayMs === 0) ws.send(message)
        else setTimeout(() => ws.send(message), delayMs)
      })
      ws.onMessage((message) => upstream.send(message))
      cut = () => {
        void upstream.close()
        void ws.close({ code: 4000, reason: 'cut by test' })
      }
    })
    await page.goto(`${server.url}/d/${doc.id}`)
    await page.locator('.tiptap h2[data-opgave="1"]').waitFor()
    const status = page.locator('.save-status')
    const live = page.locator('.save-announcer')
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved')

    // Record every label the status shows while typing for three seconds.
    await page.evaluate(() => {
      const el = document.querySelector('.save-status')
      const w = window as unknown as { shownLog: string[] }
      w.shownLog = []
      new MutationObserver(() => w.shownLog.push(el?.getAttribute('data-shown') ?? '')).observe(el as Element, {
        attributes: true,
        attributeFilter: ['data-shown'],
      })
    })
    await paragraphAfter(page, 'h2[data-opgave="6"]').click()
    const started = Date.now()
    while (Date.now() - started < 3000) await page.keyboard.type('Outputgericht. ', { delay: 20 })
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved')
    // Calm: nothing while saves are quick. A save that once takes over a second on a busy machine may
    // show "Opslaan…" once; the flicker this replaces changed the label some 140 times in three seconds.
    const shown = await page.evaluate(() => (window as unknown as { shownLog: string[] }).shownLog)
    expect(shown.filter((s) => s === 'saving').length).toBeLessThanOrEqual(1)
    expect(shown.length).toBeLessThanOrEqual(2)
    expect(await status.textContent()).toContain('Alles opgeslagen')
    expect(await live.textContent()).toBe('')

    // A slow save (the server's replies held back 1.5 s) does show "Opslaan…", and is not announced.
    delayMs = 1500
    await page.keyboard.type('Traag.')
    await expect.poll(() => status.getAttribute('data-shown')).toBe('saving')
    expect(await status.textContent()).toContain('Opslaan…')
    await expect.poll(() => status.getAttribute('data-shown'), { timeout: 10_000 }).toBe('saved')
    expect(await live.textContent()).toBe('')
    delayMs = 0

    // Offline and back online are announced.
    ;(cut as (() => void) | null)?.()
    await expect.poll(() => status.getAttribute('data-state')).toBe('offline')
    await expect.poll(() => live.textContent()).toContain('Offline')
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved')
    await expect.poll(() => live.textContent()).toBe('Weer verbonden; wijzigingen worden opgeslagen.')

    // Someone who cannot edit sees no save status at all.
    const viewer = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Raadslid Lopik',
      organisation: 'Gemeenteraad Lopik',
      group: 'anders',
    })
    cleanup.add(() => viewer.context.close())
    expect(await viewer.page.locator('.save-status').isVisible()).toBe(false)
  })

  it('read-only people see a badge, a banner that says what they can do, and one hint when they type', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const viewer = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Raadslid Lopik',
      organisation: 'Gemeenteraad Lopik',
      group: 'anders',
    })
    cleanup.add(() => viewer.context.close())
    const v = viewer.page
    expect(await v.locator('.access-badge').textContent()).toBe('Alleen lezen')
    expect(await v.locator('.read-only-notice').textContent()).toContain('lezen')
    await paragraphAfter(v, 'h2[data-opgave="2"]').click()
    await v.keyboard.type('Dit mag niet.')
    await expect.poll(() => v.locator('.editor-hint').textContent()).toBe('Je kunt deze tekst alleen lezen.')
    expect(await v.locator('.editor-hint').count()).toBe(1)
    expect(await mainEditor(v).textContent()).not.toContain('Dit mag niet.')
    expect(await axeViolations(v)).toEqual([])

    const commenter = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Ria Aanbieder',
      organisation: 'Zorg en Zo BV',
      group: 'aanbieder',
    })
    cleanup.add(() => commenter.context.close())
    const c = commenter.page
    expect(await c.locator('.access-badge').textContent()).toBe('Alleen reageren')
    expect(await c.locator('.read-only-notice').textContent()).toContain('wel reageren en voorstellen doen')
    await paragraphAfter(c, 'h2[data-opgave="2"]').click()
    await c.keyboard.press('x')
    await expect.poll(() => c.locator('.editor-hint').textContent()).toContain('Selecteer tekst en kies „Reageren”')
    await c.setViewportSize({ width: 390, height: 844 })
    expect(await c.locator('.access-badge').isVisible()).toBe(true)
    expect(await c.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await axeViolations(c)).toEqual([])
  })

  it('when the owner restores a version, everyone with the document open sees who restored what', async () => {
    const doc: CreateDocumentResponse = await createDocument(server.url, server.adminToken)
    const owner = await openAs(browser, server.url, doc.invites.owner, OWNER)
    const editor = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    const reader = await openAs(browser, server.url, doc.invites.viewer, {
      name: 'Lars Lezer',
      organisation: 'Gemeente Lopik',
      group: 'gemeente',
    })
    for (const p of [owner, editor, reader]) cleanup.add(() => p.context.close())
    await typeInOpgave(owner.page, 4, 'Een gemeenschappelijke regeling.')
    await saveVersion(owner.page, 'Eerste opzet')
    await owner.page.keyboard.press('Escape')
    await typeInOpgave(owner.page, 4, ' Later toegevoegd.')

    const dialog = await openVersions(owner.page)
    await dialog.getByRole('button', { name: 'Herstellen: Eerste opzet' }).click()
    await dialog.getByRole('button', { name: 'Ja, herstellen' }).click()

    const expected = /^Marieke de Vries, Regio Lekstroom, heeft om \d\d:\d\d de versie „Eerste opzet” teruggezet\./
    for (const p of [editor.page, reader.page]) {
      await expect.poll(() => p.locator('.restore-notice p').textContent()).toMatch(expected)
      expect(await p.locator('.restore-notice').evaluate((el) => el.closest('[role="status"]') !== null)).toBe(true)
    }
    await owner.page.keyboard.press('Escape')
    await expect
      .poll(() => owner.page.locator('.restore-notice p').textContent())
      .toMatch(/^Je hebt om \d\d:\d\d de versie „Eerste opzet” teruggezet\./)
    expect(await axeViolations(reader.page)).toEqual([])
    await reader.page.setViewportSize({ width: 390, height: 844 })
    expect(await axeViolations(reader.page)).toEqual([])
    await editor.page.getByRole('button', { name: 'Sluiten' }).first().click()
    expect(await editor.page.locator('.restore-notice').count()).toBe(0)
  })

  it('Escape after posting a comment returns to the text; Ctrl+Z outside the text never changes it', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const writer = await openAs(browser, server.url, doc.invites.editor, EDITOR)
    cleanup.add(() => writer.context.close())
    const w = writer.page
    await typeInOpgave(w, 2, 'Regionaal kopen wij crisishulp in.')
    // Apart in the undo history (Yjs merges edits less than half a second apart).
    await new Promise((r) => setTimeout(r, 800))
    await typeInOpgave(w, 3, 'Het wijkteam verwijst door.')

    // Ctrl+Z on buttons in the checker and the comments panel: the text stays as it is.
    await w
      .locator('.checker li[data-opgave="2"] .evidence-toggle, .checker li[data-opgave="2"] .opgave-button')
      .first()
      .focus()
    await w.keyboard.press('Control+z')
    await w.getByRole('tab', { name: /Reacties/ }).focus()
    await w.keyboard.press('Control+z')
    await w.keyboard.press('Control+Shift+z')
    await new Promise((r) => setTimeout(r, 300))
    expect(await mainEditor(w).textContent()).toContain('Het wijkteam verwijst door.')
    expect(await mainEditor(w).textContent()).toContain('Regionaal kopen wij crisishulp in.')
    // In the text, Ctrl+Z undoes the writer's own typing.
    await paragraphAfter(w, 'h2[data-opgave="3"]').click()
    await w.keyboard.press('Control+z')
    await expect.poll(() => mainEditor(w).textContent()).not.toContain('Het wijkteam verwijst door.')
    expect(await mainEditor(w).textContent()).toContain('Regionaal kopen wij crisishulp in.')

    // A commenter posts a comment; Escape brings the focus back to the text.
    const commenter = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Ria Aanbieder',
      organisation: 'Zorg en Zo BV',
      group: 'aanbieder',
    })
    cleanup.add(() => commenter.context.close())
    const c = commenter.page
    await expect.poll(() => mainEditor(c).textContent()).toContain('crisishulp')
    await selectText(c, 'Regionaal kopen')
    await c.getByRole('button', { name: 'Reageren', exact: true }).click()
    const form = c.locator('.new-thread')
    await form.getByLabel('Je reactie').fill('Welke crisishulp precies?')
    await form.getByRole('button', { name: 'Plaatsen' }).click()
    await c.locator('.thread', { hasText: 'Welke crisishulp precies?' }).waitFor()
    await expect.poll(() => c.evaluate(() => document.activeElement?.className ?? '')).toContain('thread-reveal')
    // Ctrl+Z on the thread's "Toon in de tekst" button changes nothing either.
    await c.keyboard.press('Control+z')
    await c.keyboard.press('Escape')
    await expect.poll(() => c.evaluate(() => document.activeElement?.closest('.doc-main .tiptap') !== null)).toBe(true)
    expect(await plainText(w)).toContain('Regionaal kopen wij crisishulp in.')
  })
})
