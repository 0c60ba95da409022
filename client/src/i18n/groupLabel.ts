import { GROUP_LABELS, isGroup } from '@regiovisie/shared/groups'
import type { Lang } from './I18nProvider.tsx'

/** The label of a stakeholder group in the current language, or null for none or an unknown group. */
export function groupLabel(lang: Lang, group: string | null | undefined): string | null {
  return isGroup(group) ? GROUP_LABELS[group][lang] : null
}
