import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { checkPresence, withoutClients } from './awarenessIdentity.ts'
import type { Connection } from './Connection.ts'
import type { FanoutMessage } from './Fanout.ts'
import { encodeAwareness } from './protocol.ts'

/** Origin of states another node relayed: shown here, never published again. */
const REMOTE = Symbol('remote presence')

/**
 * Who is in a room: one awareness state per connection, for its own client id and identity (see
 * checkPresence), plus the states other nodes relay for theirs. It lives beside the document, not
 * in it, so reloading the document keeps who is here. Every change reaches the room's connections;
 * changes of this node's own connections also go to the other nodes.
 */
export class RoomPresence {
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())
  /** Which connection speaks for each client id (one id per connection). */
  private readonly owners = new Map<number, Connection>()
  private destroyed = false

  constructor(
    private readonly connections: ReadonlySet<Connection>,
    private readonly maxStateBytes: number,
    private readonly publish: ((message: FanoutMessage) => void) | undefined,
  ) {
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.relay)
  }

  private relay = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed])
    for (const c of this.connections) c.send(message)
  }

  get size(): number {
    return this.awareness.getStates().size
  }

  /** Every state, as one message (for a new connection or a presence query). */
  encodeAll(): Uint8Array {
    return encodeAwareness(this.awareness, [...this.awareness.getStates().keys()])
  }

  /**
   * A presence update from one of this node's connections. Presence for another identity, another
   * client id, too large or too frequent is dropped, not relayed. Throws on one that cannot be decoded.
   */
  fromConnection(conn: Connection, update: Uint8Array): void {
    const verdict = checkPresence(update, conn, this.owners, this.maxStateBytes)
    if (!verdict.accept || !conn.takePresenceToken()) return
    conn.awarenessId = verdict.clientId
    this.owners.set(verdict.clientId, conn)
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
    this.publish?.({ kind: 'presence', update })
  }

  /**
   * Presence another node published for its connections. This node speaks for its own connections'
   * client ids: a late removal from the node a client left must not remove it where it is now. The
   * states are never renewed here, so those of a node that died time out (30 s) like any other.
   */
  fromNode(update: Uint8Array): void {
    if (this.destroyed) return
    const theirs = withoutClients(update, (id) => this.owners.has(id))
    if (theirs) awarenessProtocol.applyAwarenessUpdate(this.awareness, theirs, REMOTE)
  }

  /** The connection left: its state goes, here and on the other nodes. */
  remove(conn: Connection): void {
    const id = conn.awarenessId
    if (id === null || this.owners.get(id) !== conn) return
    this.owners.delete(id)
    // A client whose first state carried clock 0 was never applied: nothing to remove or tell.
    const shown = this.awareness.getStates().has(id)
    awarenessProtocol.removeAwarenessStates(this.awareness, [id], null)
    if (shown && !this.destroyed) {
      this.publish?.({ kind: 'presence', update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, [id]) })
    }
  }

  destroy(): void {
    this.destroyed = true
    this.awareness.off('update', this.relay)
    this.awareness.destroy()
  }
}
