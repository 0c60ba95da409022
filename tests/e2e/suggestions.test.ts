import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'
import { selectText } from './selectText.ts'

const WIDE = { width: 1440, height: 900 }
const SENTENCE = 'De wijkteams verwijzen binnen twee weken door naar specialistische jeugdhulp.'
const CLOSING = 'Voor crisisplekken werken wij samen met de regio Gelderland-Zuid.'

describe.skipIf(SKIP_E2E)('proposals (Voorstellen)', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Rivierenland')
  })

  it('a reageerder proposes new wording; an editor sees it in the text and beside it, accepts it, and the text changes for both', async () => {
    const editor = await openAs(
      browser,
      server.url,
      doc.invites.editor,
      { name: 'Eva Redacteur', organisation: 'Gemeente Tiel', group: 'gemeente' },
      WIDE,
    )
    const e = editor.page
    await paragraphAfter(e, 'h2[data-opgave="3"]').click()
    await e.keyboard.type(SENTENCE)
    await paragraphAfter(e, 'h2[data-opgave="5"]').click()
    await e.keyboard.type(CLOSING)
    await expect.poll(() => e.locator('.save-status').getAttribute('data-state')).toBe('saved')

    const provider = await openAs(
      browser,
      server.url,
      doc.invites.commenter,
      { name: 'Ria Aanbieder', organisation: 'Zorg en Zo BV', group: 'aanbieder' },
      WIDE,
    )
    const p = provider.page
    await expect.poll(() => p.locator('.tiptap p', { hasText: SENTENCE }).count()).toBe(1)
    expect(await p.locator('.tiptap').getAttribute('contenteditable')).toBe('false')

    // The reageerder selects text and proposes other words, with an explanation.
    await selectText(p, 'binnen twee weken')
    await p.getByRole('button', { name: 'Voorstel doen', exact: true }).click()
    const form = p.locator('.new-suggestion')
    await expect.poll(() => form.locator('blockquote').textContent()).toBe('binnen twee weken')
    const proposed = form.getByLabel('Voorgestelde tekst')
    expect(await proposed.inputValue()).toBe('binnen twee weken')
    await proposed.fill('binnen tien werkdagen')
    await form.getByLabel('Toelichting (niet verplicht)').fill('Twee weken is krap voor de GI.')
    expect(await axeViolations(p)).toEqual([])
    await form.getByRole('button', { name: 'Voorstel plaatsen' }).click()
    const own = p.locator('.thread[data-suggestion="open"]')
    await own.waitFor()
    expect(await form.count()).toBe(0)
    // The proposer may withdraw, not accept.
    expect(await own.getByRole('button', { name: /^Intrekken/ }).count()).toBe(1)
    expect(await own.getByRole('button', { name: /^Accepteren/ }).count()).toBe(0)
    // Everyone sees it in the text, and the text itself is unchanged.
    await expect.poll(() => p.locator('.tiptap del.suggestion-old').textContent()).toBe('binnen twee weken')

    // The editor sees it live: old text struck through and new text underlined in the proposer's colour.
    const old = e.locator('.tiptap del.suggestion-old')
    const added = e.locator('.tiptap ins.suggestion-new')
    await expect.poll(() => old.textContent()).toBe('binnen twee weken')
    expect(await added.textContent()).toBe('binnen tien werkdagen')
    const looks = await added.evaluate((el) => {
      const style = getComputedStyle(el)
      return { color: style.color, line: style.textDecorationLine, css: el.getAttribute('style') }
    })
    expect(looks.line).toContain('underline')
    expect(looks.css).toMatch(/--suggestion-color: #[0-9a-f]{6}/)
    expect(looks.color).not.toBe(
      await e.locator('.tiptap p', { hasText: CLOSING }).evaluate((el) => getComputedStyle(el).color),
    )
    // Decorations only: without the shown proposal the paragraph is the text as it was.
    expect(
      await e.locator('.tiptap p', { hasText: 'De wijkteams verwijzen' }).evaluate((el) =>
        Array.from(el.childNodes)
          .filter((n) => !(n as Element).matches?.('ins'))
          .map((n) => n.textContent)
          .join(''),
      ),
    ).toBe(SENTENCE)

    // Beside the text: a card that says what the proposal does, also to a screen reader.
    const card = e.locator('.margin-item .thread[data-suggestion="open"]')
    await card.waitFor()
    expect(await card.locator('.suggestion-change .visually-hidden').textContent()).toBe(
      'Voorstel van Ria Aanbieder: vervang ‘binnen twee weken’ door ‘binnen tien werkdagen’',
    )
    expect(await card.locator('.comment-body').textContent()).toBe('Twee weken is krap voor de GI.')
    // A click on the proposal in the text makes its card the active one.
    await added.click()
    await expect.poll(() => card.getAttribute('class')).toContain('thread-active')
    const accept = card.getByRole('button', { name: 'Accepteren: het voorstel van Ria Aanbieder komt in de tekst' })
    expect(await card.getByRole('button', { name: /^Afwijzen/ }).count()).toBe(1)
    expect(await card.getByRole('button', { name: /^Intrekken/ }).count()).toBe(0)
    expect(await axeViolations(e)).toEqual([])

    // Keyboard: the accept button is reached and pressed without a mouse.
    await accept.focus()
    await e.keyboard.press('Enter')

    const changed = 'De wijkteams verwijzen binnen tien werkdagen door naar specialistische jeugdhulp.'
    for (const page of [e, p]) {
      await expect
        .poll(() => page.locator('.tiptap p', { hasText: 'De wijkteams verwijzen' }).textContent())
        .toBe(changed)
      await expect.poll(() => page.locator('.tiptap del.suggestion-old, .tiptap ins.suggestion-new').count()).toBe(0)
      expect(await page.locator('.tiptap p', { hasText: 'crisisplekken' }).textContent()).toBe(CLOSING)
    }
    // Decided: the thread is resolved, with what was done and by whom.
    await p.locator('.comments-margin-filters summary').click()
    await p.getByLabel('Status').selectOption('resolved')
    const decided = p.locator('.thread[data-suggestion="accepted"]')
    await decided.waitFor()
    expect(await decided.locator('.suggestion-decided').textContent()).toBe('Overgenomen door Eva Redacteur')
    expect(await decided.locator('.thread-response-text').textContent()).toContain('Overgenomen')
    expect(await axeViolations(p)).toEqual([])

    await editor.context.close()
    await provider.context.close()
  })

  it('an editor rejects a proposal with a reason: the text stays as it was for both, and the proposer reads why', async () => {
    const own = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Maasland')
    const editor = await openAs(
      browser,
      server.url,
      own.invites.editor,
      { name: 'Eva Redacteur', organisation: 'Gemeente Oss', group: 'gemeente' },
      WIDE,
    )
    const e = editor.page
    await paragraphAfter(e, 'h2[data-opgave="3"]').click()
    await e.keyboard.type(SENTENCE)
    await expect.poll(() => e.locator('.save-status').getAttribute('data-state')).toBe('saved')

    const provider = await openAs(
      browser,
      server.url,
      own.invites.commenter,
      { name: 'Ria Aanbieder', organisation: 'Zorg en Zo BV', group: 'aanbieder' },
      WIDE,
    )
    const p = provider.page
    await expect.poll(() => p.locator('.tiptap p', { hasText: SENTENCE }).count()).toBe(1)
    await selectText(p, 'binnen twee weken')
    await p.getByRole('button', { name: 'Voorstel doen', exact: true }).click()
    const form = p.locator('.new-suggestion')
    await form.getByLabel('Voorgestelde tekst').fill('binnen twee dagen')
    await form.getByRole('button', { name: 'Voorstel plaatsen' }).click()
    await p.locator('.thread[data-suggestion="open"]').waitFor()

    // The editor opens the rejection, which asks why.
    const card = e.locator('.margin-item .thread[data-suggestion="open"]')
    await card.waitFor()
    await card.getByRole('button', { name: 'Afwijzen: het voorstel van Ria Aanbieder' }).click()
    const reason = card.getByLabel('Waarom neem je dit voorstel niet over?')
    await reason.waitFor()
    expect(await axeViolations(e)).toEqual([])
    await reason.fill('Twee dagen kan geen enkel wijkteam waarmaken.')
    await card.locator('form').getByRole('button', { name: 'Afwijzen', exact: true }).click()

    // Nothing changed in the text, for either of them, and the marks are gone.
    for (const page of [e, p]) {
      await expect.poll(() => page.locator('.tiptap del.suggestion-old, .tiptap ins.suggestion-new').count()).toBe(0)
      expect(await page.locator('.tiptap p', { hasText: 'De wijkteams verwijzen' }).textContent()).toBe(SENTENCE)
    }
    // The proposer finds it among the decided threads, with who rejected it and why.
    await p.locator('.comments-margin-filters summary').click()
    await p.getByLabel('Status').selectOption('resolved')
    const decided = p.locator('.thread[data-suggestion="rejected"]')
    await decided.waitFor()
    expect(await decided.locator('.suggestion-decided').textContent()).toBe('Afgewezen door Eva Redacteur')
    expect(await decided.textContent()).toContain('Twee dagen kan geen enkel wijkteam waarmaken.')
    expect(await axeViolations(p)).toEqual([])

    await editor.context.close()
    await provider.context.close()
  })
})
