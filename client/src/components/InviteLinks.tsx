import type { Invites } from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'
import { useState } from 'react'
import { errorMessage } from '../errorMessage.ts'
import type { Dictionary } from '../i18n/nl.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ConfirmButton } from './ConfirmButton.tsx'
import { CopyField } from './CopyField.tsx'
import { Notice } from './Notice.tsx'

/** Least privileged first: the link most often shared comes first, the one that gives everything last. */
export const INVITE_ORDER: readonly Role[] = ['viewer', 'commenter', 'editor', 'owner']

/** What a role may do, in one sentence (the join page says the same). */
export function roleCan(t: Dictionary, role: Role): string {
  const sentences: Record<Role, string> = {
    viewer: t.roleViewerCan,
    commenter: t.roleCommenterCan,
    editor: t.roleEditorCan,
    owner: t.roleOwnerCan,
  }
  return sentences[role]
}

export function inviteUrl(invite: string): string {
  return `${location.origin}/join/${encodeURIComponent(invite)}`
}

interface Props {
  invites: Invites
  /** Renews the link of a role (the caller then passes the new `invites`); without it the links can only be copied. */
  onRenew?(role: Role): Promise<void>
}

/** The four invite links of a document, least privileged first, each with what the role may do, copy and renew. */
export function InviteLinks({ invites, onRenew }: Props) {
  const { t } = useI18n()
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)

  async function renew(role: Role) {
    if (!onRenew) return
    setStatus(null)
    try {
      await onRenew(role)
      setStatus({ kind: 'info', text: t.inviteRenewed(roleLabel(t, role)) })
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(t, err) })
    }
  }

  return (
    <div className="invite-links">
      {INVITE_ORDER.map((role) => {
        const label = roleLabel(t, role)
        return (
          <CopyField
            key={role}
            label={t.inviteLinkLabel(label)}
            hint={roleCan(t, role)}
            value={inviteUrl(invites[role])}
          >
            {onRenew && (
              <div className="copy-field-actions">
                <ConfirmButton
                  className="button-small"
                  label={t.inviteRenewLabel(label)}
                  question={t.inviteRenewConfirm(label)}
                  confirmLabel={t.inviteRenewYes}
                  onConfirm={() => renew(role)}
                >
                  {t.inviteRenew}
                </ConfirmButton>
              </div>
            )}
          </CopyField>
        )
      })}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </div>
  )
}
