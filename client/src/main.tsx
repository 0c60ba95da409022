import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import '@utrecht/component-library-css/dist/index.css'
import './styles/app.css'
import './styles/editor.css'
import './styles/comments.css'
import './styles/versions.css'
import './styles/adoption.css'
import './styles/checker.css'
import './styles/writing.css'
// Token themes after the component and app styles: the neutral tokens first, a municipal theme
// (Utrecht's `.utrecht-theme`, Den Haag's `.denhaag-theme`) overrides what it defines, and the
// bridge maps them onto our own layout's variables.
import './theme/neutral.css'
import '@utrecht/design-tokens/dist/theme.css'
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css'
import './theme/bridge.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
)
