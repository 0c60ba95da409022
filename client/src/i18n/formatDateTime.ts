import type { Lang } from './I18nProvider.tsx'

/** A date and time as people write it in the current language ("3 mrt 2026, 14:05"). */
export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}
