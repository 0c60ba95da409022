import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { en } from './en.ts'
import { type Dictionary, nl } from './nl.ts'

export type Lang = 'nl' | 'en'

const DICTIONARIES: Record<Lang, Dictionary> = { nl, en }
const STORAGE_KEY = 'regiovisie.lang'

export interface I18n {
  lang: Lang
  t: Dictionary
  setLang(lang: Lang): void
}

export const I18nContext = createContext<I18n>({ lang: 'nl', t: nl, setLang: () => {} })

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

/** Provides the dictionary of the chosen language (Dutch unless English was chosen) and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang)

  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  const setLang = useCallback((next: Lang) => {
    setLangState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Private mode without storage: the choice then lasts for this page only.
    }
  }, [])

  const value = useMemo(() => ({ lang, t: DICTIONARIES[lang], setLang }), [lang, setLang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
