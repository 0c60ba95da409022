const KEY = 'regiovisie.adminToken'

/**
 * Moves an admin token from the URL fragment (`/admin#token=…`) into sessionStorage and strips
 * it from the address bar, so it does not linger in history, bookmarks or screen shares.
 */
export function takeAdminTokenFromUrl(): void {
  const match = /(?:^|&)token=([^&]+)/.exec(location.hash.slice(1))
  if (!match?.[1]) return
  sessionStorage.setItem(KEY, decodeURIComponent(match[1]))
  history.replaceState(null, '', location.pathname + location.search)
}

export function loadAdminToken(): string | null {
  return sessionStorage.getItem(KEY)
}

export function saveAdminToken(token: string): void {
  sessionStorage.setItem(KEY, token)
}

export function forgetAdminToken(): void {
  sessionStorage.removeItem(KEY)
}
