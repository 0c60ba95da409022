import { CloseCode } from '@regiovisie/shared/protocol'
import type { Dictionary } from '../i18n/nl.ts'
import { useI18n } from '../i18n/useI18n.ts'
import type { Collaboration } from './createCollaboration.ts'
import type { SaveState } from './SaveTracker.ts'
import { useSaveState } from './useCollaboration.ts'

function closedMessage(t: Dictionary, code: number | null): string {
  switch (code) {
    case CloseCode.unauthorized:
      return t.closedUnauthorized
    case CloseCode.forbidden:
      return t.closedForbidden
    case CloseCode.notFound:
      return t.closedNotFound
    default:
      return t.closedRevoked
  }
}

/** Always-visible save status, announced politely to screen readers. */
export function SaveStatus({ collab }: { collab: Collaboration | null }) {
  const { t } = useI18n()
  const { state, closedCode } = useSaveState(collab)
  const text: Record<SaveState, string> = {
    connecting: t.statusConnecting,
    saving: t.statusSaving,
    saved: t.statusSaved,
    offline: t.statusOffline,
    closed: closedMessage(t, closedCode),
  }
  return (
    <div className={`save-status save-${state}`} data-state={state} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      <span className="visually-hidden">{t.statusLabel}: </span>
      {text[state]}
    </div>
  )
}
