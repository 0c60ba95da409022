import { Button } from '@utrecht/component-library-react'
import { useI18n } from './useI18n.ts'

/** Toggles between Dutch and English; the label is written in the language it switches to. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n()
  const target = lang === 'nl' ? 'en' : 'nl'
  return (
    <Button
      appearance="subtle-button"
      className="button-quiet"
      lang={target}
      aria-label={t.languageSwitchLabel}
      onClick={() => setLang(target)}
    >
      {t.languageSwitch}
    </Button>
  )
}
