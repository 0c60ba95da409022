import type { ParticipantInfo } from '@regiovisie/shared/comments'
import type { Group } from '@regiovisie/shared/groups'
import {
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
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
      <Table className="table participants-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colName}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colOrganisation}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colGroup}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colRole}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colJoined}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colActions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((p) => (
            <TableRow key={p.id} data-participant-id={p.id} data-revoked={p.revokedAt !== null}>
              <TableHeaderCell scope="row" className="participant-name">
                {p.name}
                {p.id === me && <span className="muted"> · {t.presenceYou}</span>}
              </TableHeaderCell>
              <TableCell>{p.organisation}</TableCell>
              <TableCell>
                {p.revokedAt === null ? (
                  <GroupCell key={`${p.group}-${p.groupConfirmed}`} person={p} onSetGroup={onSetGroup} />
                ) : (
                  (groupLabel(lang, p.group) ?? '—')
                )}
              </TableCell>
              <TableCell>{roleLabel(t, p.role)}</TableCell>
              <TableCell>
                <time dateTime={p.createdAt}>{formatDateTime(lang, p.createdAt)}</time>
              </TableCell>
              <TableCell>
                <StatusBadge status={p.revokedAt ? 'inactive' : 'valid'}>
                  {p.revokedAt ? t.accessRevoked(formatDateTime(lang, p.revokedAt)) : t.accessActive}
                </StatusBadge>
              </TableCell>
              <TableCell>
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
