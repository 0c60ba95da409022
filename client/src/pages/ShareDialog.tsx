import type { DocumentTheme, Invites } from '@regiovisie/shared/api'
import type { Role } from '@regiovisie/shared/roles'
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { useRef } from 'react'
import { InviteLinks } from '../components/InviteLinks.tsx'
import { useI18n } from '../i18n/useI18n.ts'
import { participantsApi } from '../participants/participantsApi.ts'
import { ThemePicker } from '../theme/ThemePicker.tsx'

interface Props {
  invites: Invites
  documentId: string
  token: string
  onRenewed(role: Role, invite: string): void
  /** The document's theme; with `onThemeChanged` the owner can pick another one here. */
  theme?: DocumentTheme
  onThemeChanged?(theme: DocumentTheme): void
}

/**
 * The owner's "Delen" button and a modal dialog with the four invite links, least privileged
 * first, and the document's house style (what the people invited will see).
 */
export function ShareDialog({ invites, documentId, token, onRenewed, theme, onThemeChanged }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <Button appearance="secondary-action-button" onClick={() => dialog.current?.showModal()}>
        {t.share}
      </Button>
      <dialog ref={dialog} className="dialog" aria-labelledby="share-title">
        <Heading2 id="share-title">{t.shareTitle}</Heading2>
        <Paragraph className="hint">{t.invitesRenewIntro}</Paragraph>
        <InviteLinks
          invites={invites}
          onRenew={async (role) => {
            const { invite } = await participantsApi.renewInvite(documentId, token, role)
            onRenewed(role, invite)
          }}
        />
        {theme && onThemeChanged && (
          <section className="dialog-section" aria-labelledby="share-theme-title">
            <Heading3 id="share-theme-title">{t.themeTitle}</Heading3>
            <ThemePicker documentId={documentId} token={token} theme={theme} onChanged={onThemeChanged} />
          </section>
        )}
        <form method="dialog">
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t.close}
            </Button>
          </ButtonGroup>
        </form>
      </dialog>
    </>
  )
}
