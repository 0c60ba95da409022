import { can, type Role } from './roles.ts'

/** Stakeholder groups a participant belongs to (domain.md §5). */
export const GROUPS = [
  'gemeente',
  'aanbieder',
  'gecertificeerde-instelling',
  'veilig-thuis',
  'professional',
  'jongeren',
  'ouders',
  'ketenpartner',
  'anders',
] as const
export type Group = (typeof GROUPS)[number]

export const GROUP_LABELS: Record<Group, { nl: string; en: string }> = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  aanbieder: { nl: 'Jeugdhulpaanbieder', en: 'Care provider' },
  'gecertificeerde-instelling': { nl: 'Gecertificeerde instelling', en: 'Certified institution' },
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  professional: { nl: 'Professional', en: 'Professional' },
  jongeren: { nl: 'Jongeren', en: 'Young people' },
  ouders: { nl: 'Ouders', en: 'Parents' },
  ketenpartner: { nl: 'Ketenpartner', en: 'Partner organisation' },
  anders: { nl: 'Anders', en: 'Other' },
}

export function isGroup(value: unknown): value is Group {
  return typeof value === 'string' && (GROUPS as readonly string[]).includes(value)
}

/**
 * Whether joining with `role` needs a stakeholder group: everyone who may react does, because a
 * reaction counts as input of a group; a lezer (who cannot react) may leave it open.
 */
export function groupRequired(role: Role): boolean {
  return can(role, 'comment.create')
}
