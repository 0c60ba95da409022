import type { Action } from '@regiovisie/shared/roles'
import { can } from '@regiovisie/shared/roles'
import type { Request } from 'express'
import { bearerToken, hashToken, tokensEqual } from '../auth/tokens.ts'
import { forbidden, notFound, unauthorized } from '../errors.ts'
import type { DocumentRecord, ParticipantRecord, Store } from '../store/Store.ts'

export interface Authenticator {
  requireAdmin(req: Request): void
  /** The session's participant, or 401. */
  requireSession(req: Request): Promise<ParticipantRecord>
  /** The document named in the URL, the caller's participant record, and that the role may `action`. */
  requireDocument(req: Request, action: Action): Promise<{ document: DocumentRecord; participant: ParticipantRecord }>
  authenticate(token: string): Promise<ParticipantRecord | null>
}

export function createAuthenticator(store: Store, adminToken: string): Authenticator {
  const authenticate = (token: string) => store.findSession(hashToken(token))

  async function requireSession(req: Request): Promise<ParticipantRecord> {
    const token = bearerToken(req.headers.authorization)
    const participant = token ? await authenticate(token) : null
    if (!participant) throw unauthorized()
    return participant
  }

  return {
    authenticate,
    requireSession,
    requireAdmin(req) {
      const token = bearerToken(req.headers.authorization)
      if (!token || !tokensEqual(token, adminToken)) {
        throw unauthorized('Beheerderstoken ontbreekt of is onjuist.')
      }
    },
    async requireDocument(req, action) {
      const participant = await requireSession(req)
      const id = String(req.params.id ?? '')
      // A session belongs to one document; another id is "not found" for it, never a peek.
      if (participant.documentId !== id) throw notFound('Dit document bestaat niet of je hebt er geen toegang toe.')
      const document = await store.getDocument(id)
      if (!document) throw notFound('Dit document bestaat niet.')
      if (!can(participant.role, action)) throw forbidden()
      return { document, participant }
    },
  }
}
