import type { ActivityEntry, ParticipantInfo } from '@regiovisie/shared/comments'
import type { Group } from '@regiovisie/shared/groups'
import type { Role } from '@regiovisie/shared/roles'
import { Button, Heading2, Heading3 } from '@utrecht/component-library-react'
import { useCallback, useRef, useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { errorMessage } from '../errorMessage.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ActivityLog } from './ActivityLog.tsx'
import { InviteRenewal } from './InviteRenewal.tsx'
import { ParticipantsTable } from './ParticipantsTable.tsx'
import { participantsApi } from './participantsApi.ts'

interface Props {
  documentId: string
  token: string
  /** The owner's own participant id. */
  me: string
  /** A renewed invite, so the share dialog shows the link that works now. */
  onInviteRenewed(role: Role, invite: string): void
}

/**
 * The owner's "Deelnemers" button and dialog: people with role, group and access (revoke with
 * confirmation), renewing invite links, and the activity log. Loaded each time it opens.
 */
export function ParticipantsDialog({ documentId, token, me, onInviteRenewed }: Props) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const [people, setPeople] = useState<ParticipantInfo[] | null>(null)
  const [activity, setActivity] = useState<ActivityEntry[]>([])
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const [p, a] = await Promise.all([
        participantsApi.list(documentId, token),
        participantsApi.activity(documentId, token),
      ])
      setPeople(p)
      setActivity(a)
      setError(null)
    } catch (err) {
      setError(errorMessage(t, err))
    }
  }, [documentId, token, t])

  async function revoke(person: ParticipantInfo) {
    setNotice(null)
    try {
      await participantsApi.revoke(documentId, token, person.id)
      // The server renewed the link of their role: the old one no longer lets anyone in.
      setNotice(t.revokedInviteRenewed(person.name, roleLabel(t, person.role)))
      const invites = await participantsApi.invites(documentId, token)
      onInviteRenewed(person.role, invites[person.role])
    } catch (err) {
      setError(errorMessage(t, err))
    }
    await load()
  }

  async function setGroup(person: ParticipantInfo, group: Group | null, groupConfirmed: boolean) {
    try {
      await participantsApi.setGroup(documentId, token, person.id, { group, groupConfirmed })
    } catch (err) {
      setError(errorMessage(t, err))
    }
    await load()
  }

  async function renew(role: Role): Promise<string> {
    const { invite } = await participantsApi.renewInvite(documentId, token, role)
    onInviteRenewed(role, invite)
    void load()
    return invite
  }

  return (
    <>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          dialog.current?.showModal()
          void load()
        }}
      >
        {t.participants}
      </Button>
      <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby="participants-title">
        <Heading2 id="participants-title">{t.participantsTitle}</Heading2>
        {error && <Notice kind="error">{error}</Notice>}
        {notice && <Notice>{notice}</Notice>}
        <section aria-labelledby="participants-people">
          <Heading3 id="participants-people">{t.participantsPeople}</Heading3>
          <p className="hint">{t.participantsGroupsIntro}</p>
          {people ? (
            <ParticipantsTable people={people} me={me} onRevoke={revoke} onSetGroup={setGroup} />
          ) : (
            <p>{t.loading}</p>
          )}
        </section>
        <section aria-labelledby="participants-invites">
          <Heading3 id="participants-invites">{t.invitesRenewTitle}</Heading3>
          <InviteRenewal onRenew={renew} />
        </section>
        <section aria-labelledby="participants-activity">
          <Heading3 id="participants-activity">{t.activityTitle}</Heading3>
          <ActivityLog entries={activity} people={people ?? []} />
        </section>
        <form method="dialog">
          <Button appearance="primary-action-button" type="submit">
            {t.close}
          </Button>
        </form>
      </dialog>
    </>
  )
}
