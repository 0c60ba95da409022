import { describe, expect, it } from 'vitest'
import { parseCollabPath } from './protocol.ts'

describe('parseCollabPath', () => {
  it.each([
    ['/collab/abc_DEF-123', 'abc_DEF-123'],
    ['/collab/x', 'x'],
  ])('accepts %s', (path, id) => {
    expect(parseCollabPath(path)).toBe(id)
  })

  it.each([
    '/collab/',
    '/collab',
    '/other/abc',
    '/collab/a/b',
    '/collab/..%2F..%2Fetc',
    `/collab/${'a'.repeat(65)}`,
    '/collab/a b',
  ])('rejects %s', (path) => {
    expect(parseCollabPath(path)).toBeNull()
  })
})
