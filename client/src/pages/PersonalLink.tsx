import { Button, Heading2 } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { api } from '../api.ts'
import { CopyField } from '../components/CopyField.tsx'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ShowNameSetting } from '../participants/ShowNameSetting.tsx'
import { loadSession, personalLinkUrl, updateSession } from '../storedSession.ts'

interface Props {
  documentId: string
  title: string
  token: string
}

/**
 * The personal link as this browser knows it: copy, mail to oneself, or make a new one (the old
 * one stops working). The server keeps only its hash, so a browser that lost it can only renew.
 */
function PersonalLinkBody({ documentId, title, token, renewable = true }: Props & { renewable?: boolean }) {
  const { t } = useI18n()
  const [link, setLink] = useState(() => loadSession(documentId)?.personalLink ?? null)
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function renew() {
    setBusy(true)
    setStatus(null)
    try {
      const { personalLink } = await api.renewPersonalLink(documentId, token)
      updateSession(documentId, { personalLink })
      setLink(personalLink)
      setStatus({ kind: 'info', text: t.personalLinkRenewed })
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const url = link ? personalLinkUrl(link) : null
  return (
    <div className="personal-link">
      {url ? (
        <CopyField label={t.personalLinkField} value={url}>
          <p className="copy-field-actions">
            <a
              href={`mailto:?subject=${encodeURIComponent(t.personalLinkMailSubject(title))}&body=${encodeURIComponent(url)}`}
            >
              {t.personalLinkMail}
            </a>
          </p>
        </CopyField>
      ) : (
        <p>{t.personalLinkUnknown}</p>
      )}
      {(renewable || !url) && (
        <p>
          <Button appearance="secondary-action-button" className="button-small" disabled={busy} onClick={renew}>
            {t.personalLinkRenew}
          </Button>
        </p>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </div>
  )
}

/** The header's "Mijn link" button and its dialog (with, for jongeren and ouders, whether they are named). */
export function PersonalLinkDialog({ me, ...props }: Props & { me?: { group: string | null; showName?: boolean } }) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        {t.personalLink}
      </Button>
      <dialog ref={dialog} className="dialog" aria-labelledby="personal-link-title" onClose={() => setOpen(false)}>
        <Heading2 id="personal-link-title">{t.personalLinkTitle}</Heading2>
        <p>{t.personalLinkIntro}</p>
        {open && <PersonalLinkBody {...props} />}
        {me && (
          <ShowNameSetting
            documentId={props.documentId}
            token={props.token}
            group={me.group}
            initial={me.showName === true}
          />
        )}
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}

/** Shown once after joining: the personal link, so the same person can continue on another device. */
export function PersonalLinkWelcome({ name, ...props }: Props & { name: string }) {
  const { t } = useI18n()
  const [show, setShow] = useState(() => loadSession(props.documentId)?.welcome === true)
  if (!show) return null
  return (
    <section className="notice notice-info personal-link-welcome" aria-labelledby="personal-link-welcome">
      <p id="personal-link-welcome">{t.personalLinkWelcome(name)}</p>
      <PersonalLinkBody {...props} renewable={false} />
      <Button
        appearance="secondary-action-button"
        className="button-small"
        onClick={() => {
          updateSession(props.documentId, { welcome: false })
          setShow(false)
        }}
      >
        {t.dismiss}
      </Button>
    </section>
  )
}
