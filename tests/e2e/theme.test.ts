import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs } from './participants.ts'

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 800 }
const NARROW = { width: 1000, height: 800 }
const WIDE = { width: 1440, height: 900 }

/** The toolbar's buttons: how many, and whether they stand in one row inside the toolbar. */
async function toolbarRow(page: Page) {
  return page.locator('.doc-bar .toolbar').evaluate((bar) => {
    const buttons = Array.from(bar.querySelectorAll('button'))
    const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)))
    return {
      count: buttons.length,
      nlds: buttons.every((b) => b.classList.contains('utrecht-button')),
      rows: tops.size,
      height: bar.getBoundingClientRect().height,
    }
  })
}

/** The page's theme as the browser applies it: the body's theme classes and a token's computed value. */
async function worn(page: Page) {
  return page.evaluate(() => ({
    classes: Array.from(document.body.classList).filter((c) => c.endsWith('-theme')),
    primary: getComputedStyle(document.body)
      .getPropertyValue('--utrecht-button-primary-action-background-color')
      .trim(),
    buttonRadius: getComputedStyle(
      document.querySelector('.doc-tools .utrecht-button:not(.presence-avatar)') as Element,
    ).borderTopLeftRadius,
    textFont: getComputedStyle(document.querySelector('.tiptap p') as Element).fontFamily,
  }))
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
}

