import type { CreateDocumentResponse, CreateSessionResponse } from '@regiovisie/shared/api'
import type { Group } from '@regiovisie/shared/groups'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Creates a regiovisie through the real HTTP API, as the administrator (the template's rule set unless `ruleset`). */
export async function createDocument(
  baseUrl: string,
  adminToken: string,
  title = 'Regiovisie Jeugdhulp Lekstroom',
  ruleset?: string,
): Promise<CreateDocumentResponse> {
  const res = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      template: 'nvo-jeugd',
      region: 'Lekstroom',
      municipalities: ['Houten', 'IJsselstein', 'Lopik', 'Nieuwegein', 'Vijfheerenlanden'],
      ...(ruleset ? { ruleset } : {}),
    }),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as CreateDocumentResponse
}

export interface Person {
  name: string
  organisation: string
  group: Group
}

/** A project leader and a policy officer of the test region, for tests that need no particular names. */
export const PROJECT_LEADER: Person = {
  name: 'Petra Projectleider',
  organisation: 'Regio Lekstroom',
  group: 'gemeente',
}
export const POLICY_OFFICER: Person = { name: 'Dirk Beleid', organisation: 'Gemeente Nieuwegein', group: 'gemeente' }

/** Joins through the real join page (`/join/<invite>`) and waits for the document's editor. */
export async function joinThroughPage(page: Page, baseUrl: string, invite: string, person: Person): Promise<void> {
  await page.goto(`${baseUrl}/join/${invite}`)
  await page.getByLabel('Naam').fill(person.name)
  await page.getByLabel('Organisatie').fill(person.organisation)
  await page.getByLabel('Belanghebbende groep').selectOption(person.group)
  await page.getByRole('button', { name: 'Deelnemen' }).click()
  await page.waitForURL(/\/d\//)
  await page.locator('.tiptap h2[data-opgave="1"]').waitFor()
}

/**
 * A desktop window just narrower than 80rem (1280 px), where the comments are a tab of the side
 * panel; from 1280 px on they stand in the margin beside the text (tests about that set it).
 */
export const DESKTOP = { width: 1200, height: 720 }

/**
 * A new browser context holding a session created through the API (as the join page stores
 * it), with the document opened and its template content loaded; in a `DESKTOP` window unless
 * `viewport` says otherwise.
 */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  invite: string,
  person: Person,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, ...person }),
  })
  expect(res.status).toBe(201)
  const session = (await res.json()) as CreateSessionResponse
  const context = await browser.newContext({ viewport })
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value)
    },
    [
      `regiovisie.session.${session.documentId}`,
      JSON.stringify({ token: session.token, role: session.role, ...person }),
    ] as const,
  )
  const page = await context.newPage()
  await page.goto(`${baseUrl}/d/${session.documentId}`)
  await page.locator('.tiptap h2[data-opgave="1"]').waitFor()
  return { context, page }
}

/** The empty paragraph under a section heading of the template, where a writer starts typing. */
export function paragraphAfter(page: Page, headingSelector: string) {
  return page.locator(`.tiptap ${headingSelector} + aside.guidance + p`)
}
