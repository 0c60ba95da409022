import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The shared editor of the page (not the read-only preview of a version). */
export const mainEditor = (page: Page) => page.locator('.doc-main .tiptap')

/** Types at the end of the paragraph under opgave `n`'s guidance and waits until the server has it. */
export async function typeInOpgave(page: Page, n: number, text: string): Promise<void> {
  await page.locator(`.doc-main .tiptap h2[data-opgave="${n}"] + aside.guidance + p`).click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
  await expect.poll(() => page.locator('.save-status').getAttribute('data-state')).toBe('saved')
}

/** Opens the "Versies" dialog and waits for its list. */
export async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'Versies', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Versies' })
  await dialog.getByRole('heading', { name: 'Opgeslagen versies' }).waitFor()
  return dialog
}

/** Saves a named version through the dialog and waits until it is listed. */
export async function saveVersion(page: Page, name: string, note = ''): Promise<void> {
  const dialog = await openVersions(page)
  await dialog.getByLabel('Naam van de versie').fill(name)
  if (note) await dialog.getByLabel('Toelichting (niet verplicht)').fill(note)
  await dialog.getByRole('button', { name: 'Versie opslaan' }).click()
  await dialog.locator('.version', { hasText: name }).waitFor()
}
