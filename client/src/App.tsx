import { useEffect } from 'react'
import { AdminPage } from './pages/AdminPage.tsx'
import { DocumentPage } from './pages/DocumentPage.tsx'
import { HomePage } from './pages/HomePage.tsx'
import { JoinPage } from './pages/JoinPage.tsx'
import { PersonalSignInPage } from './pages/PersonalSignInPage.tsx'
import { navigate, useRoute } from './useRoute.ts'

/** Same-origin links navigate inside the app instead of reloading the page. */
function useLinkInterception(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return
      const url = new URL(link.href)
      if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return
      if (link.closest('.tiptap')) return
      event.preventDefault()
      navigate(url.pathname + url.search + url.hash)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
}

function segment(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null
  const rest = path.slice(prefix.length).replace(/\/+$/, '')
  return rest && !rest.includes('/') ? decodeURIComponent(rest) : null
}

/** Routes: `/admin`, `/join/<invite>`, `/me/<personal link>`, `/d/<documentId>`, and the start page for anything else. */
export function App() {
  const path = useRoute()
  useLinkInterception()
  if (path === '/admin' || path === '/admin/') return <AdminPage />
  const invite = segment(path, '/join/')
  if (invite) return <JoinPage key={invite} invite={invite} />
  const personal = segment(path, '/me/')
  if (personal) return <PersonalSignInPage key={personal} link={personal} />
  const documentId = segment(path, '/d/')
  if (documentId) return <DocumentPage key={documentId} documentId={documentId} />
  return <HomePage />
}
