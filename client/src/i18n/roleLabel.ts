import type { Role } from '@regiovisie/shared/roles'
import type { Dictionary } from './nl.ts'

/** The Dutch (or English) name of a role as users know it: projectleider, redacteur, reageerder, lezer. */
export function roleLabel(t: Dictionary, role: Role): string {
  const labels: Record<Role, string> = {
    owner: t.roleOwner,
    editor: t.roleEditor,
    commenter: t.roleCommenter,
    viewer: t.roleViewer,
  }
  return labels[role]
}
