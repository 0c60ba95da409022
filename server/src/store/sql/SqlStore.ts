import type { MunicipalityAdoption } from '@regiovisie/shared/adoption'
import { ROLES, type Role } from '@regiovisie/shared/roles'
import { openInvites, type SecretBox } from '../../auth/secretBox.ts'
import { hashToken } from '../../auth/tokens.ts'
import type { Store } from '../Store.ts'
import {
  type ActivityRow,
  type DocumentRow,
  type InsertionOrder,
  PARTICIPANT,
  type ParticipantRow,
  toActivity,
  toDocument,
  toParticipant,
  toVersion,
  VERSION,
  type VersionRow,
} from './rows.ts'
import { all, get, map, run, type SqlDriver, type Work } from './Sql.ts'
import { createSqlThreads } from './sqlThreads.ts'
import { createSqlUpdateLog, type UpdateLogDialect } from './sqlUpdateLog.ts'

/** What differs per database beyond the driver; everything else is written once, here. */
export interface SqlDialect extends UpdateLogDialect {
  readonly kind: Store['kind']
  readonly insertionOrder: InsertionOrder
}

const insertInvite = (secrets: SecretBox, documentId: string, role: Role, token: string, at: string) =>
  run(
    'INSERT INTO invite_links (token_hash, token_sealed, document_id, role, created_at) VALUES (?, ?, ?, ?, ?)',
    hashToken(token),
    secrets.seal(token),
    documentId,
    role,
    at,
  )

/**
 * The store over SQL, for SQLite and PostgreSQL alike. Invite tokens are stored sealed (to show them
 * again) and looked up by hash; a multi-statement change runs in one transaction.
 */
