/**
 * Who may do what. One pure matrix, used by the client to shape the interface and by the
 * server to enforce it (the server never trusts the interface).
 *
 * | action               | owner | editor | commenter | viewer |
 * |----------------------|:-----:|:------:|:---------:|:------:|
 * | document.read        |   x   |   x    |     x     |   x    |
 * | document.check       |   x   |   x    |     x     |   x    |
 * | document.edit        |   x   |   x    |           |        |
 * | comment.read         |   x   |   x    |     x     |   x    |
 * | comment.create       |   x   |   x    |     x     |        |
 * | comment.resolve      |   x   |   x    |           |        |
 * | comment.deleteAny    |   x   |        |           |        |
 * | participants.manage  |   x   |        |           |        |
 * | invites.manage       |   x   |        |           |        |
 * | ruleset.change       |   x   |        |           |        |
 * | versions.create      |   x   |   x    |           |        |
 * | export               |   x   |   x    |           |        |
 * | adoption.edit        |   x   |        |           |        |
 * | activity.read        |   x   |        |           |        |
 */
export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const ACTIONS = [
  'document.read',
  'document.check',
  'document.edit',
  'comment.read',
  'comment.create',
  'comment.resolve',
  'comment.deleteAny',
  'participants.manage',
  'invites.manage',
  'ruleset.change',
  'versions.create',
  'export',
  'adoption.edit',
  'activity.read',
] as const
export type Action = (typeof ACTIONS)[number]

const MATRIX: Record<Role, ReadonlySet<Action>> = {
  owner: new Set(ACTIONS),
  editor: new Set<Action>([
    'document.read',
    'document.check',
    'document.edit',
    'comment.read',
    'comment.create',
    'comment.resolve',
    'versions.create',
    'export',
  ]),
  commenter: new Set<Action>(['document.read', 'document.check', 'comment.read', 'comment.create']),
  viewer: new Set<Action>(['document.read', 'document.check', 'comment.read']),
}

/** True when `role` may perform `action`. Unknown roles may do nothing. */
export function can(role: Role, action: Action): boolean {
  return MATRIX[role]?.has(action) ?? false
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
