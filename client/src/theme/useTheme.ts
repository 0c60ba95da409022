import { useEffect } from 'react'
import { ALL_THEME_CLASSES, themeClasses } from './themes.ts'

/**
 * Puts a theme's token classes on `<body>`, so dialogs (top layer) and everything else inherit
 * the same tokens; the neutral theme again when the page using it goes away.
 */
export function useTheme(theme: string | null | undefined): void {
  useEffect(() => {
    const body = document.body
    body.classList.remove(...ALL_THEME_CLASSES)
    body.classList.add('utrecht-document', 'utrecht-document--surface', ...themeClasses(theme))
    return () => {
      body.classList.remove(...ALL_THEME_CLASSES)
      body.classList.add(...themeClasses(null))
    }
  }, [theme])
}
