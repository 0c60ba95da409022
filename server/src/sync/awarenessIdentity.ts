import { publicIdentity } from '@regiovisie/shared/groups'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { ParticipantRecord } from '../store/Store.ts'

export type PresenceVerdict = { accept: true; clientId: number } | { accept: false }

interface PresenceSender {
  participant: ParticipantRecord
  /** The client id this connection already speaks for, if any. */
  awarenessId: number | null
}

/**
 * Decides whether a presence (awareness) update from a connection may be relayed. It must hold
 * exactly one state, for the connection's own client id (the first it used, and not one another
 * participant's connection speaks for), no larger than `maxStateBytes`, and a `user` that is the session's own
 * name, organisation and group (for a private person who did not choose to be named: their group
 * as the name and no organisation, since every reader sees presence). So nobody appears in the presence list or on a caret as somebody
 * else, removes someone else's caret, or floods every client with states.
 * Throws on an update that cannot be decoded.
 */
export function checkPresence(
  update: Uint8Array,
  sender: PresenceSender,
  owners: ReadonlyMap<number, PresenceSender>,
  maxStateBytes: number,
): PresenceVerdict {
  const decoder = decoding.createDecoder(update)
  if (decoding.readVarUint(decoder) !== 1) return { accept: false }
  const clientId = decoding.readVarUint(decoder)
  decoding.readVarUint(decoder) // clock
  const json = decoding.readVarString(decoder)
  if (json.length > maxStateBytes) return { accept: false }
  if (sender.awarenessId !== null && clientId !== sender.awarenessId) return { accept: false }
  // A reconnecting client keeps its id while the server may still hold its old socket.
  const owner = owners.get(clientId)
  if (owner && owner !== sender && owner.participant.id !== sender.participant.id) return { accept: false }
  const state = JSON.parse(json) as { user?: { name?: unknown; organisation?: unknown; group?: unknown } } | null
  const user = state?.user
  if (!user) return { accept: true, clientId }
  const { participant } = sender
  const shown = publicIdentity(participant)
  const genuine =
    user.name === shown.name &&
    user.organisation === shown.organisation &&
    (user.group === undefined || (user.group ?? null) === participant.group)
  return genuine ? { accept: true, clientId } : { accept: false }
}

/**
 * The awareness update without the states of the client ids `skip` accepts; null when nothing is
 * left. Throws on an update that cannot be decoded.
 */
export function withoutClients(update: Uint8Array, skip: (clientId: number) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const kept: Array<{ clientId: number; clock: number; json: string }> = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    if (!skip(clientId)) kept.push({ clientId, clock, json })
  }
  if (kept.length === count) return update
  if (kept.length === 0) return null
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, kept.length)
  for (const { clientId, clock, json } of kept) {
    encoding.writeVarUint(e, clientId)
    encoding.writeVarUint(e, clock)
    encoding.writeVarString(e, json)
  }
  return encoding.toUint8Array(e)
}
