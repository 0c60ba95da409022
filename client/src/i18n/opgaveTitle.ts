import type { Dictionary } from './nl.ts'

/** "Opgave 3: <title>", unless the title already starts with "Opgave 3" (as the template's headings do). */
export function opgaveTitle(t: Dictionary, opgave: number, title: string): string {
  return /^opgave\s*\d+/i.test(title.trim()) ? title : `${t.checkerOpgave(opgave)}: ${title}`
}
