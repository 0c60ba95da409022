import type { CommentRecord, CommentWithAuthor, Store, ThreadResponseRecord } from '../Store.ts'
import {
  COMMENT,
  type CommentRow,
  type CommentWithAuthorRow,
  type InsertionOrder,
  THREAD,
  THREAD_FROM,
  type ThreadRow,
  toComment,
  toCommentWithAuthor,
  toThread,
} from './rows.ts'
import { all, get, map, run, type SqlDriver, type Work } from './Sql.ts'

export type ThreadMethods = Pick<
  Store,
  | 'createThread'
  | 'getThread'
  | 'listThreads'
  | 'setThreadResolved'
  | 'setThreadPublic'
  | 'updateSuggestion'
  | 'setThreadResponse'
  | 'countThreads'
  | 'countComments'
  | 'addComment'
  | 'getComment'
  | 'updateComment'
  | 'deleteComment'
>

const insertComment = (c: CommentRecord) =>
  run(
    'INSERT INTO comments (id, thread_id, document_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    c.id,
    c.threadId,
    c.documentId,
    c.authorId,
    c.body,
    c.createdAt,
  )

function* setResponse(threadId: string, r: ThreadResponseRecord | null): Work<void> {
  if (!r) {
    yield* run('DELETE FROM thread_responses WHERE thread_id = ?', threadId)
    return
  }
  yield* run(
    'INSERT INTO thread_responses (thread_id, document_id, kind, reason, by_id, at) SELECT id, document_id, ?, ?, ?, ? FROM threads WHERE id = ? ON CONFLICT (thread_id) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, by_id = excluded.by_id, at = excluded.at',
    r.kind,
    r.reason,
    r.by,
    r.at,
    threadId,
  )
}

/** Comment threads with their comments, proposals and responses, over SQL. */
export function createSqlThreads(driver: SqlDriver, order: InsertionOrder): ThreadMethods {
  const one = <T, U>(work: Work<T>, f: (value: T) => U) => driver.run(map(work, f))
  const done = (work: Work<unknown>) => one(work, () => undefined)
  const count = (sql: string, ...params: string[]) => one(get<{ n: number }>(sql, ...params), (r) => r?.n ?? 0)

  return {
    createThread: (t, first) =>
      driver.transaction(
        (function* () {
          yield* run(
            'INSERT INTO threads (id, document_id, anchor, opgave, section, quote, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            t.id,
            t.documentId,
            JSON.stringify(t.anchor),
            t.opgave,
            t.section,
            t.quote,
            t.createdAt,
            t.createdBy,
          )
          const sg = t.suggestion
          if (sg) {
            yield* run(
              'INSERT INTO thread_suggestions (thread_id, document_id, text, original, status, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
              t.id,
              t.documentId,
              sg.text,
              sg.original,
              sg.status,
              sg.decidedBy,
              sg.decidedAt,
            )
          }
          if (first) yield* insertComment(first)
        })(),
      ),
    getThread: (documentId, threadId) =>
      one(
        get<ThreadRow>(
          `SELECT ${THREAD} FROM ${THREAD_FROM} WHERE t.document_id = ? AND t.id = ?`,
          documentId,
          threadId,
        ),
        (r) => (r ? toThread(r) : null),
      ),
    listThreads: (documentId) =>
      driver.run(
        (function* () {
          const threads = yield* all<ThreadRow>(
            `SELECT ${THREAD} FROM ${THREAD_FROM} WHERE t.document_id = ? ORDER BY t.${order}`,
            documentId,
          )
          const comments = yield* all<CommentWithAuthorRow>(
            `SELECT ${COMMENT}, p.name, p.organisation, p.grp, p.role AS a_role, p.grp_confirmed AS a_confirmed FROM comments c JOIN participants p ON p.id = c.author_id WHERE c.document_id = ? ORDER BY c.${order}`,
            documentId,
          )
          const byThread = new Map<string, CommentWithAuthor[]>()
          for (const c of comments.map(toCommentWithAuthor)) {
            const list = byThread.get(c.threadId)
            if (list) list.push(c)
            else byThread.set(c.threadId, [c])
          }
          return threads.map((t) => ({ ...toThread(t), comments: byThread.get(t.id) ?? [] }))
        })(),
      ),
    setThreadResolved: (threadId, resolved) =>
      done(run('UPDATE threads SET resolved = ? WHERE id = ?', resolved, threadId)),
    setThreadPublic: (threadId, isPublic) =>
      done(run('UPDATE threads SET is_public = ? WHERE id = ?', isPublic, threadId)),
    updateSuggestion: (threadId, expected, next, response) =>
      driver.transaction(
        (function* () {
          // A compare-and-set under the row's lock: of two nodes deciding at once, the second
          // finds the status changed and updates nothing.
          const won = yield* run(
            'UPDATE thread_suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE thread_id = ? AND status = ?',
            next.status,
            next.decidedBy,
            next.decidedAt,
            threadId,
            expected,
          )
          if (won === 0) return false
          yield* run('UPDATE threads SET resolved = ? WHERE id = ?', next.status !== 'open', threadId)
          if (response !== undefined) yield* setResponse(threadId, response)
          return true
        })(),
      ),
    setThreadResponse: (threadId, response) => driver.run(setResponse(threadId, response)),
    countThreads: (documentId, createdBy) =>
      createdBy === undefined
        ? count('SELECT COUNT(*) AS n FROM threads WHERE document_id = ?', documentId)
        : count('SELECT COUNT(*) AS n FROM threads WHERE document_id = ? AND created_by = ?', documentId, createdBy),
    countComments: (documentId, filter = {}) => {
      const params = [documentId]
      let sql = 'SELECT COUNT(*) AS n FROM comments WHERE document_id = ?'
      if (filter.authorId !== undefined) {
        sql += ' AND author_id = ?'
        params.push(filter.authorId)
      }
      if (filter.threadId !== undefined) {
        sql += ' AND thread_id = ?'
        params.push(filter.threadId)
      }
      return count(sql, ...params)
    },

    addComment: (c) => done(insertComment(c)),
    getComment: (threadId, commentId) =>
      one(
        get<CommentRow>(`SELECT ${COMMENT} FROM comments c WHERE c.thread_id = ? AND c.id = ?`, threadId, commentId),
        (r) => (r ? toComment(r) : null),
      ),
    updateComment: (commentId, body, editedAt) =>
      done(run('UPDATE comments SET body = ?, edited_at = ? WHERE id = ?', body, editedAt, commentId)),
    deleteComment: (threadId, commentId) =>
      driver.transaction(
        (function* () {
          yield* run('DELETE FROM comments WHERE thread_id = ? AND id = ?', threadId, commentId)
          const left = yield* get<{ n: number }>('SELECT COUNT(*) AS n FROM comments WHERE thread_id = ?', threadId)
          if ((left?.n ?? 0) > 0) return { threadDeleted: false }
          // A proposal's thread stays when its explanation is deleted: the proposal is the input.
          const gone = yield* run(
            'DELETE FROM threads WHERE id = ? AND NOT EXISTS (SELECT 1 FROM thread_suggestions s WHERE s.thread_id = threads.id)',
            threadId,
          )
          return { threadDeleted: gone > 0 }
        })(),
      ),
  }
}
