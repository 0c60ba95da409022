import { Alert } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/**
 * A message block (NL Design System alert); `error` notices are announced to screen readers at
 * once, the others politely.
 */
export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'ok' | 'warning' | 'error'
  children: ReactNode
}) {
  return (
    <Alert type={kind} className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </Alert>
  )
}
