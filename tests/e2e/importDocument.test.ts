import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TestServer } from '../helpers/startServer.ts'
import { axeViolations } from './axeViolations.ts'
import { SKIP_E2E, useServerAndBrowser } from './browser.ts'

const MARKDOWN = `# Regiovisie Jeugdhulp Twente 2026–2029

## Waarom wij samenwerken

De veertien gemeenten van Twente werken samen aan jeugdhulp die dichtbij is.

## Wat wij regionaal inkopen

Regionaal kopen wij crisishulp en pleegzorg in.

## Hoe wij dit vaststellen

De gemeenteraden bespreken deze visie in het voorjaar.
`

describe.skipIf(SKIP_E2E)('importing a regiovisie on the admin page', () => {
  const env = useServerAndBrowser()
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;({ server, browser } = env)
  })

  it('imports a Markdown file, and the new document opens with its own headings and no template content', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    const form = page.getByRole('region', { name: 'Regiovisie importeren uit een bestand' })
    await form.getByLabel('Bestand').waitFor()

    // The server's own Dutch message when it refuses a file.
    await form
      .getByLabel('Bestand')
      .setInputFiles({ name: 'leeg.md', mimeType: 'text/markdown', buffer: Buffer.from(' \n') })
    await form.getByRole('button', { name: 'Regiovisie importeren' }).click()
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^leeg\.md: /)

    await form.getByLabel('Bestand').setInputFiles({
      name: 'twente.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(MARKDOWN),
    })
    await form.getByLabel('Jeugdregio kiezen').selectOption('Twente')
    await form.getByLabel('Regelset voor de toets').selectOption('wet-2026')
    expect(await axeViolations(page)).toEqual([])
    await form.getByRole('button', { name: 'Regiovisie importeren' }).click()

    const ownerLink = page.getByLabel('Uitnodigingslink projectleider', { exact: true })
    await ownerLink.waitFor()
    expect(await page.locator('#created-title').textContent()).toContain('Regiovisie Jeugdhulp Twente 2026–2029')
    expect(await axeViolations(page)).toEqual([])

    await page.goto(await ownerLink.inputValue())
    await page.getByLabel('Naam').fill('Petra Projectleider')
    await page.getByLabel('Organisatie').fill('Regio Twente')
    // A project leader reacts too, so the group is required (no default).
    await page.getByLabel('Belanghebbende groep').selectOption('gemeente')
    await page.getByRole('button', { name: 'Deelnemen' }).click()
    await page.waitForURL(/\/d\//)
    const editor = page.locator('.doc-main .tiptap')
    await editor.getByRole('heading', { name: 'Wat wij regionaal inkopen' }).waitFor()
    expect(await editor.getByRole('heading', { name: 'Waarom wij samenwerken' }).count()).toBe(1)
    expect(await editor.textContent()).toContain('Regionaal kopen wij crisishulp en pleegzorg in.')
    // Nothing of the template: no guidance blocks, no opgave headings.
    expect(await editor.locator('aside.guidance').count()).toBe(0)
    expect(await editor.textContent()).not.toContain('Opgave 1.')
    // Region and municipalities came with the upload.
    expect(await page.locator('.doc-meta').textContent()).toContain('Enschede')
    // Checked with the rule set chosen at import.
    expect(await page.locator('.checker li[data-opgave]').count()).toBe(12)

    await context.close()
  })
})
