import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessUser } from '../collab/createCollaboration.ts'

export interface Present {
  clientId: number
  user: AwarenessUser
  self: boolean
}

function read(awareness: Awareness): Present[] {
  const people: Present[] = []
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: Partial<AwarenessUser> }).user
    if (!user || typeof user.name !== 'string') continue
    people.push({
      clientId,
      self: clientId === awareness.clientID,
      user: {
        name: user.name,
        organisation: typeof user.organisation === 'string' ? user.organisation : '',
        group: typeof user.group === 'string' ? user.group : null,
        color: typeof user.color === 'string' ? user.color : '#444444',
      },
    })
  }
  // Yourself first, then the others by name.
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name, 'nl'))
}

/** Everyone whose awareness state is known (yourself included), kept up to date. */
export function usePresence(awareness: Awareness): Present[] {
  const [people, setPeople] = useState(() => read(awareness))
  useEffect(() => {
    const update = () => setPeople(read(awareness))
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return people
}
