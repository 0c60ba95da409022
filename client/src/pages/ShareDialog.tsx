import type { Invites } from '@regiovisie/shared/api'
import { useRef } from 'react'
import { InviteLinks } from '../components/InviteLinks.tsx'
import { useI18n } from '../i18n/useI18n.ts'

/** The owner's "Delen" button and a modal dialog with the four invite links. */
export function ShareDialog({ invites }: { invites: Invites }) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t.share}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t.shareTitle}</h2>
        <InviteLinks invites={invites} />
        <form method="dialog">
          <button type="submit" className="button-primary">
            {t.close}
          </button>
        </form>
      </dialog>
    </>
  )
}
