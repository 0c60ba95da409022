import type { Lang } from './I18nProvider.tsx'

/** A calendar date ('YYYY-MM-DD') as people write it ("12 mrt 2026"); read as a local date, so no time zone moves it a day. */
export function formatDate(lang: Lang, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' })
}
