import { useContext } from 'react'
import { type I18n, I18nContext } from './I18nProvider.tsx'

/** The current language, its dictionary and the setter. */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
