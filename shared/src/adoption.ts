/** How a council deals with the regiovisie (domain.md §6). Only a raadsbesluit adopts it. */
export const ROUTES = ['raadsbesluit', 'zienswijze', 'collegebesluit'] as const
export type AdoptionRoute = (typeof ROUTES)[number]

export const OUTCOMES = [
  'pending',
  'in-procedure',
  'adopted',
  'adopted-with-amendments',
  'deferred',
  'rejected',
] as const
export type AdoptionOutcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<AdoptionOutcome, { nl: string; en: string }> = {
  pending: { nl: 'Nog niet aangeboden', en: 'Not yet submitted' },
  'in-procedure': { nl: 'In procedure', en: 'In procedure' },
  adopted: { nl: 'Vastgesteld', en: 'Adopted' },
  'adopted-with-amendments': { nl: 'Vastgesteld met amendement', en: 'Adopted with amendments' },
  deferred: { nl: 'Aangehouden', en: 'Deferred' },
  rejected: { nl: 'Verworpen', en: 'Rejected' },
}

/** The fields PUT /api/documents/:id/adoption/:municipality may set (null clears one). */
export type AdoptionUpdate = Partial<Omit<MunicipalityAdoption, 'name' | 'updatedAt'>>

export interface MunicipalityAdoption {
  name: string
  route: AdoptionRoute | null
  /** College decision / raadsvoorstel sent. */
  sentDate: string | null
  committeeDate: string | null
  councilDate: string | null
  outcome: AdoptionOutcome
  /** Amendments and motions: text or links. */
  amendments: string | null
  note: string | null
  /** The version that was voted on. */
  versionId: string | null
  updatedAt: string | null
}

export interface AdoptionReport {
  municipalities: MunicipalityAdoption[]
  /** Councils that adopted it by raadsbesluit. */
  adopted: number
  total: number
  /** Council date of the last adoption, when every council has adopted; else null. */
  completedAt: string | null
  /** Council date of the most recent adoption so far. */
  lastAdoptedAt: string | null
  pending: string[]
}

/** True when this municipality's council adopted the regiovisie (a college decision or a zienswijze does not). */
export function isAdoptedByCouncil(m: Pick<MunicipalityAdoption, 'route' | 'outcome'>): boolean {
  return (
    (m.outcome === 'adopted' || m.outcome === 'adopted-with-amendments') &&
    (m.route ?? 'raadsbesluit') === 'raadsbesluit'
  )
}

export function emptyAdoption(name: string): MunicipalityAdoption {
  return {
    name,
    route: null,
    sentDate: null,
    committeeDate: null,
    councilDate: null,
    outcome: 'pending',
    amendments: null,
    note: null,
    versionId: null,
    updatedAt: null,
  }
}

/** The roll-up "vastgesteld door X van N raden", for the member municipalities in their order. */
export function summarizeAdoption(members: string[], recorded: MunicipalityAdoption[]): AdoptionReport {
  const byName = new Map(recorded.map((r) => [r.name, r]))
  const municipalities = members.map((name) => byName.get(name) ?? emptyAdoption(name))
  const adopted = municipalities.filter(isAdoptedByCouncil)
  const dates = adopted
    .map((m) => m.councilDate)
    .filter((d): d is string => d !== null)
    .sort()
  const complete = members.length > 0 && adopted.length === members.length
  return {
    municipalities,
    adopted: adopted.length,
    total: members.length,
    lastAdoptedAt: dates.at(-1) ?? null,
    completedAt: complete ? (dates.at(-1) ?? null) : null,
    pending: municipalities.filter((m) => !isAdoptedByCouncil(m)).map((m) => m.name),
  }
}
