import { describe, expect, it } from 'vitest'
import { ACTIONS, type Action, can, isRole, ROLES, type Role } from './roles.ts'

const allowed: Record<Role, Action[]> = {
  owner: [...ACTIONS],
  editor: [
    'document.read',
    'document.check',
    'document.edit',
    'comment.read',
    'comment.create',
    'comment.resolve',
    'versions.create',
    'export',
  ],
  commenter: ['document.read', 'document.check', 'comment.read', 'comment.create'],
  viewer: ['document.read', 'document.check', 'comment.read'],
}

describe('can(role, action)', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const expected = allowed[role].includes(action)
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(expected)
      })
    }
  }

  it('only owners and editors may edit the document', () => {
    expect(ROLES.filter((r) => can(r, 'document.edit'))).toEqual(['owner', 'editor'])
  })

  it('an unknown role may do nothing', () => {
    expect(can('admin' as Role, 'document.read')).toBe(false)
    expect(isRole('admin')).toBe(false)
    expect(isRole('viewer')).toBe(true)
  })
})
