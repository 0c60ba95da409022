import type { JSONContent } from '@regiovisie/shared/schema'
import type { Version, VersionDiff } from '@regiovisie/shared/versions'
import { request } from '../api.ts'

const versionsPath = (documentId: string, rest = '') =>
  `/api/documents/${encodeURIComponent(documentId)}/versions${rest}`
const versionPath = (documentId: string, versionId: string, rest = '') =>
  versionsPath(documentId, `/${encodeURIComponent(versionId)}${rest}`)

/** Named versions of a document, all with the session token; every function throws `ApiError` on failure. */
export const versionsApi = {
  /** Newest first. */
  list: (documentId: string, token: string) =>
    request<{ versions: Version[] }>('GET', versionsPath(documentId), { token }).then((r) => r.versions),
  create: (documentId: string, token: string, name: string, note: string) =>
    request<Version>('POST', versionsPath(documentId), { token, body: note ? { name, note } : { name } }),
  get: (documentId: string, token: string, versionId: string) =>
    request<{ version: Version; content: JSONContent }>('GET', versionPath(documentId, versionId), { token }),
  /** `against` null compares with the current text. */
  diff: (documentId: string, token: string, versionId: string, against: string | null) =>
    request<VersionDiff>(
      'GET',
      versionPath(documentId, versionId, against ? `/diff?against=${encodeURIComponent(against)}` : '/diff'),
      { token },
    ),
  restore: (documentId: string, token: string, versionId: string) =>
    request<{ restored: Version; backup: Version }>('POST', versionPath(documentId, versionId, '/restore'), { token }),
}
