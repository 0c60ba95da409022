import * as decoding from 'lib0/decoding'
import type { ParticipantRecord } from '../store/Store.ts'

/**
 * True when every state in an awareness update either has no `user` or shows the session's own
 * name and organisation. Stops a modified client from appearing in the presence list or on a
 * caret as somebody else. Throws on an update that cannot be decoded.
 */
export function awarenessMatchesParticipant(update: Uint8Array, participant: ParticipantRecord): boolean {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder) // client id
    decoding.readVarUint(decoder) // clock
    const state = JSON.parse(decoding.readVarString(decoder)) as {
      user?: { name?: unknown; organisation?: unknown }
    } | null
    const user = state?.user
    if (user && (user.name !== participant.name || user.organisation !== participant.organisation)) return false
  }
  return true
}
