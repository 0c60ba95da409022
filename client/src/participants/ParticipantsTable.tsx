import type { ParticipantInfo } from '@regiovisie/shared/comments'
import type { Group } from '@regiovisie/shared/groups'
import { ConfirmButton } from '../components/ConfirmButton.tsx'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { groupLabel } from '../i18n/groupLabel.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { GroupCell } from './GroupCell.tsx'

interface Props {
  people: ParticipantInfo[]
  /** The owner's own participant id: one cannot revoke oneself. */
  me: string
  onRevoke(person: ParticipantInfo): Promise<void>
  /** The owner confirms or corrects a group (only confirmed groups count as consulted). */
  onSetGroup(person: ParticipantInfo, group: Group | null, groupConfirmed: boolean): Promise<void>
}

/** Everyone who joined: name, organisation, group, role, when, and whether access was revoked. */
export function ParticipantsTable({ people, me, onRevoke, onSetGroup }: Props) {
  const { t, lang } = useI18n()
  if (people.length === 0) return <p className="muted">{t.participantsEmpty}</p>
  return (
    <div className="table-scroll">
      <table className="table participants-table">
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colOrganisation}</th>
            <th scope="col">{t.colGroup}</th>
            <th scope="col">{t.colRole}</th>
            <th scope="col">{t.colJoined}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} data-participant-id={p.id} data-revoked={p.revokedAt !== null}>
              <th scope="row" className="participant-name">
                {p.name}
                {p.id === me && <span className="muted"> · {t.presenceYou}</span>}
              </th>
              <td>{p.organisation}</td>
              <td>
                {p.revokedAt === null ? (
                  <GroupCell key={`${p.group}-${p.groupConfirmed}`} person={p} onSetGroup={onSetGroup} />
                ) : (
                  (groupLabel(lang, p.group) ?? '—')
                )}
              </td>
              <td>{roleLabel(t, p.role)}</td>
              <td>
                <time dateTime={p.createdAt}>{formatDateTime(lang, p.createdAt)}</time>
              </td>
              <td>{p.revokedAt ? t.accessRevoked(formatDateTime(lang, p.revokedAt)) : t.accessActive}</td>
              <td>
                {p.revokedAt === null && p.id !== me && (
                  <ConfirmButton
                    className="button-small"
                    label={t.revokeLabel(p.name)}
                    question={t.revokeConfirm(p.name)}
                    confirmLabel={t.confirmRevoke}
                    onConfirm={() => onRevoke(p)}
                  >
                    {t.revoke}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
