/** Dates on the title page and in file names are Dutch dates: the councils are in the Netherlands. */
const TIME_ZONE = 'Europe/Amsterdam'

function parse(iso: string): Date | null {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "24 november 2026"; the input itself when it is not a date. */
export function formatDutchDate(iso: string): string {
  const d = parse(iso)
  if (!d) return iso
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(d)
}

/** "2026-11-24" (the calendar day in the Netherlands); null when the input is not a date. */
export function isoDay(iso: string): string | null {
  const d = parse(iso)
  if (!d) return null
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(d)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