/** Issue 10, "The look of Dutch government": the owner picks the document's NL Design System theme. */
describe.skipIf(SKIP_E2E)('the look of Dutch government: a theme per document', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(() => {
    ;({ server, browser } = env)
  })

  it('the owner picks the Utrecht, then the Den Haag theme in "Delen"; another participant’s page wears it after a reload', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Marieke de Vries',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const reader = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Olga Ouder',
      organisation: 'Ouderplatform',
      group: 'ouders',
    })
    const before = await worn(reader.page)
    expect(before.classes).toEqual(['regiovisie-theme'])

    await owner.page.getByRole('button', { name: 'Delen' }).click()
    const dialog = owner.page.getByRole('dialog', { name: 'Uitnodigingslinks' })
    const picker = dialog.getByRole('combobox', { name: 'Huisstijl van dit document' })
    expect(await picker.inputValue()).toBe('neutral')
    expect(await axeViolations(owner.page)).toEqual([])
    await picker.selectOption({ label: 'Gemeente Utrecht' })
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'Huisstijl' }).textContent())
      .toBe('Huisstijl ingesteld: Gemeente Utrecht.')
    // The owner's own page wears it at once; the dialog stays clean for axe in the new theme.
    expect((await worn(owner.page)).classes).toEqual(['regiovisie-theme', 'utrecht-theme'])
    expect(await axeViolations(owner.page)).toEqual([])
    await owner.page.setViewportSize(PHONE)
    expect(await axeViolations(owner.page)).toEqual([])
    await dialog.getByRole('button', { name: 'Sluiten' }).click()

    await reader.page.reload()
    await reader.page.locator('.tiptap h2[data-opgave="1"]').waitFor()
    const after = await worn(reader.page)
    expect(after.classes).toEqual(['regiovisie-theme', 'utrecht-theme'])
    expect(after.primary).not.toBe(before.primary)
    // Utrecht's buttons are square; ours are rounded.
    expect(before.buttonRadius).not.toBe('0px')
    expect(after.buttonRadius).toBe('0px')
    // The text area keeps its own calm document style whatever the theme.
    expect(after.textFont).toBe(before.textFont)
    expect(after.textFont).toContain('Georgia')

    await reader.page.setViewportSize(WIDE)
    expect(await axeViolations(reader.page)).toEqual([])
    await reader.page.setViewportSize(PHONE)
    expect(await axeViolations(reader.page)).toEqual([])
    expect(await noSidewaysScroll(reader.page)).toBe(true)

    // Only the owner is offered the choice.
    expect(await reader.page.getByRole('combobox', { name: 'Huisstijl van dit document' }).count()).toBe(0)

    // Another member municipality's published tokens: Den Haag. The stored choice reaches everyone.
    await owner.page.getByRole('button', { name: 'Delen' }).click()
    expect(await picker.locator('option').allTextContents()).toEqual([
      'Neutraal',
      'Gemeente Utrecht',
      'Gemeente Den Haag',
    ])
    expect(await picker.inputValue()).toBe('utrecht')
    await picker.selectOption({ label: 'Gemeente Den Haag' })
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'Huisstijl' }).textContent())
      .toBe('Huisstijl ingesteld: Gemeente Den Haag.')
    expect(await axeViolations(owner.page)).toEqual([])
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    await reader.page.reload()
    await reader.page.locator('.tiptap h2[data-opgave="1"]').waitFor()
    const haag = await worn(reader.page)
    expect(haag.classes).toEqual(['regiovisie-theme', 'denhaag-theme'])
    expect(haag.primary).not.toBe(after.primary)
    expect(haag.primary).not.toBe(before.primary)
    expect(haag.textFont).toBe(before.textFont)
    expect(await axeViolations(reader.page)).toEqual([])
    await owner.page.reload()
    await owner.page.getByRole('button', { name: 'Delen' }).click()
    expect(await picker.inputValue()).toBe('denhaag')
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    await owner.context.close()
    await reader.context.close()
  })

  it('the editor’s own controls are NL Design System components: a one-row toolbar of toggle buttons, the side panel’s tabs, the avatars', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const { context, page } = await openAs(
      browser,
      server.url,
      doc.invites.editor,
      { name: 'Dirk Beleid', organisation: 'Gemeente Nieuwegein', group: 'gemeente' },
      LAPTOP,
    )
    const other = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Anna de Vries',
      organisation: 'Gemeente Houten',
      group: 'gemeente',
    })

    // Toolbar: subtle NL Design System buttons; formatting toggles say aria-pressed and wear the pressed look.
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak' })
    const bold = toolbar.getByRole('button', { name: 'Vet' })
    expect(await bold.getAttribute('aria-pressed')).toBe('false')
    await page.locator('.tiptap h2[data-opgave="2"] + aside.guidance + p').click()
    await bold.click()
    await page.keyboard.type('Vier crisisbedden')
    expect(await bold.getAttribute('aria-pressed')).toBe('true')
    expect(await bold.evaluate((el) => el.classList.contains('utrecht-button--pressed'))).toBe(true)
    expect(await toolbar.getByRole('button', { name: 'Gewone tekst' }).getAttribute('aria-pressed')).toBe('true')
    // One row at 1440, 1280, 1000 and 390 px; the row and column buttons appear only in a table.
    for (const size of [WIDE, LAPTOP, NARROW, PHONE]) {
      await page.setViewportSize(size)
      const row = await toolbarRow(page)
      expect(row).toMatchObject({ count: 9, nlds: true, rows: 1 })
      expect(row.height).toBeLessThan(60)
    }
    expect(await axeViolations(page)).toEqual([])
    expect(await toolbar.getByRole('button', { name: 'Rij toevoegen' }).count()).toBe(0)
    await page.keyboard.press('Enter')
    await toolbar.getByRole('button', { name: 'Tabel invoegen (3 × 3)' }).click()
    await toolbar.getByRole('button', { name: 'Rij toevoegen' }).waitFor()
    // The caret is in the first header cell: a table with headers, as a writer would make it.
    await page.keyboard.type('Functie')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Aanbieder')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Plekken')
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size)
      expect(await toolbarRow(page)).toMatchObject({ count: 13, nlds: true, rows: 1 })
      expect(await noSidewaysScroll(page)).toBe(true)
    }

    // Side panel tabs: NL Design System buttons with tab semantics (selected, not pressed), arrow keys move.
    await page.setViewportSize(NARROW)
    const tabs = page.getByRole('tablist', { name: 'Reacties, inbreng en toets' })
    const checker = tabs.getByRole('tab', { name: 'Toets' })
    // The comments tab comes back once the narrower layout has been rendered.
    await expect
      .poll(() => tabs.getByRole('tab').allTextContents())
      .toEqual(expect.arrayContaining(['Reacties', 'Inbreng', 'Toets']))
    expect(await tabs.locator('.utrecht-button[role="tab"]').count()).toBe(await tabs.getByRole('tab').count())
    expect(await checker.getAttribute('aria-selected')).toBe('true')
    expect(await checker.getAttribute('aria-pressed')).toBeNull()
    expect(await checker.evaluate((el) => el.classList.contains('utrecht-button--pressed'))).toBe(true)
    await tabs.getByRole('tab', { name: 'Reacties' }).click()
    await page.keyboard.press('ArrowRight')
    expect(await tabs.getByRole('tab', { name: 'Inbreng' }).getAttribute('aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Inbreng')
    expect(await axeViolations(page)).toEqual([])

    // Avatars: NL Design System buttons on each person's colour, with the NL Design System tooltip.
    const avatar = page.getByRole('button', { name: 'Naar de cursor van Anna de Vries' })
    expect(await avatar.evaluate((el) => el.classList.contains('utrecht-button'))).toBe(true)
    await avatar.hover()
    const tip = page.locator('.presence-person', { has: avatar }).locator('.utrecht-tooltip')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toBe('Anna de VriesGemeente Houten')
    // On a phone too, by keyboard: whole, inside the window, not clipped by the header that scrolls sideways.
    await page.setViewportSize(PHONE)
    await page.mouse.move(200, 700)
    await avatar.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const seen = await tip.evaluate((el) => {
      const box = el.getBoundingClientRect()
      // The tooltip lets the pointer through; for this look only, it may be hit.
      ;(el as HTMLElement).style.pointerEvents = 'auto'
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      ;(el as HTMLElement).style.pointerEvents = ''
      return { left: box.left, right: box.right, width: box.width, onTop: el.contains(hit) }
    })
    expect(seen.width).toBeGreaterThan(0)
    expect(seen.onTop).toBe(true)
    expect(seen.left).toBeGreaterThanOrEqual(0)
    expect(seen.right).toBeLessThanOrEqual(PHONE.width)
    expect(await noSidewaysScroll(page)).toBe(true)
    await other.context.close()
    await context.close()
  })

  it('the pages built from NL Design System components pass axe at 1440 and 390 px', async () => {
    const doc = await createDocument(server.url, server.adminToken)
    const context = await browser.newContext({ viewport: WIDE })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    await page.locator('.document-list tbody tr').first().waitFor()
    expect(await page.locator('.utrecht-button').count()).toBeGreaterThan(3)
    expect(await page.locator('table.utrecht-table').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize(PHONE)
    expect(await axeViolations(page)).toEqual([])
    expect(await noSidewaysScroll(page)).toBe(true)

    await page.goto(`${server.url}/join/${doc.invites.viewer}`)
    await page.getByRole('textbox', { name: 'Naam' }).waitFor()
    expect(await page.locator('input.utrecht-textbox').count()).toBe(2)
    expect(await page.locator('select.utrecht-select').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(await noSidewaysScroll(page)).toBe(true)
    await page.setViewportSize(WIDE)
    expect(await axeViolations(page)).toEqual([])
    // An empty submit shows the browser's own validation, so no alert yet; a bad invite shows one.
    await page.goto(`${server.url}/join/not-a-real-invite`)
    await page.locator('.utrecht-alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toBeTruthy()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
