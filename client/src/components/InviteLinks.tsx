import type { Invites } from '@regiovisie/shared/api'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { CopyField } from './CopyField.tsx'

/** The four invite links of a document, one copyable field per role. */
export function InviteLinks({ invites }: { invites: Invites }) {
  const { t } = useI18n()
  const roles = ['owner', 'editor', 'commenter', 'viewer'] as const
  return (
    <div className="invite-links">
      {roles.map((role) => (
        <CopyField
          key={role}
          label={t.inviteLinkLabel(roleLabel(t, role))}
          value={`${location.origin}/join/${encodeURIComponent(invites[role])}`}
        />
      ))}
    </div>
  )
}
