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
 * | export               |   x   |   x    |    (x)    |  (x)   |
 * | export.allow         |   x   |        |           |        |
 * | theme.change         |   x   |        |           |        |
 * | adoption.edit        |   x   |        |           |        |
 * | activity.read        |   x   |        |           |        |
 * | thread.publish       |   x   |        |           |        |
 *
 * (x): a document setting, not the role alone. Lezers and reageerders may download (export) only
 * when the owner allowed it (`export.allow`); off for a new document. `canDownload` reads both.
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
  'export.allow',
  'theme.change',
  'adoption.edit',
  'activity.read',
  'thread.publish',
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

/**
 * Whether `role` may download exports of a document: owners and editors always, lezers and
 * reageerders only when the owner allowed it on the document. The server enforces this; the
 * interface shows the download button only then.
 */
export function canDownload(role: Role, document: { downloadAllowed: boolean }): boolean {
  return can(role, 'export') || (document.downloadAllowed && can(role, 'document.read'))
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
