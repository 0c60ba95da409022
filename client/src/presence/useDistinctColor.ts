import { useEffect } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessUser } from '../collab/createCollaboration.ts'
import { distinctColor } from '../collab/userColor.ts'

/**
 * Keeps this client's colour (caret and avatar) different from everyone else's present: when two
 * people hash to the same colour, the one who joined with the higher client id takes a free one.
 */
export function useDistinctColor(awareness: Awareness): void {
  useEffect(() => {
    const check = () => {
      const me = (awareness.getLocalState() as { user?: AwarenessUser } | null)?.user
      if (!me) return
      const others: Array<{ clientId: number; color: string }> = []
      for (const [clientId, state] of awareness.getStates()) {
        const color = (state as { user?: Partial<AwarenessUser> }).user?.color
        if (clientId !== awareness.clientID && typeof color === 'string') others.push({ clientId, color })
      }
      const next = distinctColor(me.color, awareness.clientID, others)
      if (next !== me.color) awareness.setLocalStateField('user', { ...me, color: next })
    }
    check()
    awareness.on('change', check)
    return () => awareness.off('change', check)
  }, [awareness])
}
