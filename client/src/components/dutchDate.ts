/**
 * Dates typed the Dutch way. The browser's own date input shows the browser's format and words
 * (mm/dd/yyyy, "Clear"), so a date is a text field: day-month-year, stored as ISO yyyy-mm-dd.
 */

/** `2026-03-12` → `12-03-2026`; anything else unchanged. */
export function isoToDutch(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso
}

/**
 * `12-3-2026`, `12/03/2026`, `12.03.2026` or ISO `2026-03-12` → `2026-03-12`; empty → null;
 * anything that is not a real calendar date → undefined.
 */
export function dutchToIso(text: string): string | null | undefined {
  const value = text.trim()
  if (value === '') return null
  let parts: [number, number, number] | null = null
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (dutch) parts = [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
  if (!parts) return undefined
  const [year, month, day] = parts
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
