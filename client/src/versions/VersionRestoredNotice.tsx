import type { VersionRestoredNotice as Notice } from '@regiovisie/shared/protocol'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import type { Collaboration } from '../collab/createCollaboration.ts'
import { useI18n } from '../i18n/useI18n.ts'

/**
 * A notice for everyone with the document open when someone restores a version: who put which
 * version back, and that the text from before was kept. It stays until dismissed.
 */
export function VersionRestoredNotice({ collab, me }: { collab: Collaboration; me: string }) {
  const { t, lang } = useI18n()
  const [notice, setNotice] = useState<Notice | null>(null)
  useEffect(() => collab.onVersionRestored(setNotice), [collab])
  const time = notice
    ? new Date(notice.at).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' })
    : ''
  return (
    <div className="restore-notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="restore-notice" data-version={notice.version}>
          <p>
            {notice.by.id === me
              ? t.versionRestoredByYou(notice.version, time)
              : t.versionRestoredBy(notice.by.name, notice.by.organisation, notice.version, time)}
          </p>
          <Button appearance="subtle-button" className="button-small" onClick={() => setNotice(null)}>
            {t.close}
          </Button>
        </div>
      )}
    </div>
  )
}
