import { isoDay } from './exportDate.ts'
import type { ExportMeta } from './types.ts'

/** Lower-case ASCII letters, digits and single dashes: safe in any file system and in Content-Disposition. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, maxLength).replace(/-+$/, '')
}

/**
 * `<title>-<version name or "concept">-<YYYY-MM-DD>.<ext>`, ASCII only, e.g.
 * "regiovisie-jeugdhulp-holland-rijnland-versie-ter-vaststelling-2026-11-24.pdf".
 */
export function exportFilename(meta: Pick<ExportMeta, 'title' | 'versionName' | 'versionDate'>, ext: string): string {
  const title = slugify(meta.title) || 'regiovisie'
  const version = (meta.versionName && slugify(meta.versionName, 40)) || 'concept'
  const day = isoDay(meta.versionDate) ?? 'zonder-datum'
  return `${title}-${version}-${day}.${slugify(ext, 8) || 'bin'}`
}
