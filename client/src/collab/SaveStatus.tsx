import { CloseCode } from '@regiovisie/shared/protocol'
import { useEffect, useRef, useState } from 'react'
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

/** How long saving must take before "Opslaan…" is shown instead of the previous state. */
export const SAVING_SHOWN_AFTER_MS = 1000

/**
 * The state to show: `saving` only once it has lasted `delayMs`. Typing saves every keystroke
 * within a few milliseconds; flipping the label on each would be noise.
 */
export function useCalmSaveState(state: SaveState, delayMs = SAVING_SHOWN_AFTER_MS): SaveState {
  const [shown, setShown] = useState<SaveState>(state)
  useEffect(() => {
    if (state !== 'saving') {
      setShown(state)
      return
    }
    const timer = setTimeout(() => setShown('saving'), delayMs)
    return () => clearTimeout(timer)
  }, [state, delayMs])
  return shown
}

/**
 * What a screen reader should hear: only going offline, coming back and a connection closed for
 * good. Saving and saved are never announced.
 */
function useAnnouncement(t: Dictionary, state: SaveState, closedCode: number | null): string {
  const [text, setText] = useState('')
  const wasOffline = useRef(false)
  useEffect(() => {
    if (state === 'offline') {
      wasOffline.current = true
      setText(t.statusOffline)
    } else if (state === 'closed') {
      setText(closedMessage(t, closedCode))
    } else if ((state === 'saved' || state === 'saving') && wasOffline.current) {
      wasOffline.current = false
      setText(t.statusOnline)
    }
  }, [t, state, closedCode])
  return text
}

/**
 * The save status in the header. Calm: "Opslaan…" only when saving takes longer than a second.
 * The visible label is not a live region; a separate one announces offline, online and a closed
 * connection. People who cannot edit have nothing to save: for them it shows only offline and
 * closed. `data-state` is the true state (tests wait on it), `data-shown` what is shown.
 */
export function SaveStatus({ collab, canEdit = true }: { collab: Collaboration | null; canEdit?: boolean }) {
  const { t } = useI18n()
  const { state, closedCode } = useSaveState(collab)
  const shown = useCalmSaveState(state)
  const announcement = useAnnouncement(t, state, closedCode)
  const text: Record<SaveState, string> = {
    connecting: t.statusConnecting,
    saving: t.statusSaving,
    saved: t.statusSaved,
    offline: t.statusOffline,
    closed: closedMessage(t, closedCode),
  }
  const hidden = !canEdit && shown !== 'offline' && shown !== 'closed'
  return (
    <>
      <div className={`save-status save-${shown}`} data-state={state} data-shown={shown} hidden={hidden}>
        <span className="save-dot" aria-hidden="true" />
        <span className="visually-hidden">{t.statusLabel}: </span>
        <span className="save-text">{text[shown]}</span>
      </div>
      <span className="visually-hidden save-announcer" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  )
}
