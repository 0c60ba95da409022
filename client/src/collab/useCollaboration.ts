import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { type AwarenessUser, type Collaboration, createCollaboration } from './createCollaboration.ts'
import type { SaveState } from './SaveTracker.ts'

/**
 * The collaboration session of one document for as long as the component is mounted:
 * null until it is set up, then the Y.Doc, provider and save tracker. Changing `user`
 * updates the awareness state without reconnecting.
 */
export function useCollaboration(documentId: string, token: string, user: AwarenessUser): Collaboration | null {
  const [collab, setCollab] = useState<Collaboration | null>(null)
  const userRef = useRef(user)
  userRef.current = user

  useEffect(() => {
    const created = createCollaboration(documentId, token, userRef.current)
    setCollab(created)
    return () => {
      created.destroy()
      setCollab(null)
    }
  }, [documentId, token])

  const userKey = JSON.stringify(user)
  useEffect(() => {
    collab?.provider.awareness.setLocalStateField('user', JSON.parse(userKey) as AwarenessUser)
  }, [collab, userKey])

  return collab
}

const noSubscribe = () => () => {}

/** The save status of a collaboration session, re-rendering when it changes. */
export function useSaveState(collab: Collaboration | null): { state: SaveState; closedCode: number | null } {
  const state = useSyncExternalStore(
    collab?.saves.subscribe ?? noSubscribe,
    () => collab?.saves.getState() ?? 'connecting',
  )
  return { state, closedCode: collab?.saves.closedCode ?? null }
}
