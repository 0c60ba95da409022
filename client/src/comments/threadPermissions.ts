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
  /** Accept a proposal: it changes the text, so only who may edit. */
  accept: boolean
  /** Reject a proposal, and record the writing team's response to any thread. */
  decide: boolean
  /** Withdraw a proposal: only the one who made it. */
  mayWithdraw(thread: Thread): boolean
  /** Mark a thread public for the reactieverslag: the owner only. */
  publish: boolean
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
    accept: can(role, 'document.edit'),
    decide: can(role, 'comment.resolve'),
    mayWithdraw: (thread) => create && thread.createdBy === me,
    publish: can(role, 'thread.publish'),
  }
}
