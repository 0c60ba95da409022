import type { DocumentResponse, Invites, UpdateParticipantRequest } from '@regiovisie/shared/api'
import type { ActivityEntry, ParticipantInfo } from '@regiovisie/shared/comments'
import type { Role } from '@regiovisie/shared/roles'
import { request } from '../api.ts'

const docPath = (documentId: string, rest: string) => `/api/documents/${encodeURIComponent(documentId)}${rest}`

/** The owner's participant management: people, revocation, invite renewal, activity log; throws `ApiError`. */
export const participantsApi = {
  list: (documentId: string, token: string) =>
    request<{ participants: ParticipantInfo[] }>('GET', docPath(documentId, '/participants'), { token }).then(
      (r) => r.participants,
    ),
  revoke: (documentId: string, token: string, participantId: string) =>
    request<null>('DELETE', docPath(documentId, `/participants/${encodeURIComponent(participantId)}`), { token }),
  renewInvite: (documentId: string, token: string, role: Role) =>
    request<{ role: Role; invite: string }>('POST', docPath(documentId, `/invites/${role}`), { token }),
  /** The owner confirms (or corrects) a participant's stakeholder group. */
  setGroup: (documentId: string, token: string, participantId: string, body: UpdateParticipantRequest) =>
    request<ParticipantInfo>('PATCH', docPath(documentId, `/participants/${encodeURIComponent(participantId)}`), {
      token,
      body,
    }),
  /** The links that work now (revoking renews the link of that role). */
  invites: (documentId: string, token: string) =>
    request<DocumentResponse>('GET', docPath(documentId, ''), { token }).then((r) => r.invites as Invites),
  activity: (documentId: string, token: string) =>
    request<{ activity: ActivityEntry[] }>('GET', docPath(documentId, '/activity'), { token }).then((r) => r.activity),
}
