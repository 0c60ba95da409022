import { describe, expect, it } from 'vitest'
import { decodeFanoutMessage, encodeFanoutMessage, type FanoutMessage } from './Fanout.ts'

describe('fan-out messages', () => {
  it('decode to what was encoded, with the publishing node', () => {
    const messages: FanoutMessage[] = [
      { kind: 'update', seq: 4_000_000_123, update: new Uint8Array([1, 2, 3]) },
      { kind: 'update', seq: 5, update: new Uint8Array([4]), sentAt: 1_767_225_600_123 },
      { kind: 'presence', update: new Uint8Array([9]) },
      { kind: 'notify', message: new Uint8Array([5]) },
      { kind: 'head', seq: 17 },
      { kind: 'disconnect', participantId: 'p-1', code: 4410, reason: 'access revoked' },
    ]
    for (const m of messages)
      expect(decodeFanoutMessage(encodeFanoutMessage('node-a', m))).toEqual({ nodeId: 'node-a', message: m })
  })

  it('refuses bytes that are not ours', () => {
    expect(() => decodeFanoutMessage(new Uint8Array([0, 9]))).toThrow()
  })
})
