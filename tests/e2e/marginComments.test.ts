import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '../helpers/api.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'
import { selectText } from './selectText.ts'

const WIDE = { width: 1440, height: 900 }
const LAPTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

/** The sticky bar's bottom edge, and where a thread's passage and its card are, all in the viewport. */
function placeOf(page: Page, threadText: string) {
  return page.evaluate((text) => {
    const bar = document.querySelector('.doc-bar')?.getBoundingClientRect()
    const card = Array.from(document.querySelectorAll('.margin-item')).find((el) => el.textContent?.includes(text))
    const id = card?.querySelector('[data-thread-id]')?.getAttribute('data-thread-id')
    const passage = document.querySelector(`.tiptap .comment-highlight[data-thread-id="${id}"]`)
    return {
      barBottom: bar?.bottom ?? 0,
      textTop: passage?.getBoundingClientRect().top ?? Number.NaN,
      cardTop: card?.getBoundingClientRect().top ?? Number.NaN,
    }
  }, threadText)
}

/** The top of an element in the viewport. */
const top = async (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top)

describe.skipIf(SKIP_E2E)('comments in the margin, the quote as written, and who took part', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Rivierenland')
  })

  it('on a wide screen threads stand beside their text; "Reageren" appears in the margin and is gone once posted or when the selection is', async () => {
    const writer = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Eva Redacteur',
      organisation: 'Gemeente Tiel',
      group: 'gemeente',
    })
    await paragraphAfter(writer.page, 'h2[data-opgave="3"]').click()
    await writer.page.keyboard.type('De wijkteams verwijzen binnen twee weken door naar specialistische jeugdhulp.')
    await paragraphAfter(writer.page, 'h2[data-opgave="5"]').click()
    await writer.page.keyboard.type('Voor crisisplekken werken wij samen met de regio Gelderland-Zuid.')
    await expect.poll(() => writer.page.locator('.save-status').getAttribute('data-state')).toBe('saved')

    const ouder = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Olga Ouder',
      organisation: 'Ouderplatform Tiel',
      group: 'ouders',
    })
    const p = ouder.page
    await p.setViewportSize(WIDE)
    await expect.poll(() => p.locator('.tiptap p', { hasText: 'binnen twee weken' }).count()).toBe(1)
    // No comments tab: the margin holds the threads. One control for a whole opgave, not one per section.
    await p.locator('.comments-margin').waitFor()
    expect(await p.getByRole('tab', { name: /Reacties/ }).count()).toBe(0)
    expect(await p.getByRole('button', { name: 'Reageren op een opgave' }).count()).toBe(1)
    expect(await p.getByRole('button', { name: /Reageer op deze opgave/ }).count()).toBe(0)

    await selectText(p, 'binnen twee weken')
    const button = p.getByRole('button', { name: 'Reageren', exact: true })
    await button.waitFor()
    // In the margin, right of the text and level with the selection.
    const text = await p.locator('.tiptap').boundingBox()
    const place = await button.boundingBox()
    expect(place!.x).toBeGreaterThan(text!.x + text!.width)
    const selected = await p.evaluate(() => window.getSelection()?.getRangeAt(0).getBoundingClientRect().top ?? 0)
    expect(Math.abs(place!.y - selected)).toBeLessThan(30)

    // Gone when the selection is: a click elsewhere in the text collapses it.
    await p.locator('.tiptap p', { hasText: 'crisisplekken' }).click()
    await expect.poll(() => button.count()).toBe(0)

    await selectText(p, 'binnen twee weken')
    await button.click()
    const form = p.locator('.comments-margin .new-thread')
    await form.waitFor()
    // The new thread is written beside its text too, and the button is gone while it is.
    await expect
      .poll(async () =>
        Math.abs((await top(p, '.comments-margin .new-thread')) - (await top(p, '.tiptap .comment-highlight-draft'))),
      )
      .toBeLessThan(30)
    expect(await button.count()).toBe(0)
    await form.getByLabel('Je reactie').fill('Twee weken is lang voor een gezin in nood.')
    await form.getByRole('button', { name: 'Plaatsen' }).click()
    const card = p.locator('.comments-margin .thread', { hasText: 'Twee weken is lang' })
    await card.waitFor()
    expect(await form.count()).toBe(0)
    expect(await button.count()).toBe(0)
    await expect
      .poll(async () =>
        Math.abs((await top(p, '.margin-item:has(.thread)')) - (await top(p, '.tiptap .comment-highlight'))),
      )
      .toBeLessThan(30)

    // A thread on a whole opgave: one control in the sticky bar, the opgave picked in the form,
    // which hangs under the bar over the margin.
    await p.getByRole('button', { name: 'Reageren op een opgave' }).click()
    const sectionForm = p.locator('.doc-bar-margin .new-thread')
    await sectionForm.getByLabel('Over opgave').selectOption('5')
    // Open under the bar with the filters beside it, the bar keeps its one row; axe finds nothing.
    await p.locator('.comments-margin-filters summary').click()
    expect(await p.locator('.doc-bar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(70)
    expect(await axeViolations(p)).toEqual([])
    await p.locator('.comments-margin-filters summary').click()
    await sectionForm.getByLabel('Je reactie').fill('Betrek ook de jongerenraad.')
    await sectionForm.getByRole('button', { name: 'Plaatsen' }).click()
    const sectionCard = p.locator('.comments-margin .thread', { hasText: 'jongerenraad' })
    await sectionCard.waitFor()
    expect(await sectionCard.locator('.thread-scope').textContent()).toBe('Hele opgave')
    // It stands at its section, below the thread of opgave 3.
    await expect
      .poll(async () => (await sectionCard.boundingBox())!.y - (await card.boundingBox())!.y)
      .toBeGreaterThan(100)

    // A laptop (1280 px) has the margin too. One sticky bar runs over text and margin, and while the
    // page scrolls no card is hidden under it as long as its text is below it.
    await p.setViewportSize(LAPTOP)
    await card.waitFor()
    expect(
      await p.locator('.doc-bar .doc-bar-margin').getByRole('button', { name: 'Reageren op een opgave' }).count(),
    ).toBe(1)
    await p.evaluate(() => window.scrollTo(0, 0))
    const start = await placeOf(p, 'Twee weken is lang')
    let below = 0
    for (let y = start.textTop - start.barBottom - 120; y < start.textTop - start.barBottom + 40; y += 20) {
      await p.evaluate((to) => window.scrollTo(0, to), Math.max(0, y))
      // After the layout pass and the cards' short transition.
      await p.waitForTimeout(250)
      const at = await placeOf(p, 'Twee weken is lang')
      if (at.textTop >= at.barBottom) {
        below++
        expect(at.cardTop).toBeGreaterThanOrEqual(at.barBottom - 1)
      }
    }
    expect(below).toBeGreaterThan(3)
    // The active thread's card waits just below the bar while its passage is still partly in view.
    await card.locator('.thread-reveal').click()
    await expect.poll(() => card.evaluate((el) => el.closest('.margin-item')?.getAttribute('data-active'))).toBe('true')
    await p.waitForTimeout(400)
    const shown = await placeOf(p, 'Twee weken is lang')
    await p.evaluate((by) => window.scrollBy(0, by), shown.textTop - shown.barBottom + 6)
    await p.waitForTimeout(300)
    const partly = await placeOf(p, 'Twee weken is lang')
    expect(partly.textTop).toBeLessThan(partly.barBottom)
    expect(partly.cardTop).toBeGreaterThanOrEqual(partly.barBottom - 1)
    await p.setViewportSize(WIDE)

    // The editor, on a wide screen too, sees the thread beside its text; axe finds nothing.
    await writer.page.setViewportSize(WIDE)
    await writer.page.locator('.comments-margin .thread', { hasText: 'Twee weken is lang' }).waitFor()
    await writer.page.locator('.comments-margin .thread').first().getByRole('button', { name: 'Antwoorden' }).click()
    expect(await axeViolations(writer.page)).toEqual([])
    expect(await axeViolations(p)).toEqual([])

    // On a phone the threads are a tab away, listed per opgave; nothing scrolls sideways because of them.
    await p.setViewportSize(PHONE)
    await p.getByRole('tab', { name: /Reacties/ }).click()
    await p.locator('.comments-panel .comment-section[data-opgave="3"] .thread').waitFor()
    expect(await p.locator('.comments-margin').count()).toBe(0)
    expect(await p.locator('.comments-panel').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    expect(await axeViolations(p)).toEqual([])

    await writer.context.close()
    await ouder.context.close()
  })

  it('a thread keeps the text it was about after the text was rewritten, shows the text now, and says when it was deleted', async () => {
    const writer = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Eva Redacteur',
      organisation: 'Gemeente Tiel',
      group: 'gemeente',
    })
    await writer.page.setViewportSize(WIDE)
    await paragraphAfter(writer.page, 'h2[data-opgave="6"]').click()
    await writer.page.keyboard.type('Wij maken samen een spreidingsplan voor de crisisplekken.')
    const ouder = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Olga Ouder',
      organisation: 'Ouderplatform Tiel',
      group: 'ouders',
    })
    const p = ouder.page
    await p.setViewportSize(WIDE)
    // Wait for the whole sentence: a remote edit landing during the drag could collapse the selection.
    await expect.poll(() => p.locator('.tiptap p', { hasText: 'crisisplekken.' }).count()).toBe(1)
    await selectText(p, 'spreidingsplan')
    await p.getByRole('button', { name: 'Reageren', exact: true }).waitFor()
    await p.keyboard.press('Control+Alt+M')
    await p.locator('.new-thread').getByLabel('Je reactie').fill('Welk spreidingsplan?')
    await p.locator('.new-thread').getByRole('button', { name: 'Plaatsen' }).click()
    const card = p.locator('.thread', { hasText: 'Welk spreidingsplan?' })
    await card.waitFor()

    // The editor rewrites the word; the anchored range keeps only its first letter.
    await selectText(writer.page, 'preidingsplan')
    await writer.page.keyboard.type('amenwerkingsplan')
    // (How much of the new word the range holds depends on how the typing was batched: "s" or "samenwerkingsplan".)
    await expect.poll(() => card.locator('.thread-quote-now').count()).toBe(1)
    expect(await card.locator('.thread-quote-now').textContent()).toMatch(/^Nu: s(amenwerkingsplan)?$/)
    expect(await card.locator('.thread-reveal .thread-quote').textContent()).toBe('spreidingsplan')
    expect(await card.getAttribute('data-detached')).toBe('false')

    // Deleted: the quote as written, struck through, and "tekst verwijderd".
    await writer.page.locator('.tiptap p', { hasText: 'samenwerkingsplan' }).click({ clickCount: 3 })
    await writer.page.keyboard.press('Backspace')
    await expect.poll(() => card.getAttribute('data-detached')).toBe('true')
    expect(await card.locator('del.thread-quote').textContent()).toBe('spreidingsplan')
    expect(await card.locator('.badge-detached').textContent()).toBe('tekst verwijderd')
    expect(await card.locator('.thread-quote-now').count()).toBe(0)

    await writer.context.close()
    await ouder.context.close()
  })

  it('the participation overview and the export’s appendix are one groups × opgaven table (1–12 under wet-2026) that counts people who react, not the writing team', async () => {
    // Under wet-2026 the table and the export's appendix cover opgave 9–12 too.
    const fresh = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Betuwe', 'wet-2026')
    const owner = await openAs(browser, server.url, fresh.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Rivierenland',
      group: 'gemeente',
    })
    const ownerToken = JSON.parse(
      (await owner.page.evaluate((id) => localStorage.getItem(`regiovisie.session.${id}`), fresh.id)) ?? '{}',
    ).token as string
    const parent = await api<{ token: string; participantId?: string }>(server.url, 'POST', '/api/sessions', {
      body: { invite: fresh.invites.commenter, name: 'Olga Ouder', organisation: 'Ouderplatform', group: 'ouders' },
    })
    const path = (rest: string) => `/api/documents/${fresh.id}${rest}`
    const thread = await api<{ id: string }>(server.url, 'POST', path('/threads'), {
      token: parent.json.token,
      body: { anchor: { opgave: 3 }, body: 'Hoe lang wachten gezinnen?' },
    })
    await api(server.url, 'POST', path(`/threads/${thread.json.id}/comments`), {
      token: parent.json.token,
      body: { body: 'En in de zomer?' },
    })
    // The project leader answers: that is no input of the municipality.
    await api(server.url, 'POST', path(`/threads/${thread.json.id}/comments`), {
      token: ownerToken,
      body: { body: 'Zes weken, ook in de zomer.' },
    })
    const nine = await api<{ id: string }>(server.url, 'POST', path('/threads'), {
      token: parent.json.token,
      body: { anchor: { opgave: 9 }, body: 'Wat is een redelijke wachttijd?' },
    })
    expect(nine.status).toBe(201)
    await api(server.url, 'POST', path(`/threads/${nine.json.id}/comments`), {
      token: ownerToken,
      body: { body: 'Dat spreken we per functie af.' },
    })
    const people = await api<{ participants: Array<{ id: string; name: string }> }>(
      server.url,
      'GET',
      path('/participants'),
      { token: ownerToken },
    )
    const olga = people.json.participants.find((x) => x.name === 'Olga Ouder')
    await api(server.url, 'PATCH', path(`/participants/${olga?.id}`), {
      token: ownerToken,
      body: { group: 'ouders', groupConfirmed: true },
    })

    const page = owner.page
    await page.setViewportSize(WIDE)
    await page.getByRole('tab', { name: 'Inbreng' }).click()
    const table = page.locator('.participation-table')
    await table.waitFor()
    // A column per opgave of the rule set (wet-2026: 1–12), then the other chapters and the total.
    expect(await table.locator('thead th[data-opgave]').count()).toBe(13)
    const ouders = table.locator('tr[data-group="ouders"]')
    await expect.poll(() => ouders.locator('td').nth(2).textContent()).toContain('1 persoon, 2 reacties')
    expect(await ouders.locator('td').nth(2).locator('[aria-hidden="true"]').first().textContent()).toBe('1 (2)')
    expect(await ouders.locator('td').nth(8).textContent()).toContain('1 persoon, 1 reactie')
    expect(await ouders.locator('td').nth(0).textContent()).toContain('geen reactie')
    expect(await ouders.locator('td').last().textContent()).toContain('1 persoon, 3 reacties')
    // The writing team's answer counts nowhere: no row for the municipality, nobody unconfirmed.
    expect(await table.locator('tr[data-group="gemeente"]').count()).toBe(0)
    expect(await table.locator('tr[data-group="onbekend"]').count()).toBe(0)
    // Silent groups in one line, not sixty.
    expect(await page.locator('.participation').textContent()).not.toContain('nog geen reacties op')
    expect(await page.locator('.participation-silent-whole').textContent()).toContain('Jongeren')
    expect(await page.locator('.participation-silent-whole').textContent()).not.toContain('Ouders')
    expect(await axeViolations(page)).toEqual([])

    await page.setViewportSize(PHONE)
    await table.scrollIntoViewIfNeeded()
    // The table scrolls inside its own region, not the page.
    expect(await page.locator('.participation').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    expect(await axeViolations(page)).toEqual([])

    // The export's appendix is the same table, counted the same way.
    await page.setViewportSize(WIDE)
    await page.getByRole('button', { name: 'Downloaden' }).click()
    const dialog = page.getByRole('dialog', { name: 'Downloaden' })
    const formats = dialog.getByRole('group', { name: 'Huidige tekst downloaden als' })
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      formats.getByRole('button', { name: 'Markdown' }).click(),
    ])
    const md = readFileSync(await markdown.path(), 'utf8')
    const appendix = md.slice(md.indexOf('## Bijlage B. Verantwoording participatie'))
    expect(appendix).toContain('| Groep | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | Overig | Totaal |')
    // Olga: two comments on opgave 3, one on opgave 9; the project leader's answers count nowhere.
    expect(appendix).toContain('| Ouders | – | – | 1 (2) | – | – | – | – | – | 1 (1) | – | – | – | – | 1 (3) |')
    expect(appendix).not.toContain('| Gemeente |')
    expect(appendix).toContain('- Opgave 9. ')
    expect(appendix).toContain('- Opgave 12. ')

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      formats.getByRole('button', { name: 'PDF' }).click(),
    ])
    const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' })
    const pdfAppendix = text.slice(text.lastIndexOf('Verantwoording participatie'))
    expect(pdfAppendix).toMatch(/Groep\s+1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+Overig\s+Totaal/)
    expect(pdfAppendix).toMatch(/Ouders(\s+–){2}\s+1 \(2\)(\s+–){5}\s+1 \(1\)(\s+–){4}\s+1 \(3\)/)
    expect(pdfAppendix).not.toMatch(/^\s*Gemeente\s/m)
    await owner.context.close()
  })
})
