import type { Invites } from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'
import { useRef } from 'react'
import { InviteLinks } from '../components/InviteLinks.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { participantsApi } from '../participants/participantsApi.ts'

interface Props {
  invites: Invites
  documentId: string
  token: string
  onRenewed(role: Role, invite: string): void
}

/** The owner's "Delen" button and a modal dialog with the four invite links, least privileged first. */
export function ShareDialog({ invites, documentId, token, onRenewed }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t.share}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t.shareTitle}</h2>
        <p className="hint">{t.invitesRenewIntro}</p>
        <InviteLinks
          invites={invites}
          onRenew={async (role) => {
            const { invite } = await participantsApi.renewInvite(documentId, token, role)
            onRenewed(role, invite)
          }}
        />
        <form method="dialog">
          <button type="submit" className="button-primary">
            {t.close}
          </button>
        </form>
      </dialog>
    </>
  )
}
