import type { Comment, Thread } from '@regiovisie/shared/comments'
import { can, type Role } from '@regiovisie/shared/roles'

/** What the current person may do with comments, from the shared role matrix (the server enforces it too). */
export interface ThreadPermissions {
  create: boolean
  mayResolve(thread: Thread): boolean
  mayEdit(comment: Comment): boolean
  mayDelete(comment: Comment): boolean
  /** Deleting this comment is the owner removing someone else's words (and is logged so). */
  deletesOther(comment: Comment): boolean
}

export function threadPermissions(role: Role, me: string): ThreadPermissions {
  const create = can(role, 'comment.create')
  const own = (comment: Comment) => comment.authorId === me
  return {
    create,
    // Besides editors and the owner, whoever started a thread may resolve it.
    mayResolve: (thread) => can(role, 'comment.resolve') || (create && thread.createdBy === me),
    mayEdit: (comment) => create && own(comment),
    mayDelete: (comment) => (create && own(comment)) || can(role, 'comment.deleteAny'),
    deletesOther: (comment) => !own(comment),
  }
}
