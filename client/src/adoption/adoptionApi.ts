import type { AdoptionReport, AdoptionUpdate, MunicipalityAdoption } from '@regiovisie/shared/adoption'
import { request } from '../api.ts'

const adoptionPath = (documentId: string, rest = '') =>
  `/api/documents/${encodeURIComponent(documentId)}/adoption${rest}`

/** Adoption by the member councils; every function throws `ApiError` on failure. */
export const adoptionApi = {
  report: (documentId: string, token: string) => request<AdoptionReport>('GET', adoptionPath(documentId), { token }),
  /** Owner only; sets the given fields (null clears one). */
  update: (documentId: string, token: string, municipality: string, update: AdoptionUpdate) =>
    request<MunicipalityAdoption>('PUT', adoptionPath(documentId, `/${encodeURIComponent(municipality)}`), {
      token,
      body: update,
    }),
}
