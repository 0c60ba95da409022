import { DEFAULT_THEME, type DocumentTheme, isDocumentTheme } from '@regiovisie/shared/api'
import type { Dictionary } from '../i18n/nl.ts'

/**
 * The classes that carry a theme's tokens. The neutral tokens are always there (our layout's
 * values and any token a municipal package leaves out); a municipal theme class comes after
 * them in the cascade and overrides what it defines.
 */
const THEME_CLASSES: Record<DocumentTheme, readonly string[]> = {
  neutral: ['regiovisie-theme'],
  utrecht: ['regiovisie-theme', 'utrecht-theme'],
  denhaag: ['regiovisie-theme', 'denhaag-theme'],
}

export const ALL_THEME_CLASSES: readonly string[] = [...new Set(Object.values(THEME_CLASSES).flat())]

export function themeClasses(theme: string | null | undefined): readonly string[] {
  return THEME_CLASSES[isDocumentTheme(theme) ? theme : DEFAULT_THEME]
}

export function themeLabel(t: Dictionary, theme: DocumentTheme): string {
  const labels: Record<DocumentTheme, string> = {
    neutral: t.themeNeutral,
    utrecht: t.themeUtrecht,
    denhaag: t.themeDenHaag,
  }
  return labels[theme]
}