export function createSqlStore(driver: SqlDriver, dialect: SqlDialect, secrets: SecretBox): Store {
  const order = dialect.insertionOrder
  // Reads and writes of one statement (or a few that need no common view), their rows mapped
  // within the same run.
  const one = <T, U>(work: Work<T>, f: (value: T) => U) => driver.run(map(work, f))
  const done = (work: Work<unknown>) => one(work, () => undefined)
  const changed = (work: Work<number>) => one(work, (n) => n > 0)
  const participant = (where: string, ...params: string[]) =>
    one(get<ParticipantRow>(`SELECT ${PARTICIPANT} FROM participants WHERE ${where}`, ...params), (r) =>
      r ? toParticipant(r) : null,
    )

  return {
    kind: dialect.kind,
    ...createSqlUpdateLog(driver, dialect),

    createDocument: (doc, state, invites) =>
      driver.transaction(
        (function* () {
          yield* run(
            'INSERT INTO documents (id, title, template, region, municipalities, ruleset, download_allowed, theme, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            doc.id,
            doc.title,
            doc.template,
            doc.region,
            JSON.stringify(doc.municipalities),
            doc.ruleset,
            doc.downloadAllowed,
            doc.theme,
            doc.createdAt,
          )
          for (const role of ROLES) yield* insertInvite(secrets, doc.id, role, invites[role], doc.createdAt)
          yield* run('INSERT INTO doc_snapshots (document_id, state, upto_seq) VALUES (?, ?, 0)', doc.id, state)
        })(),
      ),
    getDocument: (id) =>
      one(get<DocumentRow>('SELECT * FROM documents WHERE id = ?', id), (r) => (r ? toDocument(r) : null)),
    listDocuments: () =>
      one(all<DocumentRow>('SELECT * FROM documents ORDER BY created_at DESC'), (rows) => rows.map(toDocument)),
    setRuleset: (id, ruleset) => done(run('UPDATE documents SET ruleset = ? WHERE id = ?', ruleset, id)),
    setDownloadAllowed: (id, allowed) =>
      done(run('UPDATE documents SET download_allowed = ? WHERE id = ?', allowed, id)),
    setTheme: (id, theme) => done(run('UPDATE documents SET theme = ? WHERE id = ?', theme, id)),

    getInvites: (documentId) =>
      one(
        all<{ token_sealed: string; role: Role }>(
          'SELECT token_sealed, role FROM invite_links WHERE document_id = ? AND revoked_at IS NULL',
          documentId,
        ),
        (rows) => (rows.length === 0 ? null : openInvites(secrets, rows)),
      ),
    findInvite: (token) =>
      one(
        get<{ document_id: string; role: Role }>(
          'SELECT document_id, role FROM invite_links WHERE token_hash = ? AND revoked_at IS NULL',
          hashToken(token),
        ),
        (r) => (r ? { token, documentId: r.document_id, role: r.role } : null),
      ),
    renewInvite: (documentId, role, token, at) =>
      driver.transaction(
        (function* () {
          yield* run(
            'UPDATE invite_links SET revoked_at = ? WHERE document_id = ? AND role = ? AND revoked_at IS NULL',
            at,
            documentId,
            role,
          )
          yield* insertInvite(secrets, documentId, role, token, at)
        })(),
      ),

    createParticipant: (p, tokenHash) =>
      done(
        run(
          'INSERT INTO participants (id, document_id, role, name, organisation, grp, grp_confirmed, show_name, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          p.id,
          p.documentId,
          p.role,
          p.name,
          p.organisation,
          p.group,
          p.groupConfirmed === true,
          p.showName === true,
          tokenHash,
          p.createdAt,
        ),
      ),
    findSession: (tokenHash) =>
      participant(
        'revoked_at IS NULL AND (token_hash = ? OR id = (SELECT participant_id FROM sessions WHERE token_hash = ?))',
        tokenHash,
        tokenHash,
      ),
    addSession: (participantId, tokenHash, at) =>
      done(
        run(
          'INSERT INTO sessions (token_hash, participant_id, created_at) VALUES (?, ?, ?)',
          tokenHash,
          participantId,
          at,
        ),
      ),
    setPersonalLink: (participantId, linkHash) =>
      done(run('UPDATE participants SET link_hash = ? WHERE id = ?', linkHash, participantId)),
    findPersonalLink: (linkHash) => participant('link_hash = ? AND revoked_at IS NULL', linkHash),
    getParticipant: (id) => participant('id = ?', id),
    listParticipants: (documentId) =>
      one(
        all<ParticipantRow>(
          `SELECT ${PARTICIPANT} FROM participants WHERE document_id = ? ORDER BY created_at, id`,
          documentId,
        ),
        (rows) => rows.map(toParticipant),
      ),
    revokeParticipant: (documentId, participantId, at) =>
      changed(
        run(
          'UPDATE participants SET revoked_at = ? WHERE document_id = ? AND id = ? AND revoked_at IS NULL',
          at,
          documentId,
          participantId,
        ),
      ),
    setParticipantGroup: (documentId, participantId, group, confirmed) =>
      changed(
        run(
          'UPDATE participants SET grp = ?, grp_confirmed = ? WHERE document_id = ? AND id = ?',
          group,
          confirmed,
          documentId,
          participantId,
        ),
      ),
    setParticipantShowName: (participantId, showName) =>
      done(run('UPDATE participants SET show_name = ? WHERE id = ?', showName, participantId)),

    ...createSqlThreads(driver, dialect.insertionOrder),

    appendActivity: (e) =>
      done(
        run(
          'INSERT INTO activity (document_id, at, actor_id, action, details) VALUES (?, ?, ?, ?, ?)',
          e.documentId,
          e.at,
          e.actorId,
          e.action,
          JSON.stringify(e.details),
        ),
      ),
    listActivity: (documentId, limit) =>
      one(
        all<ActivityRow>(
          'SELECT a.id, a.document_id, a.at, a.actor_id, a.action, a.details, p.name, p.organisation, p.grp FROM activity a LEFT JOIN participants p ON p.id = a.actor_id WHERE a.document_id = ? ORDER BY a.id DESC LIMIT ?',
          documentId,
          limit,
        ),
        (rows) => rows.map(toActivity),
      ),

    createVersion: (v, state) =>
      done(
        run(
          'INSERT INTO versions (id, document_id, name, note, created_at, author_id, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
          v.id,
          v.documentId,
          v.name,
          v.note,
          v.createdAt,
          v.authorId,
          state,
        ),
      ),
    listVersions: (documentId) =>
      one(
        all<VersionRow>(
          `SELECT ${VERSION} FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = ? ORDER BY v.${order} DESC`,
          documentId,
        ),
        (rows) => rows.map(toVersion),
      ),
    getVersion: (documentId, versionId) =>
      one(
        get<VersionRow & { state: Buffer }>(
          `SELECT ${VERSION}, v.state FROM versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = ? AND v.id = ?`,
          documentId,
          versionId,
        ),
        (r) => (r ? { ...toVersion(r), state: new Uint8Array(r.state) } : null),
      ),

    listAdoption: (documentId) =>
      one(all<{ data: string }>('SELECT data FROM adoption WHERE document_id = ?', documentId), (rows) =>
        rows.map((r) => JSON.parse(r.data) as MunicipalityAdoption),
      ),
    putAdoption: (documentId, adoption) =>
      done(
        run(
          'INSERT INTO adoption (document_id, municipality, data) VALUES (?, ?, ?) ON CONFLICT (document_id, municipality) DO UPDATE SET data = excluded.data',
          documentId,
          adoption.name,
          JSON.stringify(adoption),
        ),
      ),

    ping: () => done(get('SELECT 1')),
    close: () => driver.close(),
  }
}
