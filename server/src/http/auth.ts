import type { Action } from '@regiovisie/shared/roles'
import { can } from '@regiovisie/shared/roles'
import type { Request } from 'express'
import { bearerToken, hashToken, tokensEqual } from '../auth/tokens.ts'
import { forbidden, notFound, unauthorized } from '../errors.ts'
import type { DocumentRecord, ParticipantRecord, Store } from '../store/Store.ts'
import { createFailureLimiter, DEFAULT_REST_LIMITS, type RestLimits } from './rateLimit.ts'

const DOCUMENT_NOT_FOUND = 'Dit document bestaat niet of je hebt er geen toegang toe.'

export interface Authenticator {
  requireAdmin(req: Request): void
  /** The session's participant, or 401. */
  requireSession(req: Request): Promise<ParticipantRecord>
  /** The document named in the URL, the caller's participant record, and that the role may `action`. */
  requireDocument(req: Request, action: Action): Promise<{ document: DocumentRecord; participant: ParticipantRecord }>
  authenticate(token: string): Promise<ParticipantRecord | null>
}

export function createAuthenticator(
  store: Store,
  adminToken: string,
  limits: Pick<RestLimits, 'adminFailures' | 'adminWindowMs'> = DEFAULT_REST_LIMITS,
): Authenticator {
  const authenticate = (token: string) => store.findSession(hashToken(token))
  const adminFailures = createFailureLimiter(limits.adminFailures, limits.adminWindowMs)

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
      const address = req.ip ?? req.socket.remoteAddress ?? 'unknown'
      adminFailures.check(address)
      const token = bearerToken(req.headers.authorization)
      if (!token || !tokensEqual(token, adminToken)) {
        // A request without any token is a visit, not a guess.
        if (token) adminFailures.fail(address)
        throw unauthorized('Beheerderstoken ontbreekt of is onjuist.')
      }
    },
    async requireDocument(req, action) {
      const participant = await requireSession(req)
      const id = String(req.params.id ?? '')
      // A session belongs to one document; another id gets the same answer as a missing one, never a peek.
      const document = participant.documentId === id ? await store.getDocument(id) : null
      if (!document) throw notFound(DOCUMENT_NOT_FOUND)
      if (!can(participant.role, action)) throw forbidden()
      return { document, participant }
    },
  }
}
