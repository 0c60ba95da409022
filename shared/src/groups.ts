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

/**
 * Groups whose members are private persons: young people and parents take part as themselves, not
 * for an organisation. Unless they chose to be named, people outside the writing team (and the
 * export's reactieverslag) see them as their group ("Een jongere"), not by name and organisation.
 */
export const PRIVATE_GROUPS = ['jongeren', 'ouders'] as const satisfies readonly Group[]
export type PrivateGroup = (typeof PRIVATE_GROUPS)[number]

/** How a private person is shown instead of their name: one of the group (GROUP_LABELS names the group). */
export const PRIVATE_PERSON_LABELS: Record<PrivateGroup, { nl: string; en: string }> = {
  jongeren: { nl: 'Een jongere', en: 'A young person' },
  ouders: { nl: 'Een ouder', en: 'A parent' },
}

export function isPrivateGroup(value: unknown): value is PrivateGroup {
  return typeof value === 'string' && (PRIVATE_GROUPS as readonly string[]).includes(value)
}

/** A participant who is shown as their group: in a private group (as they declared it) and not chose to be named. */
export function isPrivatePerson(person: { group: string | null; showName?: boolean }): boolean {
  return isPrivateGroup(person.group) && person.showName !== true
}

/**
 * Whether `role` sees the names of private persons: the writing team (redacteuren, projectleider),
 * who answer them. Everyone else sees the group; a person always sees their own name.
 */
export function seesPrivateNames(role: Role): boolean {
  return can(role, 'comment.resolve')
}

/**
 * The name and organisation everyone may see of a person: for a private person their group ("Een
 * ouder", no organisation). Presence (avatars and carets reach every reader) always shows this.
 */
export function publicIdentity(person: {
  name: string
  organisation: string
  group: string | null
  showName?: boolean
}): {
  name: string
  organisation: string
} {
  if (!isPrivatePerson(person)) return { name: person.name, organisation: person.organisation }
  return { name: PRIVATE_PERSON_LABELS[person.group as PrivateGroup].nl, organisation: '' }
}
