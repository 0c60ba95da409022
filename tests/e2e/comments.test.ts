import type { CreateDocumentResponse } from '@regiovisie/shared/api'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'
import { createDocument, openAs, paragraphAfter } from './participants.ts'
import { selectText } from './selectText.ts'

const SENTENCE = 'De wijkteams verwijzen binnen twee weken door naar specialistische jeugdhulp.'

describe.skipIf(SKIP_E2E)('comments beside the text', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser
  let doc: CreateDocumentResponse

  beforeAll(async () => {
    ;({ server, browser } = env)
    doc = await createDocument(server.url, server.adminToken)
  })

  it('a provider comments on selected text; an editor sees it live beside the text and resolves it', async () => {
    const editor = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Eva Redacteur',
      organisation: 'Gemeente Houten',
      group: 'gemeente',
    })
    await paragraphAfter(editor.page, 'h2[data-opgave="3"]').click()
    await editor.page.keyboard.type(SENTENCE)
    await expect.poll(() => editor.page.locator('.save-status').getAttribute('data-state')).toBe('saved')

    const provider = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Ria Aanbieder',
      organisation: 'Zorg en Zo BV',
      group: 'aanbieder',
    })
    const p = provider.page
    await expect.poll(() => p.locator('.tiptap p', { hasText: SENTENCE }).count()).toBe(1)
    // A commenter's editor is read-only, yet text can be selected to comment on.
    expect(await p.locator('.tiptap').getAttribute('contenteditable')).toBe('false')
    await selectText(p, 'binnen twee weken')
    await p.getByRole('button', { name: 'Reageren', exact: true }).click()
    const form = p.locator('.new-thread')
    await expect.poll(() => form.locator('blockquote').textContent()).toBe('binnen twee weken')
    await form.getByLabel('Je reactie').fill('Twee weken is krap voor de GI.\nKunnen we vier weken afspreken?')
    await form.getByRole('button', { name: 'Plaatsen' }).click()
    const ownThread = p.locator('.thread', { hasText: 'Twee weken is krap' })
    await ownThread.waitFor()
    expect(await form.count()).toBe(0)

    // The editor sees it without reloading: highlighted in the text, and as a thread beside it.
    const highlight = editor.page.locator('.tiptap .comment-highlight')
    await expect.poll(() => highlight.textContent()).toBe('binnen twee weken')
    await highlight.click()
    const thread = editor.page.locator('.comments-panel .thread', { hasText: 'Twee weken is krap' })
    await thread.waitFor()
    expect(await thread.getAttribute('class')).toContain('thread-active')
    expect(await thread.locator('.thread-quote').textContent()).toBe('binnen twee weken')
    expect(await thread.locator('.comment-name').textContent()).toBe('Ria Aanbieder')
    expect(await thread.locator('.comment-org').textContent()).toBe('Zorg en Zo BV')
    expect(await thread.locator('.comment-group').textContent()).toBe('Jeugdhulpaanbieder')
    // biome-ignore lint/performance/useDomNodeTextContent: innerText proves the line break is rendered.
    expect(await thread.locator('.comment-body').innerText()).toBe(
      'Twee weken is krap voor de GI.\nKunnen we vier weken afspreken?',
    )
    expect(await editor.page.locator('.comment-section[data-opgave="3"] .thread').count()).toBe(1)

    // The author corrects their comment; the editor sees the new text, marked as edited.
    await ownThread.getByRole('button', { name: 'Bewerken: Reactie van Ria Aanbieder' }).click()
    await ownThread.getByLabel('Reactie bewerken').fill('Twee weken is krap voor de GI. Liever vier weken.')
    await ownThread.getByRole('button', { name: 'Opslaan' }).click()
    await expect
      .poll(() => thread.locator('.comment-body').textContent())
      .toBe('Twee weken is krap voor de GI. Liever vier weken.')
    expect(await thread.locator('.comment-date').textContent()).toContain('bewerkt')
    // Only the author may edit.
    expect(await thread.getByRole('button', { name: /Bewerken/ }).count()).toBe(0)

    await thread.getByRole('button', { name: 'Antwoorden' }).click()
    await thread.getByLabel('Antwoord').fill('Afgestemd met de GI: vier weken.')
    await thread.getByRole('button', { name: 'Antwoord plaatsen' }).click()
    await expect.poll(() => ownThread.locator('.comment').count()).toBe(2)

    await thread.getByRole('button', { name: 'Markeren als opgelost' }).click()

    // The provider sees it resolved: gone from the open threads, listed as resolved.
    await expect.poll(() => ownThread.count()).toBe(0)
    expect(await p.locator('.tiptap .comment-highlight').count()).toBe(0)
    await p.getByLabel('Status').selectOption('resolved')
    const resolved = p.locator('.thread', { hasText: 'Twee weken is krap' })
    await expect.poll(() => resolved.getAttribute('data-resolved')).toBe('true')
    expect(await resolved.locator('.badge-resolved').textContent()).toBe('Opgelost')

    await editor.context.close()
    await provider.context.close()
  })

  it('markup in a comment and in a person’s name is shown as text and never executed', async () => {
    const name = '<script>alert("naam")</script>'
    const organisation = '<img src=x onerror=alert("organisatie")>'
    const body = '<script>alert("reactie")</script>\n<img src=x onerror=alert(1)> zie https://example.org/regiovisie.'
    // A provider: a young person or parent who was not named would show as their group in presence.
    const author = await openAs(browser, server.url, doc.invites.commenter, { name, organisation, group: 'aanbieder' })
    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const dialogs: string[] = []
    for (const page of [author.page, owner.page]) {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
    }

    const section = author.page.locator('.comment-section[data-opgave="2"]')
    await author.page.getByRole('button', { name: 'Reageren op een opgave' }).click()
    const form = author.page.locator('.new-thread')
    await form.getByLabel('Over opgave').selectOption('2')
    await form.getByLabel('Je reactie').fill(body)
    await form.getByRole('button', { name: 'Plaatsen' }).click()
    await section.locator('.thread').waitFor()

    await owner.page.getByRole('tab', { name: /Reacties/ }).click()
    const thread = owner.page.locator('.comment-section[data-opgave="2"] .thread', { hasText: 'reactie' })
    await thread.waitFor()
    expect(await thread.locator('.comment-name').textContent()).toBe(name)
    expect(await thread.locator('.comment-org').textContent()).toBe(organisation)
    // biome-ignore lint/performance/useDomNodeTextContent: innerText proves the line break is rendered.
    expect(await thread.locator('.comment-body').innerText()).toBe(body)
    const link = thread.locator('.comment-body a')
    expect(await link.getAttribute('href')).toBe('https://example.org/regiovisie')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await owner.page.locator('.comments-panel img, .comments-panel script').count()).toBe(0)

    // The name in the presence list and in the owner's participants dialog, too.
    await expect.poll(() => owner.page.locator('.presence-list').textContent()).toContain(name)
    await owner.page.getByRole('button', { name: 'Deelnemers' }).click()
    const dialog = owner.page.getByRole('dialog', { name: 'Deelnemers' })
    await expect.poll(() => dialog.locator('th[scope="row"]', { hasText: 'alert("naam")' }).count()).toBe(1)
    expect(await dialog.locator('td', { hasText: 'onerror' }).first().textContent()).toBe(organisation)
    expect(await dialog.locator('img, script').count()).toBe(0)
    await expect.poll(() => dialog.locator('.activity-log').textContent()).toContain(`${name}, ${organisation}`)

    await owner.page.keyboard.press('Escape')

    // The owner may delete anyone's comment (for privacy), after confirming; the thread goes with it.
    await thread.getByRole('button', { name: `Verwijderen: Reactie van ${name}` }).click()
    expect(await thread.locator('.confirm').textContent()).toContain('activiteitenlogboek')
    await thread.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await expect.poll(() => owner.page.locator('.comment-section[data-opgave="2"] .thread').count()).toBe(0)
    await expect.poll(() => section.locator('.thread').count()).toBe(0)

    expect(dialogs).toEqual([])
    await author.context.close()
    await owner.context.close()
  })

  it('the owner revokes a person, whose page then says so, and renews an invite link', async () => {
    const owner = await openAs(browser, server.url, doc.invites.owner, {
      name: 'Petra Projectleider',
      organisation: 'Regio Lekstroom',
      group: 'gemeente',
    })
    const person = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Sam Jongere',
      organisation: 'Jongerenraad Lekstroom',
      group: 'jongeren',
    })
    await expect.poll(() => person.page.locator('.save-status').getAttribute('data-state')).toBe('saved')

    await owner.page.getByRole('button', { name: 'Deelnemers' }).click()
    const dialog = owner.page.getByRole('dialog', { name: 'Deelnemers' })
    const row = dialog.locator('tbody tr', { hasText: 'Sam Jongere' })
    expect(await row.textContent()).toContain('Jongerenraad Lekstroom')
    expect(await row.textContent()).toContain('Jongeren')
    expect(await row.textContent()).toContain('reageerder')
    await row.getByRole('button', { name: 'Toegang van Sam Jongere intrekken' }).click()
    await row.getByRole('button', { name: 'Ja, intrekken' }).click()
    await expect.poll(() => row.textContent()).toContain('Ingetrokken op')
    expect(await row.getByRole('button').count()).toBe(0)

    const status = person.page.locator('.save-status')
    await expect.poll(() => status.getAttribute('data-state')).toBe('closed')
    expect(await status.textContent()).toContain('de projectleider heeft je toegang ingetrokken')
    expect(await person.page.getByRole('button', { name: 'Reageren op een opgave' }).count()).toBe(0)
    await expect
      .poll(() => dialog.locator('.activity-log').textContent())
      .toContain('trok de toegang van Sam Jongere in')

    // A renewed invite link is shown to copy; the old one no longer works.
    await dialog.getByRole('button', { name: 'Nieuwe link voor reageerder' }).click()
    const renewed = dialog.getByLabel('Nieuwe uitnodigingslink reageerder', { exact: true })
    await renewed.waitFor()
    const link = await renewed.inputValue()
    expect(link).toMatch(/\/join\//)
    expect(link).not.toContain(doc.invites.commenter)
    expect((await fetch(`${server.url}/api/invites/${doc.invites.commenter}`)).ok).toBe(false)
    expect((await fetch(`${server.url}/api/invites/${link.split('/join/')[1]}`)).ok).toBe(true)

    await owner.context.close()
    await person.context.close()
  })

  it('a thread whose text is deleted stays under its section, marked "tekst verwijderd"', async () => {
    // A document of its own: the test before renewed the commenter invite of the shared one.
    const doc = await createDocument(server.url, server.adminToken, 'Regiovisie Jeugdhulp Zuid')
    const editor = await openAs(browser, server.url, doc.invites.editor, {
      name: 'Bram Redacteur',
      organisation: 'Gemeente Lopik',
      group: 'gemeente',
    })
    await paragraphAfter(editor.page, 'h2[data-opgave="4"]').click()
    await editor.page.keyboard.type('Het algemeen bestuur besluit binnen vier weken.')
    const reader = await openAs(browser, server.url, doc.invites.commenter, {
      name: 'Veilig Thuis Utrecht',
      organisation: 'Veilig Thuis',
      group: 'veilig-thuis',
    })
    const r = reader.page
    await expect.poll(() => r.locator('.tiptap p', { hasText: 'binnen vier weken.' }).count()).toBe(1)
    await selectText(r, 'binnen vier weken')
    await r.getByRole('button', { name: 'Reageren', exact: true }).waitFor()
    await r.keyboard.press('Control+Alt+M')
    await r.locator('.new-thread').getByLabel('Je reactie').fill('Wie bewaakt die termijn?')
    await r.locator('.new-thread').getByRole('button', { name: 'Plaatsen' }).click()
    const card = r.locator('.comment-section[data-opgave="4"] .thread', { hasText: 'Wie bewaakt' })
    await card.waitFor()
    expect(await card.getAttribute('data-detached')).toBe('false')
    await expect.poll(() => editor.page.locator('.tiptap .comment-highlight').textContent()).toBe('binnen vier weken')

    // The editor deletes the sentence.
    await editor.page.locator('.tiptap p', { hasText: 'binnen vier weken' }).click({ clickCount: 3 })
    await editor.page.keyboard.press('Backspace')
    await expect.poll(() => r.locator('.tiptap p', { hasText: 'binnen vier weken' }).count()).toBe(0)
    await expect.poll(() => card.getAttribute('data-detached')).toBe('true')
    expect(await card.locator('.badge-detached').textContent()).toBe('tekst verwijderd')
    expect(await card.locator('del.thread-quote').textContent()).toBe('binnen vier weken')
    expect(await r.locator('.tiptap .comment-highlight').count()).toBe(0)

    await editor.context.close()
    await reader.context.close()
  })
})
