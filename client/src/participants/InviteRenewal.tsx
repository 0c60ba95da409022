import { ROLES, type Role } from '@regiovisie/shared/roles'
import { Button } from '@utrecht/component-library-react'
import { useState } from 'react'
import { CopyField } from '../components/CopyField.tsx'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'

interface Props {
  onRenew(role: Role): Promise<string>
}

/** One "new link" button per role; a renewed link is shown with a copy button (the old one stops working). */
export function InviteRenewal({ onRenew }: Props) {
  const { t } = useI18n()
  const [renewed, setRenewed] = useState<Partial<Record<Role, string>>>({})
  const [busy, setBusy] = useState<Role | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function renew(role: Role) {
    setBusy(role)
    setError(null)
    try {
      const invite = await onRenew(role)
      setRenewed((r) => ({ ...r, [role]: invite }))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="invite-renewal">
      <p className="hint">{t.invitesRenewIntro}</p>
      <div className="invite-renewal-buttons">
        {ROLES.map((role) => (
          <Button appearance="secondary-action-button" key={role} disabled={busy !== null} onClick={() => renew(role)}>
            {t.renewInvite(roleLabel(t, role))}
          </Button>
        ))}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {ROLES.map((role) => {
        const invite = renewed[role]
        return invite ? (
          <CopyField
            key={role}
            label={t.newInviteLabel(roleLabel(t, role))}
            value={`${location.origin}/join/${encodeURIComponent(invite)}`}
          />
        ) : null
      })}
    </div>
  )
}
